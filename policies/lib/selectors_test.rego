package kubeward.lib.selectors_test

import data.kubeward.lib.selectors

_labels := {"app": "web", "tier": "frontend"}

test_match_labels if {
	selectors.matches({"matchLabels": {"app": "web"}}, _labels)
	not selectors.matches({"matchLabels": {"app": "db"}}, _labels)
	not selectors.matches({"matchLabels": {"app": "web"}}, null)
	selectors.matches({}, _labels)
	selectors.matches({}, null)
	not selectors.matches(null, _labels)
}

test_match_expressions if {
	selectors.matches({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["frontend", "edge"]}]}, _labels)
	not selectors.matches({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["backend"]}]}, _labels)
	selectors.matches({"matchExpressions": [{"key": "tier", "operator": "NotIn", "values": ["backend"]}]}, _labels)
	selectors.matches({"matchExpressions": [{"key": "zone", "operator": "NotIn", "values": ["a"]}]}, _labels)
	not selectors.matches({"matchExpressions": [{"key": "tier", "operator": "NotIn", "values": ["frontend"]}]}, _labels)
	selectors.matches({"matchExpressions": [{"key": "app", "operator": "Exists"}]}, _labels)
	not selectors.matches({"matchExpressions": [{"key": "zone", "operator": "Exists"}]}, _labels)
	selectors.matches({"matchExpressions": [{"key": "zone", "operator": "DoesNotExist"}]}, _labels)
	not selectors.matches({"matchExpressions": [{"key": "app", "operator": "DoesNotExist"}]}, _labels)
	not selectors.matches({"matchExpressions": [{"key": "app", "operator": "Bogus"}]}, _labels)
	selectors.matches(
		{"matchLabels": {"app": "web"}, "matchExpressions": [{"key": "tier", "operator": "Exists"}]},
		_labels,
	)
}

test_map_matches if {
	selectors.map_matches({"app": "web"}, _labels)
	selectors.map_matches({}, _labels)
	not selectors.map_matches({"app": "db"}, _labels)
	not selectors.map_matches(null, _labels)
}

test_is_empty if {
	selectors.is_empty({})
	selectors.is_empty({"matchLabels": {}})
	not selectors.is_empty({"matchLabels": {"a": "b"}})
	not selectors.is_empty({"matchExpressions": [{"key": "a", "operator": "Exists"}]})
	not selectors.is_empty(null)
}

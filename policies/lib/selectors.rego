# Label selectors as the API server evaluates them (k8s.io/apimachinery/pkg/labels), for rules
# that relate objects: a PodDisruptionBudget and the pods it covers, a Deployment's selector and
# its own template, a Service and its pods.
package kubeward.lib.selectors

# True when a metav1.LabelSelector ({matchLabels, matchExpressions}) selects labels. An empty
# selector ({}) selects everything; callers decide what a null or absent selector means (for a
# PodDisruptionBudget in policy/v1 it selects nothing).
matches(selector, labels) if {
	is_object(selector)
	every k, v in object.get(selector, "matchLabels", {}) {
		_labels(labels)[k] == v
	}
	every expr in object.get(selector, "matchExpressions", []) {
		expression_matches(expr, _labels(labels))
	}
}

# True when a plain map selector (Service, ReplicationController) selects labels.
map_matches(selector, labels) if {
	is_object(selector)
	every k, v in selector {
		_labels(labels)[k] == v
	}
}

# True when the selector has no requirement at all (it selects every pod of the namespace).
is_empty(selector) if {
	is_object(selector)
	count(object.get(selector, "matchLabels", {})) == 0
	count(object.get(selector, "matchExpressions", [])) == 0
}

_labels(labels) := labels if is_object(labels)

_labels(labels) := {} if not is_object(labels)

expression_matches(expr, labels) if {
	expr.operator == "In"
	_value_in(labels, expr)
}

expression_matches(expr, labels) if {
	expr.operator == "NotIn"
	not _value_in(labels, expr)
}

expression_matches(expr, labels) if {
	expr.operator == "Exists"
	_ = labels[expr.key]
}

expression_matches(expr, labels) if {
	expr.operator == "DoesNotExist"
	not _has(labels, expr.key)
}

_has(labels, key) if _ = labels[key]

_value_in(labels, expr) if {
	some v in expr.values
	labels[expr.key] == v
}

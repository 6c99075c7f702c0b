# Accessors over one audit.k8s.io/v1 Event (the input of every detection) and the bridge to the
# admission rules: an Event's requestObject is normalised into Gatekeeper's review shape, so a
# detection asks the very rule `kubeward scan` and the webhook use instead of restating its logic.
package kubeward.lib.audit

verb := object.get(input, "verb", "")

resource := object.get(input, ["objectRef", "resource"], "")

subresource := object.get(input, ["objectRef", "subresource"], "")

namespace := object.get(input, ["objectRef", "namespace"], "")

name := object.get(input, ["objectRef", "name"], "")

api_group := object.get(input, ["objectRef", "apiGroup"], "")

username := object.get(input, ["user", "username"], "")

code := object.get(input, ["responseStatus", "code"], 0)

# The request as `kubectl` users think of it: `pods/exec default/web`, `clusterroles admin`.
# Non-resource requests (/version, /metrics) are named by their URI.
target := sprintf("%s %s", [_resource_label, _object_label]) if resource != ""

target := object.get(input, "requestURI", "") if resource == ""

_resource_label := resource if subresource == ""

_resource_label := sprintf("%s/%s", [resource, subresource]) if subresource != ""

_object_label := sprintf("%s/%s", [namespace, name]) if {
	namespace != ""
	name != ""
}

_object_label := name if {
	namespace == ""
	name != ""
}

_object_label := sprintf("in namespace %s", [namespace]) if {
	namespace != ""
	name == ""
}

_object_label := "(all namespaces)" if {
	namespace == ""
	name == ""
}

# Stages that carry the outcome. Events without a stage (pre-v1 logs) are taken as answered.
answered if input.stage in {"ResponseStarted", "ResponseComplete"}

answered if not input.stage

# The API server let the request through (101 Switching Protocols for exec and port-forward).
succeeded if {
	answered
	code >= 100
	code < 400
}

# Authentication (401) or authorisation (403) refused the request.
refused if {
	answered
	code in {401, 403}
}

# Kubernetes itself: nodes, control-plane components and the controllers that run as kube-system
# service accounts. Their writes are the cluster reconciling what someone else asked for.
system_component if startswith(username, "system:node:")

system_component if username in {"system:apiserver", "system:kube-controller-manager", "system:kube-scheduler", "system:kube-proxy"}

system_component if startswith(username, "system:serviceaccount:kube-system:")

# Any system identity (components, nodes, every service account) except the anonymous user.
system_user if {
	startswith(username, "system:")
	not username in {"system:anonymous", "system:unauthenticated"}
}

# The admission review a create or update request corresponds to, with the requester as
# userInfo. Patches are left out: their body is a patch document, not the object.
review := {"review": r, "parameters": {}} if {
	verb in {"create", "update"}
	obj := input.requestObject
	is_string(obj.kind)
	is_string(obj.apiVersion)
	r := {
		"kind": _gvk(obj.apiVersion, obj.kind),
		"operation": upper(verb),
		"name": name,
		"namespace": namespace,
		"object": obj,
		"oldObject": null,
		"userInfo": object.get(input, "user", {}),
		"dryRun": false,
		"options": null,
	}
}

_gvk(api_version, kind) := {"group": parts[0], "version": parts[1], "kind": kind} if {
	parts := split(api_version, "/")
	count(parts) == 2
}

_gvk(api_version, kind) := {"group": "", "version": api_version, "kind": kind} if not contains(api_version, "/")

# The values of a query parameter of the request URI, in order and decoded (kubectl sends each
# word of `kubectl exec -- CMD ARGS` as its own `command=` parameter).
query_values(key) := [url_decode(substring(p, count(key) + 1, -1)) |
	some p in _query_parts
	startswith(p, sprintf("%s=", [key]))
]

_query := q if {
	parts := split(object.get(input, "requestURI", ""), "?")
	count(parts) > 1
	q := parts[1]
} else := ""

_query_parts := [p | some p in split(_query, "&"); p != ""]

# Enough of query unescaping for commands and port lists (Go's url.QueryEscape output); `%25`
# is decoded last so an escaped percent sign never decodes twice.
url_decode(s) := out if {
	a := replace(s, "+", " ")
	b := replace(replace(replace(replace(a, "%2F", "/"), "%3D", "="), "%3A", ":"), "%2C", ",")
	c := replace(replace(replace(replace(b, "%22", "\""), "%27", "'"), "%3B", ";"), "%7C", "|")
	d := replace(replace(replace(replace(c, "%26", "&"), "%24", "$"), "%20", " "), "%40", "@")
	out := replace(d, "%25", "%")
}

# A user name as messages print it; 401 answers carry no user at all.
user_label := sprintf("%q", [username]) if username != ""

user_label := sprintf("(unauthenticated, from %s)", [concat(", ", object.get(input, "sourceIPs", []))]) if username == ""

# What the request did to the object in its body, for messages: `created Pod shop/web`.
review_summary := sprintf("%s %s %s", [past_tense[verb], review.review.kind.kind, _review_name])

past_tense := {"create": "created", "update": "updated", "patch": "patched", "delete": "deleted", "get": "read", "list": "listed", "watch": "watched"}

_review_name := sprintf("%s/%s", [namespace, _review_object_name]) if {
	namespace != ""
} else := _review_object_name

# Pods created by controllers often carry only generateName; the request then names nothing.
_review_object_name := n if {
	n := review.review.object.metadata.name
	n != ""
} else := "(unnamed)"

# A detection's parameter as the bundle sets it (data.kubeward.config.detections[id].parameters),
# else the default; see policies/main/detections.rego for why not input.parameters.
parameter(id, key, default_value) := object.get(_detections, [id, "parameters", key], default_value)

default _detections := {}

_detections := data.kubeward.config.detections

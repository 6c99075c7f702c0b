# Network facts shared by the `network` rules: which pods (pod templates) live in a namespace and
# with which labels, which NetworkPolicies select them or deny by default, which pods a Service
# sends traffic to and which ports they declare, and the paths (LoadBalancer/NodePort Services,
# Ingresses, Gateway API routes) through which traffic from outside the cluster reaches them. All
# of it reads data.inventory (Gatekeeper's layout), so it works on a folder, a render or a cluster.
package kubeward.lib.network

import data.kubeward.lib.selectors
import data.kubeward.lib.workloads

# The namespace an inventory object lives in ("default" when it names none, as the inventory
# files it).
namespace_of(obj) := ns if {
	ns := obj.metadata.namespace
	is_string(ns)
	ns != ""
} else := "default"

# Every object of namespace ns that runs pods, with the labels of its pods:
# {"object": obj, "labels": {...}} (see workloads.pod_owners; operator-managed pods included).
pods(ns) := workloads.pod_owners(ns)

# The pod spec of an inventory object that runs pods ({} when it has none we can read).
pod_spec_of(obj) := object.get(obj, "spec", {}) if obj.kind == "Pod"

pod_spec_of(obj) := object.get(obj, ["spec", "jobTemplate", "spec", "template", "spec"], {}) if obj.kind == "CronJob"

pod_spec_of(obj) := object.get(obj, ["spec", "template", "spec"], {}) if not obj.kind in {"Pod", "CronJob"}

# The container ports a pod-running object declares: init containers count (a sidecar init
# container with restartPolicy Always serves traffic).
container_ports(obj) := [p |
	some list in ["initContainers", "containers"]
	some c in object.get(pod_spec_of(obj), list, [])
	some p in object.get(c, "ports", [])
]

# A label map as sorted `k=v` text for messages.
labels_text(labels) := concat(",", sort([sprintf("%s=%s", [k, v]) | some k, v in labels]))

# ---------------------------------------------------------------------------------------------
# NetworkPolicies

# Rules call network.network_policies by name; a rename is a separate change.
# regal ignore:rule-name-repeats-package
network_policies(ns) := workloads.objects(ns, "NetworkPolicy")

# podSelector is a required struct: absent or null reads as {} (every pod of the namespace).
pod_selector(np) := s if {
	s := np.spec.podSelector
	is_object(s)
} else := {}

# The policy types a NetworkPolicy isolates for, as the API server defaults them: Ingress always,
# Egress when the policy has egress rules, unless policyTypes is given.
policy_types(np) := {t | some t in np.spec.policyTypes} if {
	count(object.get(np.spec, "policyTypes", [])) > 0
} else := {"Ingress", "Egress"} if {
	count(_list(object.get(np, ["spec", "egress"], []))) > 0
} else := {"Ingress"}

_list(x) := x if is_array(x)

_list(x) := [] if not is_array(x)

# The rules of one direction ("ingress" or "egress"), [] when absent or null.
rules_of(np, direction) := _list(object.get(np, ["spec", direction], []))

# The policy type that a direction's rules belong to.
type_of := {"ingress": "Ingress", "egress": "Egress"}

# True when np denies all traffic of the given type ("Ingress"/"Egress") to every pod of its
# namespace: empty podSelector, the type among its policy types and no rules of that type.
default_deny(np, type) if {
	selectors.is_empty(pod_selector(np))
	type in policy_types(np)
	some direction, t in type_of
	t == type
	count(rules_of(np, direction)) == 0
}

# The NetworkPolicies of namespace ns that select pods with the given labels.
policies_selecting(ns, labels) := [np |
	some np in network_policies(ns)
	selectors.matches(pod_selector(np), labels)
]

# Every Namespace the scan knows of with its labels: Namespace objects, and namespaces that hold
# objects without one. Every namespace carries kubernetes.io/metadata.name=<name> (set by the API
# server since 1.21), whether the manifest lists it or not.
namespaces[name] := object.union(object.get(ns, ["metadata", "labels"], {}), {"kubernetes.io/metadata.name": name}) if {
	some gv, name
	ns := data.inventory.cluster[gv].Namespace[name]
}

namespaces[name] := {"kubernetes.io/metadata.name": name} if {
	some name, _ in data.inventory.namespace
	not _namespace_object(name)
}

_namespace_object(name) if {
	some gv
	data.inventory.cluster[gv].Namespace[name]
}

# ---------------------------------------------------------------------------------------------
# Services

services(ns) := workloads.objects(ns, "Service")

# By name through the inventory's index: a scan of every Service of the namespace per lookup was
# one of the library's slowest paths on large namespaces.
service(ns, name) := svc if {
	some gv
	svc := data.inventory.namespace[ns][gv].Service[name]
}

# True when a Service sends traffic to pods it selects itself (not ExternalName, not selector-less:
# those get their endpoints from elsewhere).
selects_pods(svc) if {
	object.get(svc, ["spec", "type"], "ClusterIP") != "ExternalName"
	is_object(svc.spec.selector)
	count(svc.spec.selector) > 0
}

# The pod-running objects of namespace ns a Service selects.
service_pods(ns, svc) := [o |
	selects_pods(svc)
	some o in pods(ns)
	map_selects(svc.spec.selector, o)
]

# True when a map selector (a Service's) selects the pods of a pod owner ({"object", "labels"}),
# counting the labels controllers add to the pods they create: a StatefulSet's
# statefulset.kubernetes.io/pod-name=<name>-<ordinal>, apps.kubernetes.io/pod-index and
# controller-revision-hash, a Deployment's pod-template-hash, a Job's job-name (a CronJob's jobs
# are named <cronjob>-<time>).
map_selects(selector, owner) if {
	is_object(selector)
	every k, v in selector {
		_label_matches(k, v, owner)
	}
}

_label_matches(k, v, owner) if owner.labels[k] == v

_label_matches(k, v, owner) if {
	owner.object.kind == "StatefulSet"
	k == "statefulset.kubernetes.io/pod-name"
	startswith(v, sprintf("%s-", [owner.object.metadata.name]))
}

_label_matches(k, _, owner) if {
	some [kind, key] in _any_value_labels
	owner.object.kind == kind
	k == key
}

_any_value_labels := [
	["StatefulSet", "apps.kubernetes.io/pod-index"],
	["StatefulSet", "controller-revision-hash"],
	["DaemonSet", "controller-revision-hash"],
	["Deployment", "pod-template-hash"],
]

_label_matches(k, v, owner) if {
	owner.object.kind == "Job"
	k in {"job-name", "batch.kubernetes.io/job-name"}
	v == owner.object.metadata.name
}

_label_matches(k, v, owner) if {
	owner.object.kind == "CronJob"
	k in {"job-name", "batch.kubernetes.io/job-name"}
	startswith(v, sprintf("%s-", [owner.object.metadata.name]))
}

# Kubernetes' own API groups. An object of any other group is a custom resource, and an
# operator watching it may create pods (with labels no manifest shows) in its namespace.
builtin_groups := {
	"", "apps", "batch", "autoscaling", "policy", "networking.k8s.io", "rbac.authorization.k8s.io",
	"storage.k8s.io", "scheduling.k8s.io", "coordination.k8s.io", "discovery.k8s.io", "node.k8s.io",
	"admissionregistration.k8s.io", "apiextensions.k8s.io", "apiregistration.k8s.io",
	"certificates.k8s.io", "flowcontrol.apiserver.k8s.io", "events.k8s.io", "resource.k8s.io",
	"extensions", "gateway.networking.k8s.io",
}

api_group(gv) := g if {
	contains(gv, "/")
	g := split(gv, "/")[0]
} else := ""

# True when namespace ns holds custom resources: selectors that match no pod of the manifests
# may match pods an operator creates, so "selects nothing" rules stay silent there.
operator_managed(ns) if {
	some gv, _ in data.inventory.namespace[ns]
	not api_group(gv) in builtin_groups
}

# A Service port named or numbered `port` (an Ingress or route refers to it by either).
service_port(svc, port) := p if {
	is_number(port)
	some p in object.get(svc, ["spec", "ports"], [])
	p.port == port
}

service_port(svc, port) := p if {
	is_string(port)
	some p in object.get(svc, ["spec", "ports"], [])
	p.name == port
}

# ---------------------------------------------------------------------------------------------
# Ingress and Gateway API backends

# Every Service backend of an Ingress: {"service", "port" (number, name or null), "path"}. Both
# networking.k8s.io/v1 (backend.service) and the legacy serviceName/servicePort are read.
ingress_backends(ing) := {b |
	some x in _ingress_backend_refs(ing)
	some b in _backend(x.backend, x.path)
}

_ingress_backend_refs(ing) := array.concat(
	[{"backend": b, "path": "spec.defaultBackend"} | b := ing.spec.defaultBackend],
	array.concat(
		[{"backend": b, "path": "spec.backend"} | b := ing.spec.backend],
		[{"backend": p.backend, "path": sprintf("spec.rules[%d].http.paths[%d].backend", [i, j])} |
			some i, r in ing.spec.rules
			some j, p in r.http.paths
		],
	),
)

_backend(b, path) := {{"service": b.service.name, "port": _ingress_port(object.get(b.service, "port", {})), "path": sprintf("%s.service", [path])}} if {
	is_string(b.service.name)
}

_backend(b, path) := {{"service": b.serviceName, "port": _legacy_port(b), "path": path}} if {
	is_string(b.serviceName)
}

_ingress_port(p) := p.number if {
	is_number(p.number)
} else := p.name if {
	is_string(p.name)
} else := null

_legacy_port(b) := object.get(b, "servicePort", null)

# A port as text for messages.
port_text(p) := sprintf("%v", [p]) if p != null

port_text(null) := "(no port)"

route_kinds := {"HTTPRoute", "GRPCRoute", "TLSRoute"}

# Every core-Service backendRef of a Gateway API route: {"service", "namespace", "port", "path"}
# (group "" and kind Service are the defaults; the namespace defaults to the route's own).
route_backends(route) := {{"service": ref.name, "namespace": object.get(ref, "namespace", namespace_of(route)), "port": object.get(ref, "port", null), "path": sprintf("spec.rules[%d].backendRefs[%d]", [i, j])} |
	some i, r in route.spec.rules
	some j, ref in r.backendRefs
	object.get(ref, "group", "") == ""
	object.get(ref, "kind", "Service") == "Service"
}

# ---------------------------------------------------------------------------------------------
# Exposure: how traffic from outside the cluster reaches pods with the given labels in namespace
# ns, as readable chains, e.g. `Ingress "shop" → Service "storefront" → port 80`.
exposures(ns, labels) := (_service_exposures(ns, labels) | _ingress_exposures(ns, labels)) | _route_exposures(ns, labels)

_external_types := {"LoadBalancer", "NodePort"}

_selects(svc, labels) if {
	selects_pods(svc)
	selectors.map_matches(svc.spec.selector, labels)
}

_service_exposures(ns, labels) := {sprintf("Service %q (%s) → port %s", [svc.metadata.name, svc.spec.type, _ports_text(svc)]) |
	some svc in services(ns)
	svc.spec.type in _external_types
	_selects(svc, labels)
}

_ports_text(svc) := concat(", ", [port_text(p.port) | some p in object.get(svc, ["spec", "ports"], [])])

_ingress_exposures(ns, labels) := {sprintf("Ingress %q → Service %q → port %s", [ing.metadata.name, b.service, port_text(b.port)]) |
	some ing in workloads.objects(ns, "Ingress")
	some b in ingress_backends(ing)
	_selects(service(ns, b.service), labels)
}

_route_exposures(ns, labels) := {sprintf("%s %q → Service %q → port %s", [route.kind, route.metadata.name, b.service, port_text(b.port)]) |
	# The kind is bound before the lookup, so only route objects are visited (not the whole
	# inventory for every workload: that made this rule the slowest of the library).
	some kind in route_kinds
	some rns, gv, name
	route := data.inventory.namespace[rns][gv][kind][name]
	some b in route_backends(route)
	b.namespace == ns
	_selects(service(ns, b.service), labels)
}

# Network facts shared by the `network` rules: which pods (pod templates) live in a namespace and
# with which labels, which NetworkPolicies select them or deny by default, which pods a Service
# sends traffic to and which ports they declare, and the paths (LoadBalancer/NodePort Services,
# Ingresses, Gateway API routes) through which traffic from outside the cluster reaches them. All
# of it reads data.inventory (Gatekeeper's layout), so it works on a folder, a render or a cluster.
package kubeward.lib.network

import data.kubeward.lib.calico
import data.kubeward.lib.cilium
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

# Kubernetes' own NetworkPolicies (Calico's projectcalico.org NetworkPolicy shares the kind name
# and is read by lib/calico.rego). An array, like workloads.objects: no hashing of whole objects.
# Rules call network.network_policies by name; a rename is a separate change.
# regal ignore:rule-name-repeats-package
network_policies(ns) := [np | some np in workloads.objects(ns, "NetworkPolicy"); is_kubernetes_policy(np)]

is_kubernetes_policy(np) if startswith(np.apiVersion, "networking.k8s.io/")

is_kubernetes_policy(np) if startswith(np.apiVersion, "extensions/")

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

# ---------------------------------------------------------------------------------------------
# Cilium and Calico policies: which workloads and namespaces they cover, next to Kubernetes'.

# The labels of namespace ns (just its name when the scan does not hold it).
# A direct lookup: the `namespaces` map is built from the whole inventory, and this is asked for
# every workload.
namespace_labels(ns) := object.union(object.get(objs[0], ["metadata", "labels"], {}), {"kubernetes.io/metadata.name": ns}) if {
	objs := [o | some gv; o := data.inventory.cluster[gv].Namespace[ns]]
	count(objs) > 0
} else := {"kubernetes.io/metadata.name": ns}

# The service account a pod spec runs as.
service_account(spec) := sa if {
	sa := spec.serviceAccountName
	is_string(sa)
	sa != ""
} else := "default"

# A pod's labels as Cilium's endpoint carries them.
cilium_endpoint_labels(ns, labels, sa) := object.union(
	_cilium_ns_labels(ns),
	object.union(labels, {"io.kubernetes.pod.namespace": ns, "io.cilium.k8s.policy.serviceaccount": sa}),
)

_cilium_ns_labels(ns) := {sprintf("io.cilium.k8s.namespace.labels.%s", [k]): v | some k, v in namespace_labels(ns)}

# A pod's labels as Calico's workload endpoint carries them (namespace labels as pcns.<key>).
calico_endpoint_labels(ns, labels, sa) := object.union(
	_calico_ns_labels(ns),
	object.union(labels, {"projectcalico.org/namespace": ns, "projectcalico.org/orchestrator": "k8s", "projectcalico.org/serviceaccount": sa}),
)

_calico_ns_labels(ns) := {sprintf("pcns.%s", [k]): v | some k, v in namespace_labels(ns)}

# The labels a namespace's pods all share, for "selects every pod of the namespace".
_cilium_ns_shared(ns) := object.union(_cilium_ns_labels(ns), {"io.kubernetes.pod.namespace": ns})

_calico_ns_shared(ns) := object.union(_calico_ns_labels(ns), {"projectcalico.org/namespace": ns, "projectcalico.org/orchestrator": "k8s"})

# A ServiceAccount's labels as Calico's serviceAccountSelector sees them.
_calico_sa_labels(ns, sa) := object.union(object.get(_service_account_object(ns, sa), ["metadata", "labels"], {}), {"projectcalico.org/name": sa})

_service_account_object(ns, sa) := o if {
	some o in workloads.objects(ns, "ServiceAccount")
	o.metadata.name == sa
} else := {}

# Every policy of any flavour that selects the pods (labels, service account sa) of namespace
# ns, as `Kind "name"` text.
covering_policies(ns, labels, sa) := (_k8s_covering(ns, labels) | _cilium_covering(ns, labels, sa)) | _calico_covering(ns, labels, sa)

_k8s_covering(ns, labels) := {sprintf("NetworkPolicy %q", [np.metadata.name]) | some np in policies_selecting(ns, labels)}

# Label sets are built only once a policy is there to test them (most scans hold none).
_cilium_covering(ns, labels, sa) := {sprintf("%s %q", [p.kind, p.metadata.name]) |
	some p in (cilium.namespaced_policies(ns) | cilium.clusterwide_policies)
	endpoint := cilium_endpoint_labels(ns, labels, sa)
	some r in cilium.rules_of(p)
	cilium.selects(p, r.rule, ns, endpoint)
}

_calico_covering(ns, labels, sa) := {sprintf("%s %q", [p.kind, p.metadata.name]) |
	some p in (calico.namespaced_policies(ns) | calico.global_policies)
	endpoint := calico_endpoint_labels(ns, labels, sa)
	calico.selects(p, ns, endpoint, _calico_sa_labels(ns, sa))
}

# The policies of any flavour that deny the given type ("Ingress"/"Egress") by default for every
# pod of namespace ns, as `Kind "name"` text.
default_deny_policies(ns, type) := (_k8s_deny(ns, type) | _cilium_deny(ns, type)) | _calico_deny(ns, type)

_k8s_deny(ns, type) := {sprintf("NetworkPolicy %q", [np.metadata.name]) | some np in network_policies(ns); default_deny(np, type)}

_cilium_deny(ns, type) := {sprintf("%s %q", [p.kind, p.metadata.name]) |
	some p in (cilium.namespaced_policies(ns) | cilium.clusterwide_policies)
	some r in cilium.rules_of(p)
	cilium.selects_whole_namespace(p, r.rule, ns, _cilium_ns_shared(ns))
	cilium.default_deny(r.rule, type)
}

_calico_deny(ns, type) := {sprintf("%s %q", [p.kind, p.metadata.name]) |
	some p in (calico.namespaced_policies(ns) | calico.global_policies)
	calico.default_deny(p, type, ns, _calico_ns_shared(ns))
}

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

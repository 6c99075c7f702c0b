# METADATA
# title: NetworkPolicy peer that selects nothing
# description: >-
#   A NetworkPolicy peer (from/to entry) whose podSelector matches no pod, or whose
#   namespaceSelector matches no namespace, allows nothing: the flow it was written for is
#   blocked, or the policy was meant for other labels and silently protects something else.
#   Namespace selectors are judged only when the scan holds Namespace objects (otherwise the
#   namespaces they select may simply not be part of it); every namespace carries the label
#   kubernetes.io/metadata.name=<name> whether its manifest lists it or not. Pod selectors are
#   not judged in namespaces holding custom resources (an operator may create the pods).
# custom:
#   id: network-policy-peer-selects-nothing
#   severity: low
#   category: network
#   kinds: [NetworkPolicy]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Fix the peer's selectors to the labels the intended pods and namespaces carry (for a
#     namespace by name, use the label kubernetes.io/metadata.name), or remove the peer.
package kubeward.rules.network.network_policy_peer_selects_nothing

import data.kubeward.lib.k8s
import data.kubeward.lib.network
import data.kubeward.lib.selectors
import data.kubeward.lib.workloads

_field := {"ingress": "from", "egress": "to"}

_peers contains {"peer": peer, "path": sprintf("spec.%s[%d].%s[%d]", [direction, i, field, j]), "where": sprintf("%s rule %d peer %d", [direction, i, j])} if {
	network.is_kubernetes_policy(k8s.resource) # Calico's NetworkPolicy shares the kind name
	some direction, field in _field
	some i, r in network.rules_of(k8s.resource, direction)
	some j, peer in object.get(r, field, [])
	is_object(peer)
}

# podSelector alone: pods of the policy's own namespace.
violation contains {"msg": msg, "details": {"path": sprintf("%s.podSelector", [p.path])}} if {
	some p in _peers
	not _has_namespace_selector(p.peer)
	_dangling_pods(p.peer.podSelector, {workloads.namespace})
	msg := sprintf("NetworkPolicy %q %s: podSelector matches no pod in namespace %q", [k8s.resource.metadata.name, p.where, workloads.namespace])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.namespaceSelector", [p.path])}} if {
	_namespaces_scanned
	some p in _peers
	count(_selected_namespaces(p.peer.namespaceSelector)) == 0
	msg := sprintf("NetworkPolicy %q %s: namespaceSelector matches no namespace of the scanned set", [k8s.resource.metadata.name, p.where])
}

violation contains {"msg": msg, "details": {"path": sprintf("%s.podSelector", [p.path])}} if {
	some p in _peers
	namespaces := _selected_namespaces(p.peer.namespaceSelector)
	count(namespaces) > 0
	_dangling_pods(p.peer.podSelector, namespaces)
	msg := sprintf("NetworkPolicy %q %s: podSelector matches no pod in the namespaces its namespaceSelector selects (%s)", [k8s.resource.metadata.name, p.where, concat(", ", sort(namespaces))])
}

_namespaces_scanned if {
	some gv
	count(data.inventory.cluster[gv].Namespace) > 0
}

_selected_namespaces(selector) := {name |
	is_object(selector)
	some name, labels in network.namespaces
	selectors.matches(selector, labels)
}

_dangling_pods(selector, namespaces) if {
	is_object(selector)
	not selectors.is_empty(selector)
	not _pods_match(selector, namespaces)
	not _operator_managed(namespaces)
}

_operator_managed(namespaces) if {
	some ns in namespaces
	network.operator_managed(ns)
}

_pods_match(selector, namespaces) if {
	some ns in namespaces
	some o in network.pods(ns)
	selectors.matches(selector, o.labels)
}

_has_namespace_selector(peer) if is_object(peer.namespaceSelector)

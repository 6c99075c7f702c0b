# METADATA
# title: Service targeting a port no selected pod declares
# description: >-
#   A Service port whose targetPort is a name no selected pod declares gets no endpoints for
#   those pods (the name is resolved per pod); a number no selected container declares usually
#   means the Service and the workload disagree about where the application listens. Numeric
#   targets are judged only when the selected pods declare container ports at all, and only
#   pods of built-in workload kinds are judged (an operator's pods declare ports no manifest shows).
# custom:
#   id: service-target-port-not-exposed
#   severity: low
#   category: network
#   kinds: [Service]
#   controls: []
#   remediation: >-
#     Set spec.ports[].targetPort to a containerPort (or the name of one) that the selected
#     pods declare, or declare that port on the container.
package kubeward.rules.network.service_target_port_not_exposed

import data.kubeward.lib.k8s
import data.kubeward.lib.network
import data.kubeward.lib.workloads

# The selected pod owners, computed once per Service (a function call is not cached; a rule is).
_owners := network.service_pods(workloads.namespace, k8s.resource)

# Pods an operator creates from a custom resource declare ports no manifest shows.
_judged if {
	count(_owners) > 0
	every o in _owners {
		o.object.kind in workloads.pod_owner_kinds
	}
}

_declared := [cp |
	some o in _owners
	some cp in network.container_ports(o.object)
]

_targets contains {"port": p, "target": t, "path": path} if {
	some i, p in k8s.resource.spec.ports
	t := _target(p)
	path := _target_path(p, i)
}

_target(p) := p.targetPort if {
	p.targetPort != null
} else := p.port

_target_path(p, i) := sprintf("spec.ports[%d].targetPort", [i]) if {
	p.targetPort != null
} else := sprintf("spec.ports[%d]", [i])

violation contains {"msg": msg, "details": {"path": t.path}} if {
	_judged
	some t in _targets
	is_string(t.target)
	not t.target in {cp.name | some cp in _declared}
	msg := sprintf("Service %q port %v targets the port name %q, which no selected pod declares", [k8s.resource.metadata.name, t.port.port, t.target])
}

violation contains {"msg": msg, "details": {"path": t.path}} if {
	_judged
	declared_ports := {cp.containerPort | some cp in _declared}
	count(declared_ports) > 0
	some t in _targets
	is_number(t.target)
	not t.target in declared_ports
	msg := sprintf("Service %q port %v targets container port %v, which no selected pod declares (declared: %s)", [k8s.resource.metadata.name, t.port.port, t.target, concat(", ", [sprintf("%v", [n]) | some n in sort(declared_ports)])])
}

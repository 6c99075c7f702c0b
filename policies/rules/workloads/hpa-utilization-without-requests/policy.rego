# METADATA
# title: HPA scales on utilization of a resource its pods do not request
# description: >-
#   Utilization is usage divided by request. When an HPA scales on CPU or memory utilization and a
#   container of its target has no request for that resource, the HPA cannot compute utilization:
#   it reports FailedGetResourceMetric and never scales.
# custom:
#   id: hpa-utilization-without-requests
#   severity: medium
#   category: workloads
#   kinds: [HorizontalPodAutoscaler]
#   controls: []
#   remediation: >-
#     Set resources.requests for the resource on every container of the target's pod template (or
#     scale on AverageValue instead of Utilization).
package kubeward.rules.workloads.hpa_utilization_without_requests

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

_hpa := k8s.resource

# Resources the HPA scales on by utilization, each with the container it is limited to ("" for
# every container). Without metrics, autoscaling/v1 and v2 default to 80% CPU utilization.
_utilization contains [m.resource.name, ""] if {
	some m in _hpa.spec.metrics
	m.type == "Resource"
	_is_utilization(m.resource)
}

_utilization contains [m.containerResource.name, m.containerResource.container] if {
	some m in _hpa.spec.metrics
	m.type == "ContainerResource"
	_is_utilization(m.containerResource)
}

_utilization contains ["cpu", ""] if count(object.get(_hpa.spec, "metrics", [])) == 0

_is_utilization(source) if source.target.type == "Utilization"

_is_utilization(source) if source.targetAverageUtilization != null

# A resource metric names no container (""), or this one. Not `only in {"", name}`: OPA 1.21
# (conftest v0.71.1) answers false for a set literal holding a variable.
_applies_to(only, _) if only == ""

_applies_to(only, name) if only == name

violation contains {"msg": msg, "details": {"path": "spec.scaleTargetRef"}} if {
	ref := _hpa.spec.scaleTargetRef
	some target in workloads.objects(workloads.namespace, ref.kind)
	target.metadata.name == ref.name
	some [res, only] in _utilization
	some c in object.get(target, ["spec", "template", "spec", "containers"], [])
	_applies_to(only, c.name)
	not workloads.resource_set(c, "requests", res)
	not workloads.limit_range_default("requests", res)
	msg := sprintf("HorizontalPodAutoscaler %q scales on %s utilization, but container %q of %s %q requests no %s: the HPA cannot compute utilization", [_hpa.metadata.name, res, c.name, ref.kind, ref.name, res])
}

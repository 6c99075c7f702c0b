package kubeward.rules.workloads.hpa_utilization_without_requests_test

import data.kubeward.rules.workloads.hpa_utilization_without_requests as rule
import data.kubeward.test.fixtures as fx

_dep(containers) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"template": {"spec": {"containers": containers}}}}

_hpa(api, spec) := {"apiVersion": api, "kind": "HorizontalPodAutoscaler", "metadata": {"name": "web", "namespace": "shop"}, "spec": object.union({"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"}, "maxReplicas": 5}, spec)}

_review(obj) := {"review": {"object": obj, "kind": {"kind": obj.kind}, "namespace": "shop"}, "parameters": {}}

_inv(dep, extra) := {"namespace": {"shop": object.union({"apps/v1": {"Deployment": {"web": dep}}}, extra)}}

_c(name, res) := {"name": name, "resources": res}

test_resource_metric_denied if {
	h := _hpa("autoscaling/v2", {"metrics": [
		{"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}},
		{"type": "Resource", "resource": {"name": "memory", "target": {"type": "AverageValue", "averageValue": "500Mi"}}},
	]})
	d := _dep([_c("web", {"requests": {"memory": "1Gi"}}), _c("side", {"limits": {"cpu": "1"}})])
	v := rule.violation with input as _review(h) with data.inventory as _inv(d, {})
	v == {fx.finding(`HorizontalPodAutoscaler "web" scales on cpu utilization, but container "web" of Deployment "web" requests no cpu: the HPA cannot compute utilization`, "spec.scaleTargetRef")}
}

test_default_and_legacy_forms_denied if {
	d := _dep([_c("web", {})])
	v := rule.violation with input as _review(_hpa("autoscaling/v1", {"targetCPUUtilizationPercentage": 60})) with data.inventory as _inv(d, {})
	count(v) == 1
	w := rule.violation with input as _review(_hpa("autoscaling/v2beta1", {"metrics": [{"type": "Resource", "resource": {"name": "memory", "targetAverageUtilization": 80}}]})) with data.inventory as _inv(d, {})
	w == {fx.finding(`HorizontalPodAutoscaler "web" scales on memory utilization, but container "web" of Deployment "web" requests no memory: the HPA cannot compute utilization`, "spec.scaleTargetRef")}
}

test_container_resource_metric if {
	h := _hpa("autoscaling/v2", {"metrics": [{"type": "ContainerResource", "containerResource": {"name": "cpu", "container": "web", "target": {"type": "Utilization", "averageUtilization": 60}}}]})
	d := _dep([_c("web", {}), _c("side", {})])
	v := rule.violation with input as _review(h) with data.inventory as _inv(d, {})
	v == {fx.finding(`HorizontalPodAutoscaler "web" scales on cpu utilization, but container "web" of Deployment "web" requests no cpu: the HPA cannot compute utilization`, "spec.scaleTargetRef")}
}

test_allowed if {
	h := _hpa("autoscaling/v2", {"metrics": [{"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}}]})
	v := rule.violation with input as _review(h) with data.inventory as _inv(_dep([_c("web", {"requests": {"cpu": "100m"}})]), {})
	v == set()
	lr := {"apiVersion": "v1", "kind": "LimitRange", "metadata": {"name": "d", "namespace": "shop"}, "spec": {"limits": [{"type": "Container", "defaultRequest": {"cpu": "100m"}}]}}
	w := rule.violation with input as _review(h) with data.inventory as _inv(_dep([_c("web", {})]), {"v1": {"LimitRange": {"d": lr}}})
	w == set()
	x := rule.violation with input as _review(h)
	x == set()
}

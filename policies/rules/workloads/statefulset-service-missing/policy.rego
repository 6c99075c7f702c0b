# METADATA
# title: StatefulSet without its headless Service
# description: >-
#   A StatefulSet's pods get their stable network identity (db-0.db.data.svc) from the headless
#   Service named in spec.serviceName. Without the field, or when that Service does not exist or is
#   not headless, the pods have no per-pod DNS names and peers cannot find each other.
# custom:
#   id: statefulset-service-missing
#   severity: low
#   category: workloads
#   kinds: [StatefulSet]
#   controls: []
#   remediation: >-
#     Set spec.serviceName and create a Service of that name in the same namespace with
#     clusterIP None, selecting the StatefulSet's pods.
package kubeward.rules.workloads.statefulset_service_missing

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

_name := k8s.resource.metadata.name

_service_name := k8s.string_field(k8s.resource.spec, "serviceName")

violation contains {"msg": msg, "details": {"path": "spec"}} if {
	_service_name == ""
	msg := sprintf("StatefulSet %q sets no serviceName: its pods get no stable DNS names", [_name])
}

violation contains {"msg": msg, "details": {"path": "spec.serviceName"}} if {
	_service_name != ""
	count(_services) == 0
	msg := sprintf("StatefulSet %q names Service %q, which is not among the scanned objects of namespace %q", [_name, _service_name, workloads.namespace])
}

violation contains {"msg": msg, "details": {"path": "spec.serviceName"}} if {
	some svc in _services
	object.get(svc, ["spec", "clusterIP"], "") != "None"
	msg := sprintf("StatefulSet %q names Service %q, which is not headless (clusterIP: None)", [_name, _service_name])
}

_services := {svc |
	some svc in workloads.objects(workloads.namespace, "Service")
	svc.metadata.name == _service_name
}

package kubeward.rules.workloads.statefulset_service_missing_test

import data.kubeward.rules.workloads.statefulset_service_missing as rule
import data.kubeward.test.fixtures as fx

_sts(spec) := object.union(fx.of_kind("StatefulSet", {"containers": []}), {"review": {"namespace": "data", "object": {"spec": spec}}})

_svc(name, spec) := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": name, "namespace": "data"}, "spec": spec}

_inv(svcs) := {"namespace": {"data": {"v1": {"Service": {s.metadata.name: s | some s in svcs}}}}}

test_no_service_name_denied if {
	v := rule.violation with input as _sts({})
	v == {fx.finding(`StatefulSet "test" sets no serviceName: its pods get no stable DNS names`, "spec")}
}

test_missing_service_denied if {
	v := rule.violation with input as _sts({"serviceName": "db"}) with data.inventory as _inv([_svc("other", {"clusterIP": "None"})])
	v == {fx.finding(`StatefulSet "test" names Service "db", which is not among the scanned objects of namespace "data"`, "spec.serviceName")}
}

test_not_headless_denied if {
	v := rule.violation with input as _sts({"serviceName": "db"}) with data.inventory as _inv([_svc("db", {"ports": [{"port": 5432}]})])
	v == {fx.finding(`StatefulSet "test" names Service "db", which is not headless (clusterIP: None)`, "spec.serviceName")}
}

test_headless_allowed if {
	v := rule.violation with input as _sts({"serviceName": "db"}) with data.inventory as _inv([_svc("db", {"clusterIP": "None"})])
	v == set()
}

package kubeward.lib.network_test

import data.kubeward.lib.network
import data.kubeward.test.network as nx

test_namespace_of if {
	network.namespace_of({"metadata": {"namespace": "shop"}}) == "shop"
	network.namespace_of({"metadata": {}}) == "default"
	network.namespace_of({"metadata": {"namespace": ""}}) == "default"
}

test_pod_spec_and_ports_of_every_kind if {
	network.pod_spec_of({"kind": "Pod", "spec": {"a": 1}}) == {"a": 1}
	network.pod_spec_of({"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"b": 1}}}}}}) == {"b": 1}
	network.pod_spec_of({"kind": "Rollout", "spec": {"template": {"spec": {"c": 1}}}}) == {"c": 1}
	network.container_ports({"kind": "Pod", "spec": {
		"initContainers": [{"name": "proxy", "restartPolicy": "Always", "ports": [{"containerPort": 15001}]}],
		"containers": [{"name": "a"}, {"name": "b", "ports": [{"name": "http", "containerPort": 8080}]}],
	}}) == [{"containerPort": 15001}, {"name": "http", "containerPort": 8080}]
}

test_policy_types_defaults if {
	network.policy_types({"spec": {}}) == {"Ingress"}
	network.policy_types({"spec": {"egress": null}}) == {"Ingress"}
	network.policy_types({"spec": {"egress": [{}]}}) == {"Ingress", "Egress"}
	network.policy_types({"spec": {"policyTypes": ["Egress"], "ingress": [{}]}}) == {"Egress"}
	network.policy_types({"spec": {"policyTypes": []}}) == {"Ingress"}
}

test_default_deny if {
	network.default_deny({"spec": {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}}, "Ingress")
	network.default_deny({"spec": {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}}, "Egress")
	network.default_deny({"spec": {}}, "Ingress")
	not network.default_deny({"spec": {"podSelector": {}}}, "Egress")
	not network.default_deny({"spec": {"podSelector": {"matchLabels": {"app": "a"}}}}, "Ingress")
	not network.default_deny({"spec": {"podSelector": {}, "ingress": [{}]}}, "Ingress")
	network.default_deny({"spec": {"podSelector": null, "ingress": null, "policyTypes": ["Ingress"]}}, "Ingress")
}

test_policies_selecting if {
	a := nx.netpol("shop", "a", {"podSelector": {"matchLabels": {"app": "web"}}})
	b := nx.netpol("shop", "b", {"podSelector": {}})
	c := nx.netpol("shop", "c", {"podSelector": {"matchLabels": {"app": "db"}}})
	got := network.policies_selecting("shop", {"app": "web"}) with data.inventory as nx.inv([a, b, c])
	{p.metadata.name | some p in got} == {"a", "b"}
	count(got) == 2
}

test_namespaces_known if {
	got := network.namespaces with data.inventory as nx.inv([
		nx.namespace("shop", {"team": "shop"}),
		nx.deploy("shop", "web", {"app": "web"}, []),
		nx.deploy("payments", "api", {"app": "api"}, []),
	])
	got == {
		"shop": {"team": "shop", "kubernetes.io/metadata.name": "shop"},
		"payments": {"kubernetes.io/metadata.name": "payments"},
	}
}

test_service_pods_and_ports if {
	web := nx.deploy("shop", "web", {"app": "web", "tier": "front"}, [])
	db := nx.deploy("shop", "db", {"app": "db"}, [])
	svc := nx.service("shop", "web", "ClusterIP", {"app": "web"}, [{"name": "http", "port": 80}])
	got := network.service_pods("shop", svc) with data.inventory as nx.inv([web, db, svc])
	{o.object.metadata.name | some o in got} == {"web"}
	none := network.service_pods("shop", nx.service("shop", "x", "ExternalName", {"app": "web"}, [])) with data.inventory as nx.inv([web])
	none == []
	network.service_port(svc, 80).name == "http"
	network.service_port(svc, "http").port == 80
	not network.service_port(svc, 81)
	network.service(nx.inv([svc]).namespace.shop.v1.Service.web.metadata.namespace, "web") == svc with data.inventory as nx.inv([svc])
}

test_ingress_backends if {
	ing := nx.ingress("shop", "i", {
		"defaultBackend": {"service": {"name": "fallback", "port": {"number": 8080}}},
		"rules": [{"http": {"paths": [
			{"path": "/", "backend": {"service": {"name": "web", "port": {"name": "http"}}}},
			{"path": "/x", "backend": {"resource": {"kind": "StorageBucket", "name": "static"}}},
			{"path": "/y", "backend": {"service": {"name": "noport"}}},
		]}}],
	})
	network.ingress_backends(ing) == {
		{"service": "fallback", "port": 8080, "path": "spec.defaultBackend.service"},
		{"service": "web", "port": "http", "path": "spec.rules[0].http.paths[0].backend.service"},
		{"service": "noport", "port": null, "path": "spec.rules[0].http.paths[2].backend.service"},
	}
	legacy := {"kind": "Ingress", "spec": {"backend": {"serviceName": "web", "servicePort": 80}, "rules": [{"http": {"paths": [{"backend": {"serviceName": "api"}}]}}]}}
	network.ingress_backends(legacy) == {
		{"service": "web", "port": 80, "path": "spec.backend"},
		{"service": "api", "port": null, "path": "spec.rules[0].http.paths[0].backend"},
	}
}

test_route_backends if {
	r := nx.route("HTTPRoute", "shop", "r", [
		{"name": "web", "port": 80},
		{"name": "api", "namespace": "backend", "port": 8080, "kind": "Service", "group": ""},
		{"name": "bucket", "kind": "Bucket", "group": "storage.example.com"},
	])
	network.route_backends(r) == {
		{"service": "web", "namespace": "shop", "port": 80, "path": "spec.rules[0].backendRefs[0]"},
		{"service": "api", "namespace": "backend", "port": 8080, "path": "spec.rules[0].backendRefs[1]"},
	}
}

test_exposures if {
	web := nx.deploy("shop", "web", {"app": "web"}, [])
	lb := nx.service("shop", "web-lb", "LoadBalancer", {"app": "web"}, [{"port": 443}, {"port": 80}])
	svc := nx.service("shop", "web", "ClusterIP", {"app": "web"}, [{"port": 80}])
	ing := nx.simple_ingress("shop", "shop", "web", {"number": 80})
	r := nx.route("HTTPRoute", "gateways", "shop", [{"name": "web", "namespace": "shop", "port": 80}])
	other := nx.route("HTTPRoute", "gateways", "other", [{"name": "web", "port": 80}])
	got := network.exposures("shop", {"app": "web"}) with data.inventory as nx.inv([web, lb, svc, ing, r, other])
	got == {
		`Service "web-lb" (LoadBalancer) → port 443, 80`,
		`Ingress "shop" → Service "web" → port 80`,
		`HTTPRoute "shop" → Service "web" → port 80`,
	}
	network.port_text(null) == "(no port)"
	network.labels_text({"b": "2", "a": "1"}) == "a=1,b=2"
}

test_map_selects_controller_labels if {
	sts := {"object": {"kind": "StatefulSet", "metadata": {"name": "redis"}}, "labels": {"app": "redis"}}
	network.map_selects({"app": "redis", "statefulset.kubernetes.io/pod-name": "redis-0"}, sts)
	network.map_selects({"apps.kubernetes.io/pod-index": "1"}, sts)
	not network.map_selects({"statefulset.kubernetes.io/pod-name": "cache-0"}, sts)
	deploy := {"object": {"kind": "Deployment", "metadata": {"name": "web"}}, "labels": {"app": "web"}}
	network.map_selects({"app": "web", "pod-template-hash": "5d9c7b"}, deploy)
	not network.map_selects({"controller-revision-hash": "x"}, deploy)
	job := {"object": {"kind": "Job", "metadata": {"name": "train"}}, "labels": {}}
	network.map_selects({"job-name": "train"}, job)
	not network.map_selects({"job-name": "other"}, job)
	cron := {"object": {"kind": "CronJob", "metadata": {"name": "report"}}, "labels": {}}
	network.map_selects({"batch.kubernetes.io/job-name": "report-29000000"}, cron)
	not network.map_selects(null, cron)
}

test_operator_managed if {
	cr := {"apiVersion": "ceph.rook.io/v1", "kind": "CephCluster", "metadata": {"name": "rook-ceph", "namespace": "rook-ceph"}}
	inv := nx.inv([cr, nx.deploy("shop", "web", {"app": "web"}, []), nx.netpol("shop", "x", {})])
	network.operator_managed("rook-ceph") with data.inventory as inv
	not network.operator_managed("shop") with data.inventory as inv
	network.api_group("v1") == ""
	network.api_group("apps/v1") == "apps"
}

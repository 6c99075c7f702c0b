package kubeward.rules.images.deprecated_registry_test

import data.kubeward.rules.images.deprecated_registry as rule
import data.kubeward.test.fixtures as fx

test_denied if {
	v := rule.violation with input as fx.of_kind("DaemonSet", {
		"initContainers": [fx.container("init", {"image": "gcr.io/google_containers/busybox:1.24"})],
		"containers": [
			fx.container("proxy", {"image": "k8s.gcr.io/kube-proxy:v1.23.0"}),
			fx.container("ok", {"image": "registry.k8s.io/pause:3.10"}),
			fx.container("lookalike", {"image": "k8s.gcr.io.example.com/x:1"}),
		],
	})
	v == {
		fx.finding(`init container "init" pulls "gcr.io/google_containers/busybox:1.24" from the deprecated registry gcr.io/google_containers; use "registry.k8s.io/busybox:1.24"`, "spec.template.spec.initContainers[0].image"),
		fx.finding(`container "proxy" pulls "k8s.gcr.io/kube-proxy:v1.23.0" from the deprecated registry k8s.gcr.io; use "registry.k8s.io/kube-proxy:v1.23.0"`, "spec.template.spec.containers[0].image"),
	}
}

test_parameter if {
	inp := object.union(fx.pod({"containers": [fx.container("a", {"image": "quay.io/coreos/etcd:v3.3"}), fx.container("b", {"image": "k8s.gcr.io/pause:3.1"})]}), {"parameters": {"registries": [{"prefix": "quay.io/coreos", "replacement": "gcr.io/etcd-development"}]}})
	v := rule.violation with input as inp
	v == {fx.finding(`container "a" pulls "quay.io/coreos/etcd:v3.3" from the deprecated registry quay.io/coreos; use "gcr.io/etcd-development/etcd:v3.3"`, "spec.containers[0].image")}
}

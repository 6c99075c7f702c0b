package kubeward.rules.pod_security.sensitive_host_path_test

import data.kubeward.rules.pod_security.sensitive_host_path as rule
import data.kubeward.test.fixtures as fx

_vol(name, p) := {"name": name, "hostPath": {"path": p}}

test_denied if {
	v := rule.violation with input as fx.of_kind("DaemonSet", {"containers": [fx.container("a", {})], "volumes": [
		_vol("sock", "/var/run/docker.sock"),
		_vol("kubelet", "/var/lib/kubelet/pods/"),
		_vol("var-lib", "/var/lib"),
		_vol("logs", "/var/log"),
		_vol("certs", "/etc/ssl/certs/ca-certificates.crt"),
		_vol("etc", "/etc/"),
		_vol("proc-sys", "/proc/sys"),
		{"name": "empty", "emptyDir": {}},
	]})
	v == {
		fx.finding(`volume "sock" mounts the host path "/var/run/docker.sock", which exposes /var/run/docker.sock`, "spec.template.spec.volumes[0].hostPath.path"),
		fx.finding(`volume "kubelet" mounts the host path "/var/lib/kubelet/pods/", which exposes /var/lib/kubelet`, "spec.template.spec.volumes[1].hostPath.path"),
		fx.finding(`volume "var-lib" mounts the host path "/var/lib", which exposes /var/lib/containerd, /var/lib/docker, /var/lib/etcd, /var/lib/kubelet`, "spec.template.spec.volumes[2].hostPath.path"),
		fx.finding(`volume "etc" mounts the host path "/etc/", which exposes /etc, /etc/kubernetes`, "spec.template.spec.volumes[5].hostPath.path"),
		fx.finding(`volume "proc-sys" mounts the host path "/proc/sys", which exposes /proc`, "spec.template.spec.volumes[6].hostPath.path"),
	}
}

test_root_exposes_everything if {
	inp := object.union(fx.pod({"containers": [fx.container("a", {})], "volumes": [_vol("root", "/"), _vol("opt", "/opt/data")]}), {"parameters": {"paths": ["/", "/etc/"], "trees": ["/opt/data/"]}})
	v := rule.violation with input as inp
	v == {
		fx.finding(`volume "root" mounts the host path "/", which exposes /, /etc, /opt/data`, "spec.volumes[0].hostPath.path"),
		fx.finding(`volume "opt" mounts the host path "/opt/data", which exposes /opt/data`, "spec.volumes[1].hostPath.path"),
	}
}

test_allowed if {
	v := rule.violation with input as fx.pod({"containers": [fx.container("a", {})], "volumes": [
		_vol("logs", "/var/log/pods"),
		_vol("etcx", "/etcx"),
		{"name": "nopath", "hostPath": {}},
		{"name": "nil", "hostPath": null},
	]})
	v == set()
}

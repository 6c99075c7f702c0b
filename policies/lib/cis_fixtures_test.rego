# Test fixtures for the CIS rules: static control-plane pods (as kubeadm writes them) and the
# node configuration kinds, in Gatekeeper's input shape.
package kubeward.test.cis_fixtures

# A kubeadm-style static pod in kube-system running comp with the given flags in `command`.
static_pod(comp, flags) := pod_with(comp, "kube-system", {"name": comp, "image": "registry.k8s.io/x:v1.31.0", "command": array.concat([comp], flags)})

# The same, with the binary in `command` and the flags in `args`.
static_pod_args(comp, binary, flags) := pod_with(comp, "kube-system", {"name": comp, "image": "registry.k8s.io/x:v1.31.0", "command": [binary], "args": flags})

# An ordinary pod (namespace default) whose container runs comp with the given flags.
ordinary_pod(comp, flags) := pod_with(comp, "default", {"name": comp, "image": "registry.k8s.io/x:v1.31.0", "command": array.concat([comp], flags)})

pod_with(comp, ns, container) := {
	"review": {
		"kind": {"group": "", "version": "v1", "kind": "Pod"},
		"object": {
			"apiVersion": "v1", "kind": "Pod",
			"metadata": {"name": sprintf("%s-cp1", [comp]), "namespace": ns, "labels": {"component": comp, "tier": "control-plane"}},
			"spec": {"hostNetwork": true, "containers": [container]},
		},
		"operation": "CREATE", "name": sprintf("%s-cp1", [comp]), "namespace": ns,
	},
	"parameters": {},
}

_gv := {
	"KubeletConfiguration": ["kubelet.config.k8s.io", "v1beta1"],
	"KubeProxyConfiguration": ["kubeproxy.config.k8s.io", "v1alpha1"],
	"Policy": ["audit.k8s.io", "v1"],
}

# A node/cluster configuration object of the given kind with the given fields.
config(kind, fields) := {
	"review": {
		"kind": {"group": _gv[kind][0], "version": _gv[kind][1], "kind": kind},
		"object": object.union({"apiVersion": sprintf("%s/%s", _gv[kind]), "kind": kind}, fields),
		"operation": "CREATE",
	},
	"parameters": {},
}

with_params(review, params) := object.union(review, {"parameters": params})

finding(msg, path) := {"msg": msg, "details": {"path": path}}

# Test fixtures for the network rules: realistic objects and data.inventory (Gatekeeper's
# layout) built from a list of them. Named *_test.rego so bundle builds that ignore tests drop it.
package kubeward.test.network

_ns(o) := o.metadata.namespace

_ns(o) := "default" if not o.metadata.namespace

_cluster_kinds := {"Namespace"}

# data.inventory holding objs.
inv(objs) := {
	"namespace": {ns: _by_gv([o | some o in objs; not o.kind in _cluster_kinds; _ns(o) == ns]) |
		some x in objs
		not x.kind in _cluster_kinds
		ns := _ns(x)
	},
	"cluster": _by_gv([o | some o in objs; o.kind in _cluster_kinds]),
}

_by_gv(objs) := {gv: {kind: {o.metadata.name: o | some o in objs; o.apiVersion == gv; o.kind == kind} |
	some y in objs
	y.apiVersion == gv
	kind := y.kind
} |
	some x in objs
	gv := x.apiVersion
}

# The admission-review-shaped input for obj.
review(obj) := {"review": {"object": obj, "kind": {"kind": obj.kind}, "namespace": _ns(obj)}, "parameters": {}} if {
	not obj.kind in _cluster_kinds
}

review(obj) := {"review": {"object": obj, "kind": {"kind": obj.kind}}, "parameters": {}} if obj.kind in _cluster_kinds

namespace(name, labels) := {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": labels}}

# A Deployment whose pods carry labels and whose single container declares ports.
deploy(ns, name, labels, ports) := {
	"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": ns},
	"spec": {
		"selector": {"matchLabels": labels},
		"template": {"metadata": {"labels": labels}, "spec": {"containers": [{"name": name, "image": "registry.example/app:1.0", "ports": ports}]}},
	},
}

service(ns, name, type, selector, ports) := {
	"apiVersion": "v1", "kind": "Service", "metadata": {"name": name, "namespace": ns},
	"spec": {"type": type, "selector": selector, "ports": ports},
}

netpol(ns, name, spec) := {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": name, "namespace": ns}, "spec": spec}

ingress(ns, name, spec) := {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": name, "namespace": ns}, "spec": spec}

# An Ingress with one host routing / to service:port.
simple_ingress(ns, name, svc, port) := ingress(ns, name, {"rules": [{"host": "shop.example.com", "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {"service": {"name": svc, "port": port}}}]}}]})

route(kind, ns, name, refs) := {
	"apiVersion": "gateway.networking.k8s.io/v1", "kind": kind, "metadata": {"name": name, "namespace": ns},
	"spec": {"parentRefs": [{"name": "public"}], "rules": [{"backendRefs": refs}]},
}

# Test fixtures for the rbac rules: Gatekeeper-shaped input around RBAC objects and
# ServiceAccounts, and an inventory (Gatekeeper's layout) built from a list of objects.
package kubeward.test.rbac_fixtures

_rbac := "rbac.authorization.k8s.io/v1"

_cluster_kinds := {"ClusterRole", "ClusterRoleBinding", "Namespace"}

review(obj) := {
	"review": {
		"object": obj,
		"kind": {"group": _group(obj.apiVersion), "version": _version(obj.apiVersion), "kind": obj.kind},
		"operation": "CREATE",
		"name": obj.metadata.name,
		"namespace": object.get(obj, ["metadata", "namespace"], ""),
	},
	"parameters": {},
}

_group(gv) := split(gv, "/")[0] if contains(gv, "/")

_group(gv) := "" if not contains(gv, "/")

_version(gv) := split(gv, "/")[1] if contains(gv, "/")

_version(gv) := gv if not contains(gv, "/")

cluster_role(name, rules) := {"apiVersion": _rbac, "kind": "ClusterRole", "metadata": {"name": name}, "rules": rules}

role(ns, name, rules) := {"apiVersion": _rbac, "kind": "Role", "metadata": {"name": name, "namespace": ns}, "rules": rules}

role_binding(ns, name, role_kind, role_name, subjects) := {
	"apiVersion": _rbac, "kind": "RoleBinding", "metadata": {"name": name, "namespace": ns},
	"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": role_kind, "name": role_name},
	"subjects": subjects,
}

cluster_role_binding(name, role_name, subjects) := {
	"apiVersion": _rbac, "kind": "ClusterRoleBinding", "metadata": {"name": name},
	"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role_name},
	"subjects": subjects,
}

sa(ns, name) := {"kind": "ServiceAccount", "name": name, "namespace": ns}

user(name) := {"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": name}

group(name) := {"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": name}

service_account(ns, name) := {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": name, "namespace": ns}}

deployment(ns, name, spec) := {
	"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": ns},
	"spec": {"selector": {"matchLabels": {"app": name}}, "template": {"metadata": {"labels": {"app": name}}, "spec": spec}},
}

_cluster_objs(objs) := [o | some o in objs; o.kind in _cluster_kinds]

_ns_objs(objs, ns) := [o | some o in objs; not o.kind in _cluster_kinds; object.get(o, ["metadata", "namespace"], "default") == ns]

_layout(objs) := {gv: {kind: {o.metadata.name: o | some o in objs; o.apiVersion == gv; o.kind == kind} |
	some kind in {o.kind | some o in objs; o.apiVersion == gv}
} |
	some gv in {o.apiVersion | some o in objs}
}

# An inventory holding objs, namespaced ones under their namespace (default when unset).
inventory(objs) := {
	"cluster": _layout(_cluster_objs(objs)),
	"namespace": {ns: _layout(_ns_objs(objs, ns)) |
		some ns in {object.get(o, ["metadata", "namespace"], "default") | some o in objs; not o.kind in _cluster_kinds}
	},
}

# Test fixtures for the secrets rules: Gatekeeper-shaped input around core/v1 objects that the
# shared fixtures do not build (Secret, ConfigMap, ServiceAccount).
package kubeward.test.secrets_fixtures

core(obj) := {
	"review": {
		"object": obj,
		"kind": {"group": "", "version": "v1", "kind": obj.kind},
		"operation": "CREATE",
		"name": obj.metadata.name,
		"namespace": "default",
	},
	"parameters": {},
}

secret(name, type, fields) := core(object.union({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": name, "namespace": "default"}, "type": type}, fields))

configmap(entries) := core({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "app-config", "namespace": "default"}, "data": entries})

# An inventory holding the given objects (all in namespace "default").
inventory(objs) := {"namespace": {"default": {"v1": {kind: {o.metadata.name: o | some o in objs; o.kind == kind} | some kind in {o.kind | some o in objs}}}}, "cluster": {}}

# An inventory of objects of any apiVersion, laid out as the engine lays it out: cluster-scoped
# kinds under "cluster", everything else under its namespace ("default" when unset).
inventory_of(objs) := {
	"namespace": {ns: _grouped([o | some o in objs; not o.kind in _cluster_kinds; _ns(o) == ns]) | some ns in {_ns(o) | some o in objs; not o.kind in _cluster_kinds}},
	"cluster": _grouped([o | some o in objs; o.kind in _cluster_kinds]),
}

_cluster_kinds := {"ClusterSecretStore", "ClusterImagePolicy", "Namespace"}

_ns(o) := object.get(o, ["metadata", "namespace"], "default")

_grouped(objs) := {gv: {kind: {o.metadata.name: o | some o in objs; o.apiVersion == gv; o.kind == kind} | some kind in {o.kind | some o in objs; o.apiVersion == gv}} | some gv in {o.apiVersion | some o in objs}}

# Gatekeeper-shaped input around any object (custom resources included).
review_of(obj) := {
	"review": {
		"object": obj,
		"kind": {"group": _group(obj.apiVersion), "version": _version(obj.apiVersion), "kind": obj.kind},
		"operation": "CREATE",
		"name": obj.metadata.name,
		"namespace": _ns(obj),
	},
	"parameters": {},
}

_group(gv) := "" if not contains(gv, "/")

_group(gv) := split(gv, "/")[0] if contains(gv, "/")

_version(gv) := gv if not contains(gv, "/")

_version(gv) := split(gv, "/")[1] if contains(gv, "/")

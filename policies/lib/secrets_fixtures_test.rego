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

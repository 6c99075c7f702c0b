package kubeward.lib.k8s_test

import data.kubeward.lib.k8s
import data.kubeward.test.fixtures as fx

_spec := {
	"initContainers": [{"name": "i"}],
	"containers": [{"name": "a"}, {"name": "b"}],
	"ephemeralContainers": [{"name": "e"}],
	"volumes": [{"name": "v", "emptyDir": {}}],
}

_metadata_paths := {
	"Pod": "metadata",
	"PodTemplate": "template.metadata",
	"Deployment": "spec.template.metadata",
	"ReplicaSet": "spec.template.metadata",
	"ReplicationController": "spec.template.metadata",
	"StatefulSet": "spec.template.metadata",
	"DaemonSet": "spec.template.metadata",
	"Job": "spec.template.metadata",
	"CronJob": "spec.jobTemplate.spec.template.metadata",
}

test_pod_spec_and_paths_for_every_kind if {
	every kind in k8s.workload_kinds {
		inp := fx.review(fx.workload(kind, {"a": "b"}, _spec))
		spec := k8s.pod_spec with input as inp
		spec == _spec
		spec_path := k8s.pod_spec_path with input as inp
		spec_path == fx.spec_path[kind]
		meta := k8s.pod_metadata with input as inp
		meta.annotations == {"a": "b"}
		meta_path := k8s.pod_metadata_path with input as inp
		meta_path == _metadata_paths[kind]
	}
}

test_containers_cover_all_three_lists if {
	cs := k8s.containers with input as fx.of_kind("CronJob", _spec)
	p := "spec.jobTemplate.spec.template.spec"
	cs == {
		{"container": {"name": "i"}, "path": sprintf("%s.initContainers[0]", [p]), "kind": "initContainers"},
		{"container": {"name": "a"}, "path": sprintf("%s.containers[0]", [p]), "kind": "containers"},
		{"container": {"name": "b"}, "path": sprintf("%s.containers[1]", [p]), "kind": "containers"},
		{"container": {"name": "e"}, "path": sprintf("%s.ephemeralContainers[0]", [p]), "kind": "ephemeralContainers"},
	}
}

test_volumes if {
	vs := k8s.volumes with input as fx.of_kind("PodTemplate", _spec)
	vs == {{"volume": {"name": "v", "emptyDir": {}}, "path": "template.spec.volumes[0]"}}
}

test_kind_falls_back_to_the_object if {
	inp := {"review": {"object": {"kind": "Pod", "metadata": {"name": "x"}, "spec": _spec}}}
	k := k8s.kind with input as inp
	k == "Pod"
	p := k8s.pod_spec_path with input as inp
	p == "spec"
}

test_other_kinds_have_no_pod_spec if {
	inp := {"review": {"kind": {"kind": "ConfigMap"}, "object": {"kind": "ConfigMap", "spec": _spec}}}
	not k8s.pod_spec with input as inp
	cs := k8s.containers with input as inp
	cs == set()
}

test_container_label if {
	k8s.container_label({"kind": "initContainers", "container": {"name": "x"}}) == `init container "x"`
	k8s.container_label({"kind": "containers", "container": {"name": "x"}}) == `container "x"`
	k8s.container_label({"kind": "ephemeralContainers", "container": {"name": "x"}}) == `ephemeral container "x"`
}

test_security_context if {
	k8s.security_context({"securityContext": {"privileged": true}}) == {"privileged": true}
	k8s.security_context({"securityContext": null}) == {}
	k8s.security_context({}) == {}
	sc := k8s.pod_security_context with input as fx.pod({"containers": []})
	sc == {}
}

test_field_helpers if {
	k8s.has_field({"a": false}, "a")
	k8s.has_field({"a": null}, "a")
	not k8s.has_field({}, "a")
	k8s.is_set({"a": false}, "a")
	not k8s.is_set({"a": null}, "a")
	not k8s.is_set({}, "a")
	k8s.string_field({"a": "x"}, "a") == "x"
	k8s.string_field({"a": null}, "a") == ""
	k8s.string_field({}, "a") == ""
}

test_join_path if {
	k8s.join_path("", "spec") == "spec"
	k8s.join_path("spec", "hostPID") == "spec.hostPID"
	k8s.join_path("metadata.annotations", "container.apparmor.security.beta.kubernetes.io/web") == `metadata.annotations["container.apparmor.security.beta.kubernetes.io/web"]`
	k8s.join_path("metadata.labels", "app") == "metadata.labels.app"
}

test_join_path_quotes_non_identifiers if {
	k8s.join_path("metadata.labels", "app-name") == `metadata.labels["app-name"]`
	k8s.join_path("", "a b") == `["a b"]`
	k8s.join_path("spec", "1st") == `spec["1st"]`
	k8s.join_path("spec", "") == `spec[""]`
	k8s.join_path("spec", "_x9") == "spec._x9"
	k8s.join_path("spec", "café") == `spec["café"]`
}

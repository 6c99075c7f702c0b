# METADATA
# title: SELinux options
# description: >-
#   SELinux labels decide what a container process may touch on an SELinux-enforcing node. A
#   custom type such as spc_t ("super privileged container") or unconfined_t removes that
#   confinement, and a custom user or role changes the whole label. Pod Security Standards
#   Baseline allows seLinuxOptions.type only to be unset, empty, container_t, container_init_t,
#   container_kvm_t or (from v1.31) container_engine_t, and forbids setting seLinuxOptions.user and .role, on
#   the pod and on every container.
# custom:
#   id: pss-selinux
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:baseline:seLinuxOptions"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Remove seLinuxOptions.user and seLinuxOptions.role, and leave seLinuxOptions.type unset or
#     use one of the container_* types; keep seLinuxOptions.level if you need MCS categories.
package kubeward.rules.pod_security.pss_selinux

import data.kubeward.lib.k8s
import data.kubeward.lib.pss

# The types of v1.0; container_engine_t joins them from v1.31. "" stands for an unset or null
# type, which Kubernetes treats the same way.
_types_1_0 := {"", "container_t", "container_init_t", "container_kvm_t"}

allowed_types := _types_1_0 | {"container_engine_t"} if pss.at_least(31)

else := _types_1_0

# Where seLinuxOptions can be set: the pod, and each container (judged independently, as Pod
# Security Admission does: a forbidden pod-level label is reported even if containers override it).
_settings contains {"who": "pod", "options": opts, "path": sprintf("%s.seLinuxOptions", [k8s.pod_security_context_path])} if {
	opts := k8s.pod_security_context.seLinuxOptions
	is_object(opts)
}

_settings contains {"who": k8s.container_label(c), "options": opts, "path": sprintf("%s.securityContext.seLinuxOptions", [c.path])} if {
	some c in k8s.containers
	opts := k8s.security_context(c.container).seLinuxOptions
	is_object(opts)
}

violation contains {"msg": msg, "details": {"path": path}} if {
	some s in _settings
	type := k8s.string_field(s.options, "type")
	not type in allowed_types
	path := sprintf("%s.type", [s.path])
	msg := sprintf("%s sets SELinux type %q; only %s are allowed", [s.who, type, _allowed_list])
}

violation contains {"msg": msg, "details": {"path": path}} if {
	some s in _settings
	some field in ["user", "role"]
	value := k8s.string_field(s.options, field)
	value != ""
	path := sprintf("%s.%s", [s.path, field])
	msg := sprintf("%s sets SELinux %s %q; a custom SELinux %s is not allowed", [s.who, field, value, field])
}

# The allowed types for the message, in the order the standard lists them.
_named := [t | some t in ["container_t", "container_init_t", "container_kvm_t", "container_engine_t"]; t in allowed_types]

_allowed_list := sprintf("%s or %s", [concat(", ", array.slice(_named, 0, count(_named) - 1)), _named[count(_named) - 1]])

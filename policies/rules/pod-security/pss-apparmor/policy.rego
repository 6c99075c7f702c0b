# METADATA
# title: AppArmor profile overrides
# description: >-
#   On nodes with AppArmor, the container runtime confines every container with its default
#   profile. Pod Security Standards Baseline forbids disabling it: the appArmorProfile.type of the
#   pod and of every container must be RuntimeDefault or Localhost (or unset), and the legacy
#   container.apparmor.security.beta.kubernetes.io/* annotations on the pod must be
#   runtime/default, localhost/<profile> or empty.
# custom:
#   id: pss-apparmor
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:baseline:appArmorProfile"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Remove the Unconfined profile: leave securityContext.appArmorProfile unset or set its type
#     to RuntimeDefault (or Localhost with a reviewed profile); replace legacy AppArmor
#     annotations by the securityContext.appArmorProfile field.
package kubeward.rules.pod_security.pss_apparmor

import data.kubeward.lib.k8s

_allowed_types := {"RuntimeDefault", "Localhost"}

_annotation_prefix := "container.apparmor.security.beta.kubernetes.io/"

# Pod-level and container-level profiles are judged independently, as Pod Security Admission
# does: a pod-level Unconfined is forbidden even if every container overrides it, because a
# container added later (an ephemeral one, say) would inherit it. An appArmorProfile object
# without a type is invalid, and reported, because "" is not an allowed type.
violation contains {"msg": msg, "details": {"path": path}} if {
	profile := k8s.pod_security_context.appArmorProfile
	profile != null
	type := k8s.string_field(profile, "type")
	not type in _allowed_types
	path := _type_path(profile, sprintf("%s.appArmorProfile", [k8s.pod_security_context_path]))
	msg := sprintf("pod sets AppArmor profile type %q; only RuntimeDefault or Localhost are allowed", [type])
}

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	profile := k8s.security_context(c.container).appArmorProfile
	profile != null
	type := k8s.string_field(profile, "type")
	not type in _allowed_types
	path := _type_path(profile, sprintf("%s.securityContext.appArmorProfile", [c.path]))
	msg := sprintf("%s sets AppArmor profile type %q; only RuntimeDefault or Localhost are allowed", [k8s.container_label(c), type])
}

# Every annotation with the prefix is judged, whether or not it names an existing container.
violation contains {"msg": msg, "details": {"path": path}} if {
	some key, value in k8s.pod_metadata.annotations
	startswith(key, _annotation_prefix)
	not _allowed_annotation(value)
	path := k8s.join_path(k8s.join_path(k8s.pod_metadata_path, "annotations"), key)
	msg := sprintf("annotation %q sets AppArmor profile %q; only runtime/default or localhost/<profile> are allowed", [key, value])
}

_allowed_annotation("")

_allowed_annotation("runtime/default")

_allowed_annotation(value) if startswith(value, "localhost/")

_type_path(profile, base) := sprintf("%s.type", [base]) if k8s.is_set(profile, "type")

_type_path(profile, base) := base if not k8s.is_set(profile, "type")

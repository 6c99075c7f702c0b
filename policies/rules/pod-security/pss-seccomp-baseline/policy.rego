# METADATA
# title: Seccomp disabled
# description: >-
#   Seccomp filters the system calls a container may make; the runtime's default profile blocks
#   the rarely needed calls most kernel exploits rely on. Pod Security Standards Baseline forbids
#   turning it off: seccompProfile.type on the pod and on every container must be RuntimeDefault
#   or Localhost when it is set (Unconfined is forbidden); up to v1.18 the legacy seccomp
#   annotations are judged instead.
# custom:
#   id: pss-seccomp-baseline
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:baseline:seccompProfile_baseline"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Set securityContext.seccompProfile.type to RuntimeDefault (or Localhost with a reviewed
#     profile) instead of Unconfined, on the pod and on any container that overrides it.
package kubeward.rules.pod_security.pss_seccomp_baseline

import data.kubeward.lib.k8s
import data.kubeward.lib.pss

# From v1.19 only the securityContext fields are judged; up to v1.18 only the legacy alpha
# annotations are (kubeward.lib.pss.seccomp_annotation_findings).
_allowed_types := {"RuntimeDefault", "Localhost"}

# Where a seccompProfile can be set. Pod and containers are judged independently, as Pod
# Security Admission does: a pod-level Unconfined is forbidden even if every container overrides
# it. A profile object without a type is invalid and reported ("" is not an allowed type).
_settings contains {"who": "pod", "profile": profile, "path": sprintf("%s.seccompProfile", [k8s.pod_security_context_path])} if {
	profile := k8s.pod_security_context.seccompProfile
	is_object(profile)
}

_settings contains {"who": k8s.container_label(c), "profile": profile, "path": sprintf("%s.securityContext.seccompProfile", [c.path])} if {
	some c in k8s.containers
	profile := k8s.security_context(c.container).seccompProfile
	is_object(profile)
}

violation contains {"msg": msg, "details": {"path": path}} if {
	pss.at_least(19)
	some s in _settings
	type := k8s.string_field(s.profile, "type")
	not type in _allowed_types
	path := _type_path(s)
	msg := sprintf("%s sets seccomp profile type %q; only RuntimeDefault or Localhost are allowed", [s.who, type])
}

_type_path(s) := sprintf("%s.type", [s.path]) if k8s.is_set(s.profile, "type")

_type_path(s) := s.path if not k8s.is_set(s.profile, "type")

violation contains f if {
	not pss.at_least(19)
	some f in pss.seccomp_annotation_findings
}

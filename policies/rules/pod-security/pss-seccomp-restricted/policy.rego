# METADATA
# title: Seccomp profile not set
# description: >-
#   Without a seccomp profile a container may make every system call, including the rarely used
#   ones most kernel exploits rely on. Pod Security Standards Restricted requires the
#   RuntimeDefault or Localhost profile on the pod (containers may then leave it unset) or on
#   every container. Pods with spec.os.name windows are exempt from v1.25. Before v1.19 the check
#   is the Baseline one on the seccomp annotations, which this rule then applies in its place.
# custom:
#   id: pss-seccomp-restricted
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:restricted:seccompProfile_restricted", "CIS:5.6.2", "NSA:pod-security"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Set spec.securityContext.seccompProfile.type to RuntimeDefault (or Localhost with a reviewed
#     profile) and remove any container-level Unconfined profile.
package kubeward.rules.pod_security.pss_seccomp_restricted

import data.kubeward.lib.k8s
import data.kubeward.lib.pss

_allowed_types := {"RuntimeDefault", "Localhost"}

_pod_profile := p if {
	p := k8s.pod_security_context.seccompProfile
	p != null
}

_pod_path := sprintf("%s.seccompProfile", [k8s.pod_security_context_path])

_checks_fields if {
	pss.at_least(19)
	not pss.windows_exempt
}

violation contains {"msg": msg, "details": {"path": path}} if {
	_checks_fields
	type := k8s.string_field(_pod_profile, "type")
	not type in _allowed_types
	path := _type_path(_pod_profile, _pod_path)
	msg := sprintf("pod sets seccomp profile type %q; only RuntimeDefault or Localhost are allowed", [type])
}

violation contains {"msg": msg, "details": {"path": path}} if {
	_checks_fields
	some c in k8s.containers
	profile := k8s.security_context(c.container).seccompProfile
	profile != null
	type := k8s.string_field(profile, "type")
	not type in _allowed_types
	path := _type_path(profile, sprintf("%s.securityContext.seccompProfile", [c.path]))
	msg := sprintf("%s sets seccomp profile type %q; only RuntimeDefault or Localhost are allowed", [k8s.container_label(c), type])
}

# A container without its own profile inherits the pod's; without one on the pod either, it runs
# Unconfined. (A pod-level bad profile is reported above instead of once per container.)
violation contains {"msg": msg, "details": {"path": path}} if {
	_checks_fields
	not _pod_profile
	some c in k8s.containers
	not k8s.is_set(k8s.security_context(c.container), "seccompProfile")
	path := pss.field_path(c.container, c.path, "seccompProfile")
	msg := sprintf("neither the pod nor %s sets a seccomp profile; set securityContext.seccompProfile.type to RuntimeDefault or Localhost", [k8s.container_label(c)])
}

_type_path(profile, base) := sprintf("%s.type", [base]) if k8s.is_set(profile, "type")

_type_path(profile, base) := base if not k8s.is_set(profile, "type")

# Before v1.19 there are no seccomp fields to require: Restricted then runs the Baseline check on
# the alpha annotations, which this rule applies in pss-seccomp-baseline's place (the
# pss-restricted bundle leaves that rule out, as Pod Security Admission overrides it).
violation contains f if {
	not pss.at_least(19)
	some f in pss.seccomp_annotation_findings
}

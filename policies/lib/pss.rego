# Pod Security Standards helpers shared by the pod-security rules: the policy version a rule
# judges against (its `version` parameter, as in the namespace label
# pod-security.kubernetes.io/enforce-version) and the pod properties that relax or exempt checks.
package kubeward.lib.pss

import data.kubeward.lib.k8s

# The minor version "latest" stands for: above every version any check is gated on, so a rule
# with no parameters (or `version: latest`) applies every check Kubernetes has today.
latest_minor := 9999

# The requested version, "latest" when unset, null or not a string.
version := v if {
	v := input.parameters.version
	is_string(v)
} else := "latest"

# The minor number of the requested version: `v1.27` is 27. Anything the parameter schema
# would reject (and `latest`) counts as latest, so a rule never silently turns itself off.
minor := n if {
	regex.match(`^v1\.[0-9]+$`, version)
	n := to_number(substring(version, 3, -1))
} else := latest_minor

# True when the requested version is v1.<n> or newer.
at_least(n) if minor >= n

# Pods declared to run on Windows are exempt from the Linux-only Restricted checks from v1.25
# (allowPrivilegeEscalation, seccompProfile_restricted, capabilities_restricted).
windows_pod if k8s.pod_spec.os.name == "windows"

windows_exempt if {
	windows_pod
	at_least(25)
}

# A pod with `spec.hostUsers: false` runs in its own user namespace (unset means true); from
# v1.35 Pod Security Admission relaxes runAsNonRoot, runAsUser and the Baseline procMount
# check for it, because root and an unmasked /proc inside it are not the host's.
user_namespace_relaxed if {
	k8s.pod_spec.hostUsers == false
	at_least(35)
}

# The path to point a finding at for a securityContext field of a container (or of the pod,
# with its spec path): the field when it is set, else the securityContext when there is one, else
# the container itself, which is where the missing setting has to be added.
field_path(owner, owner_path, field) := sprintf("%s.securityContext.%s", [owner_path, field]) if {
	k8s.is_set(k8s.security_context(owner), field)
} else := sprintf("%s.securityContext", [owner_path]) if {
	is_object(owner.securityContext)
} else := owner_path

# The capabilities Baseline lets a container add: the container runtimes' defaults minus NET_RAW.
# Compared exactly, as Pod Security Admission does: "CAP_SYS_ADMIN", "sys_admin" or "ALL" are
# not in the set and are therefore forbidden too.
baseline_capabilities := {
	"AUDIT_WRITE",
	"CHOWN",
	"DAC_OVERRIDE",
	"FOWNER",
	"FSETID",
	"KILL",
	"MKNOD",
	"NET_BIND_SERVICE",
	"SETFCAP",
	"SETGID",
	"SETPCAP",
	"SETUID",
	"SYS_CHROOT",
}

# Up to v1.18: the pod annotation and each existing container's annotation (looked up by the
# container's name; annotations naming no container are ignored, as Pod Security Admission does)
# must be runtime/default, docker/default or localhost/<profile>. Used by
# pss-seccomp-baseline, and by pss-seccomp-restricted in its place at those versions.
_seccomp_annotation_pod := "seccomp.security.alpha.kubernetes.io/pod"

_seccomp_annotations contains {"key": _seccomp_annotation_pod, "who": "pod"}

_seccomp_annotations contains {"key": concat("", ["container.seccomp.security.alpha.kubernetes.io/", c.container.name]), "who": k8s.container_label(c)} if {
	some c in k8s.containers
}

seccomp_annotation_findings contains {"msg": msg, "details": {"path": path}} if {
	some a in _seccomp_annotations
	value := k8s.pod_metadata.annotations[a.key]
	not _allowed_seccomp_annotation(value)
	path := k8s.join_path(k8s.join_path(k8s.pod_metadata_path, "annotations"), a.key)
	msg := sprintf("annotation %q sets the seccomp profile of the %s to %q; only runtime/default, docker/default or localhost/<profile> are allowed", [a.key, a.who, value])
}

_allowed_seccomp_annotation("runtime/default")

_allowed_seccomp_annotation("docker/default")

_allowed_seccomp_annotation(value) if startswith(value, "localhost/")

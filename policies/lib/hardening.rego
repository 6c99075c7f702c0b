# Helpers shared by the pod-hardening rules (pod-security beyond the Pod Security Standards).
package kubeward.lib.hardening

import data.kubeward.lib.k8s

# Windows pods (spec.os.name: windows) have no Linux capabilities, read-only root file systems
# or Linux UIDs/GIDs; Pod Security Admission exempts them from those checks, and so do we.
windows_pod if k8s.pod_spec.os.name == "windows"

# With user namespaces (hostUsers: false) container UIDs/GIDs are mapped to unprivileged host
# IDs, so the numeric value inside the container says nothing about the node.
user_namespaced if k8s.pod_spec.hostUsers == false

# The effective value of a securityContext field for a container, and where it comes from: the
# container's own setting wins over the pod's (as the kubelet applies them).
effective(c, field) := {"value": v, "path": concat("", [c.path, ".securityContext.", field])} if {
	v := k8s.security_context(c.container)[field]
	v != null
} else := {"value": v, "path": concat(".", [k8s.pod_security_context_path, field])} if {
	v := k8s.pod_security_context[field]
	v != null
}

# Capability names as the runtime reads them: case-insensitive, with or without CAP_.
canonical_capability(c) := trim_prefix(upper(c), "CAP_")

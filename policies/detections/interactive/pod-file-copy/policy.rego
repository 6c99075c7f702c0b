# METADATA
# title: Files copied to or from a container (kubectl cp)
# description: >-
#   kubectl cp runs tar in the container through pods/exec: files were read out of (or written
#   into) a running container — data exfiltration or tampering with a workload outside its
#   image.
# custom:
#   id: pod-file-copy
#   severity: medium
#   category: interactive
#   kinds: [Event]
#   controls: ["NSA:pod-security", "NSA:audit-logging", "MITRE:T1609"]
#   remediation: >-
#     Restrict pods/exec; move files through reviewed channels (images, volumes, object
#     storage).
package kubeward.detections.interactive.pod_file_copy

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username, "pod": sprintf("%s/%s", [audit.namespace, audit.name]), "direction": direction}} if {
	audit.resource == "pods"
	audit.subresource == "exec"
	audit.succeeded
	cmd := audit.query_values("command")
	cmd[0] == "tar"
	direction := _direction(cmd[1])
	msg := sprintf("user %s copied files %s pod %s/%s (kubectl cp: %s)", [audit.user_label, direction, audit.namespace, audit.name, concat(" ", cmd)])
}

# kubectl cp runs "tar cf - PATH" to copy out and "tar xmf - -C DIR" to copy in.
_direction(flags) := "out of" if startswith(flags, "c")

_direction(flags) := "into" if startswith(flags, "x")

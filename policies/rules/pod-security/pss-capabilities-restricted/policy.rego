# METADATA
# title: Capabilities not dropped
# description: >-
#   Container runtimes grant a default set of Linux capabilities (CHOWN, DAC_OVERRIDE, SETUID,
#   NET_RAW, ...) that most applications never use and attackers do. Pod Security Standards
#   Restricted (from v1.22) requires every container to drop ALL capabilities and to add back at
#   most NET_BIND_SERVICE. Pods with spec.os.name windows are exempt from v1.25. Before v1.22 the
#   Baseline capabilities check applies at Restricted, and this rule applies it in its place.
# custom:
#   id: pss-capabilities-restricted
#   severity: medium
#   category: pod-security
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["PSS:restricted:capabilities_restricted", "CIS:5.2.8", "CIS:5.2.9", "NSA:pod-security"]
#   parameters: {"type": "object", "properties": {"version": {"type": "string", "pattern": "^(latest|v1\\.[0-9]+)$", "default": "latest"}}, "additionalProperties": false}
#   remediation: >-
#     Set securityContext.capabilities.drop to ["ALL"] on every container and add back only
#     NET_BIND_SERVICE if the process binds a port below 1024.
package kubeward.rules.pod_security.pss_capabilities_restricted

import data.kubeward.lib.k8s
import data.kubeward.lib.pss

_checks_restricted if {
	pss.at_least(22)
	not pss.windows_exempt
}

# Compared exactly, as Pod Security Admission does: "all" or "CAP_ALL" do not count.
violation contains {"msg": msg, "details": {"path": path}} if {
	_checks_restricted
	some c in k8s.containers
	capabilities := object.get(k8s.security_context(c.container), "capabilities", null)
	not "ALL" in object.get(_object_or_empty(capabilities), "drop", [])
	path := _drop_path(c, capabilities)
	msg := sprintf("%s does not drop ALL capabilities; set securityContext.capabilities.drop to [\"ALL\"]", [k8s.container_label(c)])
}

violation contains {"msg": msg, "details": {"path": path}} if {
	_checks_restricted
	some c in k8s.containers
	some i, capability in k8s.security_context(c.container).capabilities.add
	capability != "NET_BIND_SERVICE"
	path := sprintf("%s.securityContext.capabilities.add[%d]", [c.path, i])
	msg := sprintf("%s adds capability %q; only NET_BIND_SERVICE may be added", [k8s.container_label(c), capability])
}

violation contains {"msg": msg, "details": {"path": path}} if {
	not pss.at_least(22)
	some c in k8s.containers
	some i, capability in k8s.security_context(c.container).capabilities.add
	not capability in pss.baseline_capabilities
	path := sprintf("%s.securityContext.capabilities.add[%d]", [c.path, i])
	msg := sprintf("%s adds capability %q, which is not in the Baseline set", [k8s.container_label(c), capability])
}

_object_or_empty(x) := x if is_object(x)

_object_or_empty(x) := {} if not is_object(x)

_drop_path(c, capabilities) := sprintf("%s.securityContext.capabilities.drop", [c.path]) if {
	k8s.is_set(capabilities, "drop")
} else := pss.field_path(c.container, c.path, "capabilities")

# METADATA
# title: Kubelet API reached through the nodes/proxy subresource
# description: >-
#   nodes/proxy forwards any request to a node's kubelet API, which can list and exec into every
#   pod of the node (/exec, /run, /pods), bypassing the pods/exec authorization and the audit
#   trail of what was run.
# custom:
#   id: node-proxy-access
#   severity: high
#   category: access
#   kinds: [Event]
#   controls: ["NSA:authentication-authorization", "NSA:audit-logging", "MITRE:T1609"]
#   remediation: >-
#     Remove nodes/proxy from roles that do not strictly need it (monitoring should scrape
#     /metrics through nodes/metrics); list expected callers in allowedUsers.
#   parameters: {"type":"object","properties":{"allowedUsers":{"type":"array","items":{"type":"string"},"default":[],"description":"Users expected to use nodes/proxy (e.g. a monitoring service account)."}},"additionalProperties":false}
package kubeward.detections.access.node_proxy_access

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username, "node": audit.name, "requestURI": input.requestURI}} if {
	audit.resource == "nodes"
	audit.subresource == "proxy"
	audit.succeeded
	not audit.system_component
	not audit.username in audit.parameter("node-proxy-access", "allowedUsers", [])
	msg := sprintf("user %s reached the kubelet API of node %q through the API server proxy (%s %s)", [audit.user_label, audit.name, audit.verb, input.requestURI])
}

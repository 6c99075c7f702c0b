# METADATA
# title: Ingress without TLS created
# description: >-
#   An Ingress without a tls section was created or replaced: its hosts are served over plain
#   HTTP, so credentials and session cookies cross the network in clear text.
# custom:
#   id: ingress-without-tls-created
#   severity: low
#   category: exposure
#   kinds: [Event]
#   controls: ["NSA:network-separation", "NSA:audit-logging"]
#   remediation: >-
#     Add spec.tls with a certificate Secret (e.g. issued by cert-manager) for every host.
package kubeward.detections.exposure.ingress_without_tls_created

import data.kubeward.lib.audit

alert contains {"msg": msg, "details": {"user": audit.username, "path": "spec"}} if {
	audit.resource == "ingresses"
	audit.verb in {"create", "update"}
	audit.succeeded
	not audit.system_component
	is_object(input.requestObject.spec)
	count(object.get(input.requestObject.spec, "tls", [])) == 0
	hosts := sort({r.host | some r in object.get(input.requestObject.spec, "rules", []); r.host})
	msg := sprintf("user %s %s Ingress %s/%s without TLS%s", [audit.user_label, _did[audit.verb], audit.namespace, input.requestObject.metadata.name, _hosts(hosts)])
}

_did := {"create": "created", "update": "updated"}

_hosts(hs) := sprintf(" for %s", [concat(", ", hs)]) if count(hs) > 0

_hosts(hs) := " (any host)" if count(hs) == 0

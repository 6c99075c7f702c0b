# METADATA
# title: ingress-nginx snippet annotation
# description: >-
#   ingress-nginx copies the value of its *-snippet annotations (configuration-snippet,
#   server-snippet, auth-snippet, stream-snippet, modsecurity-snippet …) verbatim into the
#   controller's NGINX configuration. Whoever can create or edit an Ingress can thereby run
#   configuration inside the controller, which holds a token able to read every Secret of the
#   cluster (CVE-2021-25742; the same injection family as CVE-2023-5044, CVE-2025-1097 and
#   CVE-2025-1974). Recent controller versions disable these annotations by default.
# custom:
#   id: ingress-nginx-snippet-annotation
#   severity: high
#   category: network
#   kinds: [Ingress]
#   controls: []
#   remediation: >-
#     Replace the snippet with the dedicated ingress-nginx annotations or ConfigMap settings, and
#     keep allow-snippet-annotations set to false in the controller's ConfigMap.
package kubeward.rules.network.ingress_nginx_snippet_annotation

import data.kubeward.lib.k8s

_prefix := "nginx.ingress.kubernetes.io/"

violation contains {"msg": msg, "details": {"path": k8s.join_path("metadata.annotations", key)}} if {
	some key, _ in k8s.resource.metadata.annotations
	startswith(key, _prefix)
	endswith(key, "-snippet")
	msg := sprintf("Ingress %q sets the ingress-nginx annotation %s: raw NGINX configuration runs inside the controller, which can read every Secret of the cluster (CVE-2021-25742)", [k8s.resource.metadata.name, key])
}

# METADATA
# title: API server does not enable the DenyServiceExternalIPs admission plugin
# description: >-
#   Without the DenyServiceExternalIPs admission plugin, anyone allowed to create or update a
#   Service can set spec.externalIPs to any address and have kube-proxy capture traffic meant for it
#   (CVE-2020-8554).
# custom:
#   id: apiserver-deny-service-external-ips
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.3"]
#   remediation: >-
#     Add DenyServiceExternalIPs to `--enable-admission-plugins`, or restrict externalIPs with a
#     validating admission policy if some Services legitimately need them.
package kubeward.rules.cis.apiserver_deny_service_external_ips

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	not flags.is_set(r, "enable-admission-plugins")
	msg := sprintf("%s does not set --enable-admission-plugins, so DenyServiceExternalIPs is not enabled: any user who can create a Service can set spec.externalIPs and intercept traffic (CVE-2020-8554)", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": l.path}} if {
	some r in flags.containers_of("kube-apiserver")
	l := flags.list(r, "enable-admission-plugins")
	not "DenyServiceExternalIPs" in l.items
	msg := sprintf("%s sets --enable-admission-plugins=%s without DenyServiceExternalIPs: any user who can create a Service can set spec.externalIPs and intercept traffic (CVE-2020-8554)", [flags.label(r), concat(",", l.items)])
}

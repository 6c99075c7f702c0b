# METADATA
# title: API server does not enable the EventRateLimit admission plugin
# description: >-
#   The EventRateLimit admission plugin caps the rate at which Events are accepted (per server,
#   namespace, user or object), so a misbehaving or malicious client cannot flood the API server and
#   etcd with Events.
# custom:
#   id: apiserver-event-rate-limit
#   severity: low
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.9"]
#   remediation: >-
#     Add EventRateLimit to `--enable-admission-plugins` and configure its limits in the file named
#     by `--admission-control-config-file`.
package kubeward.rules.cis.apiserver_event_rate_limit

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	not flags.is_set(r, "enable-admission-plugins")
	msg := sprintf("%s does not set --enable-admission-plugins, so EventRateLimit is not enabled: a flood of Events can exhaust the API server and etcd", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": l.path}} if {
	some r in flags.containers_of("kube-apiserver")
	l := flags.list(r, "enable-admission-plugins")
	not "EventRateLimit" in l.items
	msg := sprintf("%s sets --enable-admission-plugins=%s without EventRateLimit: a flood of Events can exhaust the API server and etcd", [flags.label(r), concat(",", l.items)])
}

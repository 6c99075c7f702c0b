# METADATA
# title: Ingress without TLS
# description: >-
#   An Ingress without a spec.tls entry for a host serves that host over plain HTTP: credentials,
#   session cookies and data cross the network in clear text and can be read or changed on the
#   way. A tls entry without hosts (the controller's default certificate) covers every host;
#   a wildcard host covers one label.
# custom:
#   id: ingress-without-tls
#   severity: medium
#   category: network
#   kinds: [Ingress]
#   controls: ["NSA:network-separation"]
#   remediation: >-
#     Add spec.tls entries listing every host of spec.rules with the Secret holding its
#     certificate (cert-manager can issue and renew them), and redirect HTTP to HTTPS.
package kubeward.rules.network.ingress_without_tls

import data.kubeward.lib.k8s

_ing := k8s.resource

_tls := [t | some t in _ing.spec.tls; is_object(t)]

_hosts := [r.host | some r in _ing.spec.rules; is_string(r.host)]

violation contains {"msg": msg, "details": {"path": "spec"}} if {
	count(_tls) == 0
	msg := sprintf("Ingress %q has no TLS: %s served over plain HTTP", [_ing.metadata.name, _hosts_text])
}

_hosts_text := sprintf("host %s is", [concat(", ", _hosts)]) if count(_hosts) > 0

_hosts_text := "every host is" if count(_hosts) == 0

violation contains {"msg": msg, "details": {"path": sprintf("spec.rules[%d].host", [i])}} if {
	count(_tls) > 0
	not _default_certificate
	some i, r in _ing.spec.rules
	is_string(r.host)
	not _covered(r.host)
	msg := sprintf("Ingress %q serves host %q without TLS: no spec.tls entry lists it", [_ing.metadata.name, r.host])
}

_default_certificate if {
	some t in _tls
	count(object.get(t, "hosts", [])) == 0
}

_covered(host) if {
	some t in _tls
	some h in t.hosts
	_host_matches(h, host)
}

_host_matches(pattern, host) if pattern == host

_host_matches(pattern, host) if {
	startswith(pattern, "*.")
	suffix := substring(pattern, 1, -1)
	endswith(host, suffix)
	not contains(trim_suffix(host, suffix), ".")
	count(trim_suffix(host, suffix)) > 0
}

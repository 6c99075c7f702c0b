# METADATA
# title: API server allows anonymous requests
# description: >-
#   Unless --anonymous-auth=false is given, the kube-apiserver treats every request that no
#   authenticator claims as the user system:anonymous in the group system:unauthenticated, so only
#   authorization stands between the network and the API.
# custom:
#   id: apiserver-anonymous-auth
#   severity: high
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.2.1", "NSA:authentication-authorization"]
#   remediation: >-
#     Add `--anonymous-auth=false` to the kube-apiserver command. If load balancers need
#     unauthenticated health checks, use an AuthenticationConfiguration that allows anonymous access
#     only for /livez, /readyz and /healthz (Kubernetes 1.32+).
package kubeward.rules.cis.apiserver_anonymous_auth

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-apiserver")
	not flags.is_set(r, "anonymous-auth")
	msg := sprintf("%s does not set --anonymous-auth, which defaults to true: requests without credentials are served as system:anonymous", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-apiserver")
	f := flags.flag(r, "anonymous-auth")
	not flags.is_false(f.value)
	msg := sprintf("%s sets --anonymous-auth=%s: requests without credentials are served as system:anonymous", [flags.label(r), f.value])
}

# METADATA
# title: Controller manager listens on all interfaces
# description: >-
#   --bind-address is the address on which the kube-controller-manager serves /healthz, /metrics and
#   (unless disabled) /debug/pprof on its secure port 10257. The default, 0.0.0.0, exposes them to
#   the whole node network; the CIS Benchmark asks for 127.0.0.1.
# custom:
#   id: controller-manager-bind-address
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.3.7", "NSA:network-separation"]
#   remediation: >-
#     Set `--bind-address=127.0.0.1` (kubeadm does) and probe health on 127.0.0.1:10257.
package kubeward.rules.cis.controller_manager_bind_address

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-controller-manager")
	not flags.is_set(r, "bind-address")
	msg := sprintf("%s does not set --bind-address, which defaults to 0.0.0.0: the controller manager serves health, metrics and profiling on port 10257 of every interface", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-controller-manager")
	f := flags.flag(r, "bind-address")
	not flags.is_loopback(f.value)
	msg := sprintf("%s sets --bind-address=%s: the controller manager serves health, metrics and profiling on port 10257 of every interface", [flags.label(r), f.value])
}

# METADATA
# title: Scheduler profiling is enabled
# description: >-
#   The kube-scheduler serves profiling data at /debug/pprof unless --profiling=false is given; the
#   data reveals internals of a process holding cluster credentials.
# custom:
#   id: scheduler-profiling
#   severity: low
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.4.1"]
#   remediation: >-
#     Add `--profiling=false` to the component's command in its static pod manifest
#     (`/etc/kubernetes/manifests/*.yaml`); with kubeadm set `profiling: "false"` under `extraArgs`
#     of the component in the ClusterConfiguration.
package kubeward.rules.cis.scheduler_profiling

import data.kubeward.lib.flags

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-scheduler")
	not flags.is_set(r, "profiling")
	msg := sprintf("%s does not set --profiling, which defaults to true: profiling endpoints expose program internals and are not needed in production", [flags.label(r)])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-scheduler")
	f := flags.flag(r, "profiling")
	not flags.is_false(f.value)
	msg := sprintf("%s sets --profiling=%s: profiling endpoints expose program internals and are not needed in production", [flags.label(r), f.value])
}

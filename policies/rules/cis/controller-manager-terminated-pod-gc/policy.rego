# METADATA
# title: Controller manager uses the default terminated-pod garbage-collection threshold
# description: >-
#   --terminated-pod-gc-threshold is the number of terminated pods kept before the garbage collector
#   deletes them; the default, 12500, can let terminated pods pile up and degrade the API server and
#   etcd.
# custom:
#   id: controller-manager-terminated-pod-gc
#   severity: info
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.3.1"]
#   remediation: >-
#     Set `--terminated-pod-gc-threshold` to a value suited to the cluster (for example 10 for small
#     clusters, a few hundred for large ones).
package kubeward.rules.cis.controller_manager_terminated_pod_gc

import data.kubeward.lib.flags

_required := ["terminated-pod-gc-threshold"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-controller-manager")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: the default keeps up to 12500 terminated pods before collecting them", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-controller-manager")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: the default keeps up to 12500 terminated pods before collecting them", [flags.label(r), name])
}

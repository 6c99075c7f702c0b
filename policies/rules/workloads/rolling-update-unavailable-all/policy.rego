# METADATA
# title: Rolling update may take every pod down
# description: >-
#   A rolling update whose maxUnavailable covers every replica (100%, or a number at least the
#   replica count) is allowed to stop all old pods before any new one is ready: each rollout is an
#   outage, and a bad release takes the whole service down at once.
# custom:
#   id: rolling-update-unavailable-all
#   severity: medium
#   category: workloads
#   kinds: [Deployment, DaemonSet]
#   controls: []
#   remediation: >-
#     Lower spec.strategy.rollingUpdate.maxUnavailable (updateStrategy.rollingUpdate for a
#     DaemonSet) to a value that keeps most pods serving, for example 25% or 1, and use maxSurge for
#     speed.
package kubeward.rules.workloads.rolling_update_unavailable_all

import data.kubeward.lib.k8s
import data.kubeward.lib.workloads

_strategy_field := "strategy" if k8s.kind == "Deployment"

_strategy_field := "updateStrategy" if k8s.kind == "DaemonSet"

violation contains {"msg": msg, "details": {"path": path}} if {
	strategy := object.get(k8s.resource.spec, _strategy_field, {})
	object.get(strategy, "type", "RollingUpdate") == "RollingUpdate"
	mu := strategy.rollingUpdate.maxUnavailable
	_all(mu)
	path := sprintf("spec.%s.rollingUpdate.maxUnavailable", [_strategy_field])
	msg := sprintf("%s %q allows maxUnavailable %v during a rolling update: every pod may be down at once", [k8s.kind, k8s.resource.metadata.name, mu])
}

_all(mu) if mu == "100%"

_all(mu) if {
	k8s.kind == "Deployment"
	is_number(mu)
	n := workloads.replicas(k8s.resource)
	n > 1
	mu >= n
}

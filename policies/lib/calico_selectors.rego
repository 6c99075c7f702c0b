# The Calico selectors kubeward's engine parsed before evaluation (kubeward.selectors.calico in data:
# selector text → {"dnf": …} or {"error": …}; src/engine/calico-selector.ts). Engines without that
# step — OPA, conftest, Gatekeeper — have none: there every selector but all() is "not evaluated",
# and the Gatekeeper target ships this package as `precomputed := {}`.
package kubeward.lib.calico_selectors

default precomputed := {}

precomputed := data.kubeward.selectors.calico

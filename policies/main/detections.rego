# Composition of the audit-log detections (policies/detections/<category>/<id>/), the second rule
# family: the input is one audit.k8s.io/v1 Event, not an admission review. As for rules, there is
# no list to keep here; the engine says which detections run, with which parameters:
#
#   data.kubeward.config.detections[<detection-id>] = {
#     "package": ["access", "pod_exec"],   # path under data.kubeward.detections
#     "parameters": {...}                 # the bundle's values over the schema's defaults
#   }
#
# A detection reads its parameters from that entry (kubeward.lib.audit.parameter), not from
# input.parameters: `with input.parameters as ...` per detection made OPA re-evaluate everything
# derived from the event for every detection — measured 2.3 ms per event for 29 detections
# through the wasm, against 0.13 ms without. Audit logs run to millions of events.
#
# `alerts` are complete per event. `signals` are per-event facts a stateful detection aggregates
# in the host (e.g. a burst of 401/403 answers per user within a sliding window): WebAssembly
# evaluations share no state, so counting over time belongs to the caller.
package kubeward.audit

# METADATA
# description: One alert per match of every configured detection, tagged with the detection id.
# entrypoint: true
alerts contains a if {
	some id, conf in data.kubeward.config.detections
	some v in data.kubeward.detections[conf.package[0]][conf.package[1]].alert
	a := object.union(v, {"rule": id})
}

# METADATA
# description: Per-event facts for stateful detections, tagged with the detection id.
# entrypoint: true
signals contains s if {
	some id, conf in data.kubeward.config.detections
	some v in data.kubeward.detections[conf.package[0]][conf.package[1]].signal
	s := object.union(v, {"rule": id})
}

# METADATA
# title: Kubelet limits event creation to a very low rate
# description: >-
#   eventRecordQPS caps how many Events per second the kubelet creates (0 means no limit; the
#   default is 50). Set too low, the kubelet silently drops events such as failed mounts, image
#   pulls and evictions that investigators rely on.
# custom:
#   id: kubelet-event-record-qps
#   severity: info
#   category: cis
#   kinds: [KubeletConfiguration]
#   controls: ["CIS:4.2.8"]
#   remediation: >-
#     Remove `eventRecordQPS` (default 50), set it to 0 (no limit), or to a value at least as high
#     as the `minimum` parameter.
#   parameters:
#     type: object
#     properties:
#       minimum:
#         type: integer
#         minimum: 1
#         default: 5
#         description: The lowest acceptable positive eventRecordQPS (0, no limit, is always accepted).
#     additionalProperties: false
package kubeward.rules.cis.kubelet_event_record_qps

import data.kubeward.lib.k8s

_minimum := object.get(input.parameters, "minimum", 5)

violation contains {"msg": msg, "details": {"path": "eventRecordQPS"}} if {
	qps := k8s.resource.eventRecordQPS
	is_number(qps)
	qps != 0
	qps < _minimum
	msg := sprintf("kubelet sets eventRecordQPS: %v, below %v events per second: events beyond the limit are dropped, so security-relevant events may never be recorded", [qps, _minimum])
}

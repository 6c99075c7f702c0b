# The Kubernetes admission decision, for OPA serving the kubeward bundle as a validating webhook
# (`kubeward build --target opa`). OPA's default decision is data.system.main: it receives the
# AdmissionReview the API server posts and must answer one.
#
# The findings come from kubeward.main (the same entrypoint the wasm build and kubeward itself
# evaluate), with the request as Gatekeeper's `input.review`. What blocks is data, set at build time:
#
#   data.kubeward.config.rules[<id>].severity          # from the rule's METADATA (or the bundle)
#   data.kubeward.config.admission.fail_on             # critical|high|medium|low|info|none
#
# Findings at or above fail_on deny the request (status.message lists them); the others become
# warnings, which kubectl prints. A DELETE creates nothing and is always allowed.
package system

_ranks := {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}

_fail_on := object.get(data.kubeward.config, ["admission", "fail_on"], "low")

# "none": nothing blocks (every finding is a warning).
_blocking_rank := object.get(_ranks, _fail_on, -1)

_findings := set() if input.request.operation == "DELETE"

_findings := f if {
	input.request.operation != "DELETE"
	f := data.kubeward.main.findings with input as {"review": input.request, "parameters": {}}
}

_severity(id) := object.get(data.kubeward.config.rules, [id, "severity"], "info")

_line(f) := sprintf("[%s] %s: %s", [_severity(f.rule), f.rule, f.msg])

# Most severe first, then in byte order. Sets, so two findings of one rule with the same message
# (at different paths) print once.
_blocking := [line | some pair in sort(_blocking_pairs); line := pair[1]]

_blocking_pairs contains [_ranks[_severity(f.rule)], _line(f)] if {
	some f in _findings
	_ranks[_severity(f.rule)] <= _blocking_rank
}

_warnings := [line | some pair in sort(_warning_pairs); line := pair[1]]

_warning_pairs contains [_ranks[_severity(f.rule)], _line(f)] if {
	some f in _findings
	_ranks[_severity(f.rule)] > _blocking_rank
}

_response := {"uid": input.request.uid, "allowed": true} if count(_blocking) == 0

_response := {
	"uid": input.request.uid,
	"allowed": false,
	"status": {
		"code": 403,
		"reason": "Forbidden",
		"message": sprintf("kubeward denied the request (%d finding(s)): %s", [count(_blocking), concat("; ", _blocking)]),
	},
} if count(_blocking) > 0

default main := {
	"apiVersion": "admission.k8s.io/v1",
	"kind": "AdmissionReview",
	"response": {
		"allowed": false,
		"status": {"code": 400, "reason": "BadRequest", "message": "kubeward expects an admission.k8s.io/v1 AdmissionReview with a request"},
	},
}

main := {
	"apiVersion": "admission.k8s.io/v1",
	"kind": "AdmissionReview",
	"response": object.union(_response, _with_warnings),
} if input.request

_with_warnings := {"warnings": _warnings} if count(_warnings) > 0

else := {}

# METADATA
# title: Random-looking values in environment variables and ConfigMaps
# description: >-
#   Catches credentials that match no published token format: a single token of base64/hex-like
#   characters (A-Z a-z 0-9 + / = _ -), mixing letters and digits, at least minLength characters
#   long, whose Shannon entropy (bits per character, computed over its characters) reaches the
#   threshold. Applied to container env[].value and ConfigMap data values; values that the
#   format and credential-name checks (env-hardcoded-secret, configmap-hardcoded-secret) already
#   report are skipped. Findings never print the value, only its length.
# custom:
#   id: high-entropy-value
#   severity: medium
#   category: secrets
#   kinds: [ConfigMap, Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["NSA:secrets", "MITRE:T1552.001"]
#   parameters:
#     type: object
#     additionalProperties: false
#     properties:
#       threshold:
#         description: Minimum Shannon entropy in bits per character.
#         type: number
#         minimum: 0
#         default: 4
#       minLength:
#         description: Minimum length of a value to judge (shorter strings cannot reach a high entropy).
#         type: integer
#         minimum: 8
#         default: 20
#   remediation: >-
#     If the value is a credential, revoke and rotate it and keep it in a Secret mounted as a file;
#     if it is not, exclude this rule for the object or raise the threshold in your bundle.
package kubeward.rules.secrets.high_entropy_value

import data.kubeward.lib.k8s
import data.kubeward.lib.secrets

_threshold := object.get(input, ["parameters", "threshold"], 4)

_min_length := object.get(input, ["parameters", "minLength"], 20)

violation contains {"msg": msg, "details": {"path": path}} if {
	some c in k8s.containers
	some i, e in c.container.env
	_random(e.name, e.value)
	path := sprintf("%s.env[%d].value", [c.path, i])
	msg := sprintf("%s env %q holds a random-looking value that may be a credential (value %s)", [k8s.container_label(c), e.name, secrets.redact(e.value)])
}

violation contains {"msg": msg, "details": {"path": path}} if {
	k8s.kind == "ConfigMap"
	some key, value in k8s.resource.data
	_random(key, value)
	path := k8s.join_path("data", key)
	msg := sprintf("ConfigMap %q key %q holds a random-looking value that may be a credential (value %s)", [k8s.resource.metadata.name, key, secrets.redact(value)])
}

_random(name, value) if {
	is_string(value)
	n := count(value)
	n >= _min_length
	n <= 256
	regex.match(`^[A-Za-z0-9+=_][A-Za-z0-9+/=_-]*$`, value)
	regex.match(`[0-9]`, value)
	regex.match(`[A-Za-z]`, value)
	not secrets.classify(name, value)
	secrets.entropy(value) >= _threshold
}

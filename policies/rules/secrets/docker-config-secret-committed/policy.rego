# METADATA
# title: Registry credentials committed in manifests
# description: >-
#   A kubernetes.io/dockerconfigjson (or legacy kubernetes.io/dockercfg) Secret with its
#   .dockerconfigjson value filled in commits registry credentials: a base64 JSON document whose
#   `auth` fields are base64 user:password pairs, readable by anyone with the repository. They
#   often grant push rights, i.e. the power to replace the images the cluster runs.
# custom:
#   id: docker-config-secret-committed
#   severity: high
#   category: secrets
#   kinds: [Secret]
#   controls: ["CIS:5.4.2", "NSA:secrets", "MITRE:T1552.001"]
#   remediation: >-
#     Rotate the registry credential; create the pull Secret at deploy time from an external
#     secret store, or use the node's or workload identity's registry access (IRSA, Workload
#     Identity, credential providers) instead of a static pull Secret.
package kubeward.rules.secrets.docker_config_secret_committed

import data.kubeward.lib.k8s
import data.kubeward.lib.secrets

_keys := {"kubernetes.io/dockerconfigjson": ".dockerconfigjson", "kubernetes.io/dockercfg": ".dockercfg"}

violation contains {"msg": msg, "details": {"path": path}} if {
	key := _keys[k8s.resource.type]
	some field in ["data", "stringData"]
	value := k8s.resource[field][key]
	is_string(value)
	not secrets.placeholder(value)
	path := k8s.join_path(field, key)
	msg := sprintf("Secret %q commits registry credentials in %s (value %s)", [k8s.resource.metadata.name, path, secrets.redact(value)])
}

# METADATA
# title: Vault Agent secrets readable by every container of the pod
# description: >-
#   With vault.hashicorp.com/agent-inject "true", the Vault Agent injector renders every
#   agent-inject-secret-<name> (through its agent-inject-template-<name>, often an env file the
#   application sources) into a shared in-memory volume, /vault/secrets unless secret-volume-path
#   says otherwise, and mounts that volume into every container of the pod unless
#   vault.hashicorp.com/agent-inject-containers lists the containers that may have it. In a pod
#   with several containers (sidecars, log shippers, proxies) each of them can then read every
#   rendered secret. Reported: injection into a pod of two or more containers without
#   agent-inject-containers, and an agent-inject-perms-<name> whose mode lets any user read the
#   file (the "other" read bit), so containers running as different users read it too.
# custom:
#   id: vault-secrets-shared-with-containers
#   severity: medium
#   category: secrets
#   kinds: [Pod, PodTemplate, Deployment, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, Job, CronJob]
#   controls: ["MITRE:T1552.001"]
#   remediation: >-
#     Name the containers that consume the secrets in vault.hashicorp.com/agent-inject-containers
#     and set vault.hashicorp.com/agent-inject-perms-<name> to an owner-only mode such as "0400".
package kubeward.rules.secrets.vault_secrets_shared_with_containers

import data.kubeward.lib.k8s
import data.kubeward.lib.secret_sources

_annotations := secret_sources.vault_annotations

_annotation_path(key) := k8s.join_path(k8s.join_path(k8s.pod_metadata_path, "annotations"), key)

_volume_path := p if {
	p := _annotations["vault.hashicorp.com/secret-volume-path"]
	is_string(p)
	p != ""
} else := "/vault/secrets"

_names := sort([n | some n in secret_sources.vault_secrets])

_quoted(xs) := concat(", ", [sprintf("%q", [x]) | some x in xs])

# The injector mounts the volume into the pod's (regular) containers; the agent's own containers
# are added by the injector and are not in the manifest.
_containers := [c.name | some c in k8s.pod_spec.containers]

violation contains {"msg": msg, "details": {"path": _annotation_path("vault.hashicorp.com/agent-inject")}} if {
	count(_names) > 0
	count(_containers) > 1
	not _has_containers_annotation
	msg := sprintf("Vault Agent renders secret(s) %s into %s, which the injector mounts into all %d containers (%s): list the consumers in vault.hashicorp.com/agent-inject-containers", [_quoted(_names), _volume_path, count(_containers), _quoted(_containers)])
}

violation contains {"msg": msg, "details": {"path": _annotation_path(key)}} if {
	some name in _names
	key := sprintf("vault.hashicorp.com/agent-inject-perms-%s", [name])
	mode := _annotations[key]
	is_string(mode)
	_world_readable(mode)
	msg := sprintf("Vault Agent renders secret %q with mode %s, readable by any user in every container that mounts %s", [name, mode, _volume_path])
}

_has_containers_annotation if _ = _annotations["vault.hashicorp.com/agent-inject-containers"]

# An octal mode ("0644", "644", "0o644") whose last digit has the read bit (4) set.
_world_readable(mode) if {
	regex.match(`^(0o?)?[0-7]{3,4}$`, mode)
	last := to_number(substring(mode, count(mode) - 1, 1))
	last in {4, 5, 6, 7}
}

package kubeward.rules.secrets.vault_secrets_shared_with_containers_test

import data.kubeward.rules.secrets.vault_secrets_shared_with_containers as rule
import data.kubeward.test.fixtures as fx

_two := {"containers": [fx.container("web", {}), fx.container("log-shipper", {})]}

_inject := {
	"vault.hashicorp.com/agent-inject": "true",
	"vault.hashicorp.com/role": "web",
	"vault.hashicorp.com/agent-inject-secret-db.env": "database/creds/web",
	"vault.hashicorp.com/agent-inject-template-db.env": `{{ with secret "database/creds/web" }}export DB_PASSWORD={{ .Data.password }}{{ end }}`,
	"vault.hashicorp.com/agent-inject-secret-api": "secret/data/web/api",
}

test_shared_with_all_containers_denied if {
	v := rule.violation with input as fx.review(fx.workload("Deployment", _inject, _two))
	v == {fx.finding(`Vault Agent renders secret(s) "api", "db.env" into /vault/secrets, which the injector mounts into all 2 containers ("web", "log-shipper"): list the consumers in vault.hashicorp.com/agent-inject-containers`, `spec.template.metadata.annotations["vault.hashicorp.com/agent-inject"]`)}
}

test_consumers_listed_and_owner_only_allowed if {
	annotations := object.union(_inject, {
		"vault.hashicorp.com/agent-inject-containers": "web",
		"vault.hashicorp.com/agent-inject-perms-db.env": "0400",
	})
	v := rule.violation with input as fx.review(fx.workload("Deployment", annotations, _two))
	v == set()
}

test_world_readable_perms_denied if {
	annotations := object.union(_inject, {
		"vault.hashicorp.com/agent-inject-containers": "web",
		"vault.hashicorp.com/secret-volume-path": "/etc/secrets",
		"vault.hashicorp.com/agent-inject-perms-db.env": "0644",
		"vault.hashicorp.com/agent-inject-perms-api": "0640",
	})
	v := rule.violation with input as fx.review(fx.workload("Pod", annotations, {"containers": [fx.container("web", {})]}))
	v == {fx.finding(`Vault Agent renders secret "db.env" with mode 0644, readable by any user in every container that mounts /etc/secrets`, `metadata.annotations["vault.hashicorp.com/agent-inject-perms-db.env"]`)}
}

test_not_injected_or_single_container_allowed if {
	off := object.union(_inject, {"vault.hashicorp.com/agent-inject": "false"})
	v1 := rule.violation with input as fx.review(fx.workload("Deployment", off, _two))
	v1 == set()
	v2 := rule.violation with input as fx.review(fx.workload("Deployment", _inject, {"containers": [fx.container("web", {})]}))
	v2 == set()
}

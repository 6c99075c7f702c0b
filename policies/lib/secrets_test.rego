package kubeward.lib.secrets_test

import data.kubeward.lib.secrets

test_redact_prints_only_the_length if {
	secrets.redact("hunter22") == "[REDACTED, 8 chars]"
}

test_token_kinds if {
	secrets.token_kind("-----BEGIN RSA PRIVATE KEY-----\nMIIE") == "a private key (PEM block)"
	secrets.token_kind("-----BEGIN OPENSSH PRIVATE KEY-----") == "a private key (PEM block)"
	secrets.token_kind("AKIAIOSFODNN7EXAMPLE") == "an AWS access key id"
	secrets.token_kind("key=ASIAY34FZKBOKMUTVV7A;") == "an AWS access key id"
	secrets.token_kind(concat("", ["ghp_", "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"])) == "a GitHub token"
	secrets.token_kind(concat("", ["github_pat_", "11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWX"])) == "a GitHub token"
	secrets.token_kind(concat("", ["xoxb-", "1234567890-abcdefghij"])) == "a Slack token"
	secrets.token_kind(concat("", ["AIza", "SyA1234567890abcdefghijklmnopqrstuv"])) == "a Google API key"
	secrets.token_kind(concat("", ["sk_live_", "4eC39HqLyjWDarjtT1zdp7dc"])) == "a Stripe live secret key"
	secrets.token_kind("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U") == "a JSON Web Token"
	secrets.token_kind("postgresql://admin:s3cr3t@db:5432/app") == "a URL with an embedded password"
}

test_not_tokens if {
	not secrets.token_kind("AKIAIOSFODNN7EXAMPLEX")
	not secrets.token_kind("https://$(USER):$(PASS)@db:5432/app")
	not secrets.token_kind("https://user@example.com/path")
	not secrets.token_kind("nginx:1.27")
}

test_literal_secret if {
	secrets.literal_secret("DB_PASSWORD", "hunter22")
	secrets.literal_secret("adminPassword", "admin")
	secrets.literal_secret("api-key", "abc123")
	not secrets.literal_secret("TOKEN_FILE", "/var/run/token")
	not secrets.literal_secret("GOOGLE_APPLICATION_CREDENTIALS", "/var/secrets/key.json")
	not secrets.literal_secret("MYSQL_ALLOW_EMPTY_PASSWORD", "1")
	not secrets.literal_secret("HF_TOKEN", "HF_TOKEN")
	not secrets.literal_secret("HF_TOKEN", "<your-token>")
	not secrets.literal_secret("ETCD_TOKEN", "INSERT_ETCD_TOKEN")
	not secrets.literal_secret("DB_PASSWORD", "$(DB_PASSWORD)")
	not secrets.literal_secret("DB_PASSWORD", "${DB_PASSWORD}")
	not secrets.literal_secret("DB_PASSWORD", "{{ .Values.password }}")
	not secrets.literal_secret("DB_PASSWORD", "******")
	not secrets.literal_secret("DB_PASSWORD", "")
	not secrets.literal_secret("DB_PASSWORD", "ab")
	not secrets.literal_secret("MAX_TOTAL_TOKENS", "2048")
}

test_classify_prefers_the_token_format if {
	secrets.classify("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE") == "an AWS access key id"
	secrets.classify("DB_PASSWORD", "hunter22") == "a literal value for a credential-named key"
	not secrets.classify("LOG_LEVEL", "debug")
}

test_entropy if {
	secrets.entropy("aaaa") == 0
	secrets.entropy("abcd") == 2
	secrets.entropy("aabb") == 1
	not secrets.entropy("")
}

test_log2 if {
	secrets.log2(1) == 0
	secrets.log2(1024) == 10
	abs(secrets.log2(3) - 1.584962500721156) < 0.000000001
	abs(secrets.log2(100) - 6.643856189774724) < 0.000000001
}

test_namespace_of_the_reviewed_object if {
	secrets.namespace == "prod" with input as {"review": {"object": {"metadata": {"name": "x", "namespace": "prod"}}}}
	secrets.namespace == "default" with input as {"review": {"object": {"metadata": {"name": "x"}}}}
	secrets.namespace == "default" with input as {"review": {"object": {"metadata": {"name": "x", "namespace": ""}}}}
}

test_kube_root_ca_always_exists if {
	secrets.exists("ConfigMap", "kube-root-ca.crt") with input as {"review": {"object": {"metadata": {"name": "x"}}}} with data.inventory as {}
	not secrets.exists("ConfigMap", "other") with input as {"review": {"object": {"metadata": {"name": "x"}}}} with data.inventory as {}
}

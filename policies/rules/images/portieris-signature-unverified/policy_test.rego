package kubeward.rules.images.portieris_signature_unverified_test

import data.kubeward.rules.images.portieris_signature_unverified as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.portieris_fixtures as pfx

test_requirements_reported_without_signature_data if {
	v := rule.violation with input as pfx.pod("payments", ["icr.io/payments/ledger:3", "icr.io/payments/tools/migrate:1", "quay.io/prometheus/statsd-exporter:v0.26.1"]) with data.inventory as pfx.inventory
	v == {
		fx.finding(`container "c0" uses image "icr.io/payments/ledger:3", which requires signature verification by payments-ci (pattern "icr.io/payments/*" of ImagePolicy payments/signed); no --signatures data was given`, "spec.containers[0].image"),
		fx.finding(`container "c1" uses image "icr.io/payments/tools/migrate:1", which requires signature verification by tools-key (pattern "icr.io/payments/tools/*" of ImagePolicy payments/signed); no --signatures data was given`, "spec.containers[1].image"),
	}
}

test_cluster_trust_without_signers if {
	v := rule.violation with input as pfx.pod("shop", ["icr.io/team/a:1", "nginx:1.27"]) with data.inventory as pfx.inventory
	v == {fx.finding(`container "c0" uses image "icr.io/team/a:1", which requires signature verification (pattern "icr.io/*" of ClusterImagePolicy default); no --signatures data was given`, "spec.containers[0].image")}
}

test_silent_with_signature_data if {
	v := rule.violation with input as pfx.pod("payments", ["icr.io/payments/ledger:3"]) with data.inventory as pfx.inventory with data.kubeward.external.signatures as {}
	v == set()
}

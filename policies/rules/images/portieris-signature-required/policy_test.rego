package kubeward.rules.images.portieris_signature_required_test

import data.kubeward.rules.images.portieris_signature_required as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.portieris_fixtures as pfx

_images := ["icr.io/payments/ledger:3", "icr.io/payments/tools/migrate:1", "quay.io/prometheus/statsd-exporter:v0.26.1"]

test_required_signers_checked if {
	signatures := {"icr.io/payments/tools/migrate:1": [{"keyid": "someone-else"}]}
	v := rule.violation with input as pfx.pod("payments", _images) with data.inventory as pfx.inventory with data.kubeward.external.signatures as signatures
	v == {
		fx.finding(`container "c0" uses image "icr.io/payments/ledger:3", which is not signed by the required key(s) payments-ci (pattern "icr.io/payments/*" of ImagePolicy payments/signed)`, "spec.containers[0].image"),
		fx.finding(`container "c1" uses image "icr.io/payments/tools/migrate:1", which is not signed by the required key(s) tools-key (pattern "icr.io/payments/tools/*" of ImagePolicy payments/signed)`, "spec.containers[1].image"),
	}
}

test_signed_images_allowed if {
	signatures := {
		"icr.io/payments/ledger:3": [{"keyid": "payments-ci"}],
		"icr.io/payments/tools/migrate:1": [{"keyid": "tools-key"}],
	}
	v := rule.violation with input as pfx.pod("payments", _images) with data.inventory as pfx.inventory with data.kubeward.external.signatures as signatures
	v == set()
}

# The cluster policy's trust entry names no signer: any verified signature will do.
test_any_signature_for_cluster_trust if {
	signatures := {"icr.io/team/b:1": [{"keyid": "k"}]}
	v := rule.violation with input as pfx.pod("shop", ["icr.io/team/a:1", "icr.io/team/b:1", "icr.io/ibm/tool:1"]) with data.inventory as pfx.inventory with data.kubeward.external.signatures as signatures
	v == {fx.finding(`container "c0" uses image "icr.io/team/a:1", which has no verified signature (required by the pattern "icr.io/*" of ClusterImagePolicy default)`, "spec.containers[0].image")}
}

test_silent_without_signature_data_or_portieris if {
	v1 := rule.violation with input as pfx.pod("payments", _images) with data.inventory as pfx.inventory
	v1 == set()
	v2 := rule.violation with input as pfx.pod("payments", _images) with data.inventory as {"namespace": {}, "cluster": {}} with data.kubeward.external.signatures as {}
	v2 == set()
}

package kubeward.rules.secrets.pod_automount_service_account_token_test

import data.kubeward.rules.secrets.pod_automount_service_account_token as rule
import data.kubeward.test.fixtures as fx
import data.kubeward.test.secrets_fixtures as sfx

_sa(name, automount) := {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": name, "namespace": "default"}, "automountServiceAccountToken": automount}

_c := [fx.container("web", {})]

_opted_in := fx.pod({"serviceAccountName": "web", "automountServiceAccountToken": true, "containers": _c})

test_explicit_true_allowed_by_default if {
	v := rule.violation with input as _opted_in with data.inventory as sfx.inventory([_sa("web", false)])
	v == set()
}

test_explicit_true_denied_when_opt_in_is_not_allowed if {
	v := rule.violation with input as object.union(_opted_in, {"parameters": {"allowExplicitOptIn": false}}) with data.inventory as sfx.inventory([_sa("web", false)])
	v == {fx.finding(`pod mounts the API token of ServiceAccount "web" (automountServiceAccountToken: true)`, "spec.automountServiceAccountToken")}
}

test_unset_denied_for_every_kind if {
	every kind, prefix in fx.spec_path {
		v := rule.violation with input as fx.of_kind(kind, {"containers": _c}) with data.inventory as sfx.inventory([_sa("default", true)])
		v == {fx.finding(`pod mounts the API token of ServiceAccount "default" (automountServiceAccountToken is not false on the pod or the ServiceAccount)`, prefix)}
	}
}

test_legacy_service_account_field if {
	v := rule.violation with input as fx.pod({"serviceAccount": "legacy", "automountServiceAccountToken": null, "containers": _c}) with data.inventory as sfx.inventory([])
	v == {fx.finding(`pod mounts the API token of ServiceAccount "legacy" (automountServiceAccountToken is not false on the pod or the ServiceAccount)`, "spec")}
}

test_opt_out_allowed if {
	v1 := rule.violation with input as fx.pod({"automountServiceAccountToken": false, "containers": _c}) with data.inventory as sfx.inventory([])
	v1 == set()
	v2 := rule.violation with input as fx.pod({"serviceAccountName": "web", "containers": _c}) with data.inventory as sfx.inventory([_sa("web", false)])
	v2 == set()
}

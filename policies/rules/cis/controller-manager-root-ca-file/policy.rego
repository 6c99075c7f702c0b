# METADATA
# title: Controller manager does not publish the cluster root CA to pods
# description: >-
#   --root-ca-file is the CA bundle the kube-controller-manager publishes to every namespace (kube-
#   root-ca.crt) and into service account credentials, so pods can verify the API server.
# custom:
#   id: controller-manager-root-ca-file
#   severity: medium
#   category: cis
#   kinds: [Pod]
#   controls: ["CIS:1.3.5", "NSA:network-separation"]
#   remediation: >-
#     Set `--root-ca-file` to the cluster CA (kubeadm: `/etc/kubernetes/pki/ca.crt`).
package kubeward.rules.cis.controller_manager_root_ca_file

import data.kubeward.lib.flags

_required := ["root-ca-file"]

violation contains {"msg": msg, "details": {"path": flags.missing_path(r)}} if {
	some r in flags.containers_of("kube-controller-manager")
	some name in _required
	not flags.is_set(r, name)
	msg := sprintf("%s does not set --%s: pods then cannot verify the API server's serving certificate", [flags.label(r), name])
}

violation contains {"msg": msg, "details": {"path": f.path}} if {
	some r in flags.containers_of("kube-controller-manager")
	some name in _required
	f := flags.flag(r, name)
	trim_space(f.value) == ""
	msg := sprintf("%s sets --%s to an empty value: pods then cannot verify the API server's serving certificate", [flags.label(r), name])
}

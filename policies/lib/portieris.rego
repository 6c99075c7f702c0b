# IBM Portieris image policies (securityenforcement.admission.cloud.ibm.com/v1beta1) as
# kubeward's trusted-registry and signature policy. Portieris' semantics: the ImagePolicies of
# the pod's namespace are used exclusively when it has any, else every ClusterImagePolicy; each
# spec.repositories[] entry names a repository pattern (`*` matches any run of characters) and
# its policy; the most specific matching pattern decides (images.specificity); an image no
# pattern matches is denied. Objects come from the scanned objects and from
# `kubeward scan --image-policy FILE`, which adds them to the inventory only.
package kubeward.lib.portieris

import data.kubeward.lib.images

versions := ["securityenforcement.admission.cloud.ibm.com/v1beta1"]

_namespace_policies(ns) := [p |
	some gv in versions
	some p in data.inventory.namespace[ns][gv].ImagePolicy
]

_cluster_policies := [p |
	some gv in versions
	some p in data.inventory.cluster[gv].ClusterImagePolicy
]

# Whether any Portieris policy was scanned: then Portieris, not the rule parameters, decides.
active if count(_cluster_policies) > 0

active if {
	some gv in versions
	some ns
	count(data.inventory.namespace[ns][gv].ImagePolicy) > 0
}

# The policies that apply in namespace ns, with how a finding should name them.
applicable(ns) := [{"policy": p, "label": sprintf("ImagePolicy %s/%s", [ns, p.metadata.name])} | some p in _namespace_policies(ns)] if {
	count(_namespace_policies(ns)) > 0
} else := [{"policy": p, "label": sprintf("ClusterImagePolicy %s", [p.metadata.name])} | some p in _cluster_policies]

# Every repository entry that applies in ns: its normalised pattern, the pattern as written, its
# policy object and the policy it came from.
entries(ns) := [{"pattern": images.normalize_pattern(r.name), "written": r.name, "policy": object.get(r, "policy", {}), "from": a.label} |
	some a in applicable(ns)
	some r in a.policy.spec.repositories
	is_string(r.name)
	r.name != ""
]

# The entries that decide for a repository: those with the most specific matching pattern.
deciding(ns, repository) := [e |
	some e in _matches(ns, repository)
	images.specificity(e.pattern) == max({images.specificity(m.pattern) | some m in _matches(ns, repository)})
]

_matches(ns, repository) := [e | some e in entries(ns); images.glob_match(e.pattern, repository)]

# A simple policy of type "reject" denies the repository outright.
rejects(entry) if {
	some req in entry.policy.simple.requirements
	req.type == "reject"
}

# Whether an entry requires a signature: trust (Notary / Docker Content Trust) enabled, or a
# simple (Red Hat signing) "signedBy" requirement.
requires_signature(entry) if entry.policy.trust.enabled == true

requires_signature(entry) if {
	some req in entry.policy.simple.requirements
	req.type == "signedBy"
}

# The key ids that must have signed: trust.signerSecrets[].name and each signedBy keySecret; kubeward
# matches them against the keyid of the attestations given with --signatures. Empty means any
# one signature will do.
required_keys(entry) := {k | some s in entry.policy.trust.signerSecrets; k := s.name; is_string(k)} | {k |
	some req in entry.policy.simple.requirements
	req.type == "signedBy"
	k := req.keySecret
	is_string(k)
}

# Where the reviewed object lands: its own namespace, else the admission request's, else "default".
namespace := ns if {
	ns := input.review.object.metadata.namespace
	is_string(ns)
	ns != ""
} else := ns if {
	ns := input.review.namespace
	is_string(ns)
	ns != ""
} else := "default"

# The signature requirement for an image in the reviewed namespace: the deciding entries that
# require a signature, the key ids they require and how to name them. Undefined when none does.
signature_requirement(image) := {"keys": keys, "pattern": sort([e.written | some e in requiring])[0], "from": sort([e.from | some e in requiring])[0]} if {
	requiring := [e | some e in deciding(namespace, images.parse(image).repository); requires_signature(e)]
	count(requiring) > 0
	keys := {k | some e in requiring; some k in required_keys(e)}
}

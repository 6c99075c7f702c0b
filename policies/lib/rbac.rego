# RBAC resolution shared by the `rbac` rules (and reusable by audit-log detections): which
# permissions a Role or ClusterRole grants (its own rules plus, for an aggregated ClusterRole,
# those of the ClusterRoles its clusterRoleSelectors pick from data.inventory), how a
# RoleBinding/ClusterRoleBinding resolves its roleRef, and who a binding grants what, with the
# path of grants (binding → role → rules[i]). Matching follows the API server's RBAC authorizer
# (k8s.io/kubernetes/pkg/apis/rbac/v1/evaluation_helpers.go): `*` matches any verb, resource or
# API group, `*/sub` any resource's subresource `sub`. A rule limited by resourceNames grants
# only on the named objects and is not counted as a general grant.
package kubeward.lib.rbac

import data.kubeward.lib.k8s
import data.kubeward.lib.selectors

# What the checks ask about: each capability lists the (apiGroups, resources, verbs) that give it;
# a rule grants the capability when it matches one verb, one resource and one group of an entry.
capabilities := {
	"all-access": {"noun": "do anything (every verb on every resource in every API group)", "entries": [{"groups": ["*"], "resources": ["*"], "verbs": ["*"]}]},
	"secrets-read": {"noun": "read secrets", "entries": [{"groups": [""], "resources": ["secrets"], "verbs": ["get", "list", "watch"]}]},
	"pods-create": {"noun": "create pods", "entries": [
		{"groups": [""], "resources": ["pods", "replicationcontrollers", "podtemplates"], "verbs": ["create"]},
		{"groups": ["apps"], "resources": ["deployments", "replicasets", "statefulsets", "daemonsets"], "verbs": ["create"]},
		{"groups": ["batch"], "resources": ["jobs", "cronjobs"], "verbs": ["create"]},
	]},
	"pods-exec": {"noun": "exec into or attach to pods", "entries": [{"groups": [""], "resources": ["pods/exec", "pods/attach"], "verbs": ["create", "get"]}]},
	"pods-portforward": {"noun": "port-forward to pods", "entries": [{"groups": [""], "resources": ["pods/portforward"], "verbs": ["create", "get"]}]},
	"impersonate": {"noun": "impersonate other identities", "entries": [
		{"groups": [""], "resources": ["users", "groups", "serviceaccounts"], "verbs": ["impersonate"]},
		{"groups": ["authentication.k8s.io"], "resources": ["userextras/*", "uids"], "verbs": ["impersonate"]},
	]},
	"bind-escalate": {"noun": "escalate privileges through RBAC (bind or escalate roles)", "entries": [{"groups": ["rbac.authorization.k8s.io"], "resources": ["roles", "clusterroles"], "verbs": ["bind", "escalate"]}]},
	"nodes-proxy": {"noun": "reach the kubelet API through nodes/proxy", "entries": [{"groups": [""], "resources": ["nodes/proxy"], "verbs": ["get", "create", "update", "patch", "delete", "list", "watch"]}]},
	"webhook-write": {"noun": "write admission webhook configurations", "entries": [{"groups": ["admissionregistration.k8s.io"], "resources": ["validatingwebhookconfigurations", "mutatingwebhookconfigurations"], "verbs": ["create", "update", "patch", "delete", "deletecollection"]}]},
	"csr-approve": {"noun": "approve certificate signing requests", "entries": [{"groups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests/approval"], "verbs": ["update", "patch"]}]},
	"token-create": {"noun": "create service account tokens", "entries": [{"groups": [""], "resources": ["serviceaccounts/token"], "verbs": ["create"]}]},
	"pv-create": {"noun": "create PersistentVolumes", "entries": [{"groups": [""], "resources": ["persistentvolumes"], "verbs": ["create"]}]},
	"services-status": {"noun": "write services/status", "entries": [{"groups": [""], "resources": ["services/status"], "verbs": ["update", "patch"]}]},
	"configmaps-write": {"noun": "write ConfigMaps", "entries": [{"groups": [""], "resources": ["configmaps"], "verbs": ["create", "update", "patch", "delete", "deletecollection"]}]},
	"destructive-delete": {"noun": "delete namespaces, nodes, volumes or events", "entries": [
		{"groups": [""], "resources": ["namespaces", "nodes", "persistentvolumes", "persistentvolumeclaims", "events"], "verbs": ["delete", "deletecollection"]},
		{"groups": ["events.k8s.io"], "resources": ["events"], "verbs": ["delete", "deletecollection"]},
	]},
}

# The built-in ClusterRoles every cluster has, known by name even when they are not in the scanned
# set: the rules of cluster-admin, admin, edit and view that the checks above ask about (from
# k8s.io/kubernetes/plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go; admin and edit are
# aggregated there, so these are their effective rules, abbreviated).
builtin_cluster_roles := {
	"cluster-admin": [
		{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]},
		{"nonResourceURLs": ["*"], "verbs": ["*"]},
	],
	"admin": array.concat(_edit_rules, [{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["rolebindings", "roles"], "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]}]),
	"edit": _edit_rules,
	"view": [
		{"apiGroups": [""], "resources": ["configmaps", "endpoints", "persistentvolumeclaims", "pods", "replicationcontrollers", "serviceaccounts", "services"], "verbs": ["get", "list", "watch"]},
		{"apiGroups": ["apps"], "resources": ["daemonsets", "deployments", "replicasets", "statefulsets"], "verbs": ["get", "list", "watch"]},
	],
}

_edit_rules := [
	{"apiGroups": [""], "resources": ["pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "secrets", "services/proxy"], "verbs": ["get", "list", "watch"]},
	{"apiGroups": [""], "resources": ["serviceaccounts"], "verbs": ["impersonate"]},
	{"apiGroups": [""], "resources": ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"], "verbs": ["create", "delete", "deletecollection", "patch", "update"]},
	{"apiGroups": [""], "resources": ["configmaps", "persistentvolumeclaims", "replicationcontrollers", "secrets", "serviceaccounts", "services"], "verbs": ["create", "delete", "deletecollection", "patch", "update"]},
	{"apiGroups": [""], "resources": ["serviceaccounts/token"], "verbs": ["create"]},
	{"apiGroups": ["apps"], "resources": ["daemonsets", "deployments", "replicasets", "statefulsets"], "verbs": ["create", "delete", "deletecollection", "patch", "update"]},
	{"apiGroups": ["batch"], "resources": ["cronjobs", "jobs"], "verbs": ["create", "delete", "deletecollection", "patch", "update"]},
]

# Names no scan needs to contain: the built-ins above and the API server's bootstrap `system:*`
# roles (system:node, system:kube-scheduler, …) and Roles.
builtin_role(name) if builtin_cluster_roles[name]

builtin_role(name) if startswith(name, "system:")

# The one bootstrap Role without the prefix (kube-system, read by aggregated API servers).
builtin_role("extension-apiserver-authentication-reader")

# --- rule matching -----------------------------------------------------------------------

# Called by name from many rules; a rename is a separate change. regal ignore:avoid-get-and-list-prefix
list_of(obj, key) := l if {
	l := obj[key]
	is_array(l)
} else := []

# True when rule is limited by resourceNames (it grants only on the named objects).
restricted(rule) if count(list_of(rule, "resourceNames")) > 0

_group_ok(rule, groups) if {
	some g in list_of(rule, "apiGroups")
	some want in groups
	wildcard_or(g, want)
}

# x is "*" or want. Written as two bodies, not `x in {"*", want}`: OPA 1.21 (inside conftest
# v0.71.1, and so in older Gatekeepers) answers false for a set literal holding a variable.
wildcard_or(x, _) if x == "*"

wildcard_or(x, want) if x == want

resource_matches(r, _) if r == "*"

resource_matches(r, want) if r == want

# `*/sub` matches subresource sub of any resource (pods/exec, nodes/proxy, …).
resource_matches(r, want) if {
	parts := split(want, "/")
	count(parts) == 2
	r == concat("/", ["*", parts[1]])
}

# A wanted `res/*` stands for every subresource of res (userextras/<key>).
resource_matches(r, want) if {
	endswith(want, "/*")
	startswith(r, trim_suffix(want, "*"))
}

verb_matches(v, want) if wildcard_or(v, want)

# The verbs and resources of rule that give one entry of a capability, or undefined.
_entry_match(rule, entry) := {"verbs": verbs, "resources": resources} if {
	not restricted(rule)
	_group_ok(rule, entry.groups)
	verbs := {v | some v in list_of(rule, "verbs"); some w in entry.verbs; verb_matches(v, w)}
	resources := {r | some r in list_of(rule, "resources"); some w in entry.resources; resource_matches(r, w)}
	count(verbs) > 0
	count(resources) > 0
}

# The verbs and resources (sorted, for messages) through which rule gives capability cap, or
# undefined when it does not.
rule_grants(rule, cap) := {"verbs": sort(verbs), "resources": sort(resources)} if {
	matches := [m | some e in capabilities[cap].entries; m := _entry_match(rule, e)]
	count(matches) > 0
	verbs := {v | some m in matches; some v in m.verbs}
	resources := {r | some m in matches; some r in m.resources}
}

# --- roles ---------------------------------------------------------------------------------

# Every ClusterRole of the inventory, whatever its apiVersion.
cluster_roles := {name: r | some gv, name; r := data.inventory.cluster[gv].ClusterRole[name]}

roles(ns) := {name: r | some gv, name; r := data.inventory.namespace[ns][gv].Role[name]}

# The ClusterRoles an aggregated ClusterRole's selectors pick (by label), with the index of the
# selector that picked each; never the role itself.
aggregated_from(role) := {[i, name] |
	some i, sel in list_of(object.get(role, "aggregationRule", {}), "clusterRoleSelectors")
	some name, other in cluster_roles
	name != role.metadata.name
	selectors.matches(sel, object.get(other, ["metadata", "labels"], {}))
}

# Every rule role effectively grants: {"rule", "index", "source"} where source is the role that
# holds the rule (the role itself, or an aggregated ClusterRole) and "via" the path in role that
# brings it (rules[i], or aggregationRule.clusterRoleSelectors[j] for an aggregated one).
effective_rules(role) := own | aggregated if {
	own := {{"rule": r, "index": i, "source": role.metadata.name, "via": sprintf("rules[%d]", [i])} |
		some i, r in list_of(role, "rules")
	}
	aggregated := {{"rule": r, "index": i, "source": name, "via": sprintf("aggregationRule.clusterRoleSelectors[%d]", [j])} |
		some [j, name] in aggregated_from(role)
		some i, r in list_of(cluster_roles[name], "rules")
	}
}

# The grants of capability cap in role: one per rule that gives it.
role_grants(role, cap) := {object.union(e, m) |
	some e in effective_rules(role)
	m := rule_grants(e.rule, cap)
}

# "rules[0] (get, list on secrets)", or for an aggregated rule
# `ClusterRole "x" rules[0] (get on secrets)`.
describe_rule(role_name, g) := sprintf("rules[%d] (%s on %s)", [g.index, concat(", ", g.verbs), concat(", ", g.resources)]) if {
	g.source == role_name
} else := sprintf("aggregated ClusterRole %q rules[%d] (%s on %s)", [g.source, g.index, concat(", ", g.verbs), concat(", ", g.resources)])

# --- bindings ------------------------------------------------------------------------------

# The role a binding in namespace ns refers to: {"kind", "name", "rules" (effective), "found"}.
# A RoleBinding's Role lives in the binding's namespace; ClusterRoles are cluster-wide; the
# built-in ClusterRoles are known by name.
resolve(binding, ns) := {"kind": "Role", "name": name, "role": role, "found": true} if {
	binding.kind == "RoleBinding"
	binding.roleRef.kind == "Role"
	name := binding.roleRef.name
	role := roles(ns)[name]
} else := {"kind": "ClusterRole", "name": name, "role": role, "found": true} if {
	binding.roleRef.kind == "ClusterRole"
	name := binding.roleRef.name
	role := cluster_roles[name]
} else := {"kind": "ClusterRole", "name": name, "role": {"metadata": {"name": name}, "rules": builtin_cluster_roles[name]}, "found": true} if {
	binding.roleRef.kind == "ClusterRole"
	name := binding.roleRef.name
} else := {"kind": binding.roleRef.kind, "name": binding.roleRef.name, "role": {"metadata": {"name": binding.roleRef.name}}, "found": false}

# The grants of capability cap that binding (in namespace ns) gives its subjects, each with the
# path binding → role → rule, for messages and details.
binding_grants(binding, ns, cap) := {{
	"binding": binding_label(binding, ns),
	"role": sprintf("%s %s", [r.kind, r.name]),
	"rule_index": g.index,
	"source": g.source,
	"text": sprintf("%s → %s %q → %s", [binding_label(binding, ns), r.kind, r.name, describe_rule(r.name, g)]),
} |
	r := resolve(binding, ns)
	some g in role_grants(r.role, cap)
	reported(g.rule, cap)
}

# A rule that grants everything is reported once, as all-access, not again under every
# capability it implies.
reported(_, "all-access")

reported(rule, cap) if {
	cap != "all-access"
	not rule_grants(rule, "all-access")
}

# The findings of a role-centric rule: one per rule of role (its own, or aggregated into it)
# that gives cap, at the path that brings the rule in.
role_findings(role, cap) := {{"msg": msg, "details": {"path": g.via}} |
	not bootstrap(role)
	some g in role_grants(role, cap)
	reported(g.rule, cap)
	msg := sprintf("%s %q lets its subjects %s: %s", [role.kind, role.metadata.name, capabilities[cap].noun, describe_rule(role.metadata.name, g)])
}

# Kubernetes' own bootstrap RBAC objects (cluster-admin, system:*), as a cluster dump holds them:
# not the user's choice, and reconciled by the API server on every start.
bootstrap(obj) if obj.metadata.labels["kubernetes.io/bootstrapping"] == "rbac-defaults"

binding_label(binding, ns) := sprintf("RoleBinding %s/%s", [ns, binding.metadata.name]) if {
	binding.kind == "RoleBinding"
} else := sprintf("ClusterRoleBinding %s", [binding.metadata.name])

# A subject as a human reads it; a ServiceAccount subject of a RoleBinding defaults to the
# binding's namespace.
subject_label(s, ns) := sprintf("ServiceAccount %s/%s", [subject_namespace(s, ns), s.name]) if {
	s.kind == "ServiceAccount"
} else := sprintf("%s %q", [s.kind, s.name])

subject_namespace(s, ns) := n if {
	n := s.namespace
	is_string(n)
	n != ""
} else := ns

# Where the binding's grants apply.
scope(binding, ns) := sprintf("in namespace %q", [ns]) if binding.kind == "RoleBinding"

scope(binding, _) := "cluster-wide" if binding.kind == "ClusterRoleBinding"

# One finding per subject of the binding under review that gains cap: the message names the
# subject and every path of grants; details carry the path of the subject and the grants.
subject_findings(binding, ns, cap) := {{"msg": msg, "details": {"path": sprintf("subjects[%d]", [i]), "grants": grants}} |
	found := binding_grants(binding, ns, cap)
	count(found) > 0
	texts := sort([g.text | some g in found])
	grants := sort([{"binding": g.binding, "role": g.role, "rule_index": g.rule_index, "source": g.source} | some g in found])
	some i, s in list_of(binding, "subjects")
	msg := sprintf("%s can %s %s: %s", [subject_label(s, ns), capabilities[cap].noun, scope(binding, ns), concat("; ", texts)])
}

# --- service accounts ----------------------------------------------------------------------

# Every binding in the inventory that applies to ServiceAccount ns/name, directly or through the
# groups system:serviceaccounts and system:serviceaccounts:<ns>: {"binding", "ns", "subject"}.
# An array: a set would hash every binding object in full, once per workload evaluated.
service_account_bindings(ns, name) := array.concat(
	[{"binding": b, "ns": ns, "subject": s} |
		some gv, bname
		b := data.inventory.namespace[ns][gv].RoleBinding[bname]
		some s in list_of(b, "subjects")
		_names_service_account(s, ns, ns, name)
	],
	[{"binding": b, "ns": "", "subject": s} |
		some gv, bname
		b := data.inventory.cluster[gv].ClusterRoleBinding[bname]
		some s in list_of(b, "subjects")
		_names_service_account(s, "", ns, name)
	],
)

_names_service_account(s, binding_ns, ns, name) if {
	s.kind == "ServiceAccount"
	s.name == name
	subject_namespace(s, binding_ns) == ns
}

_names_service_account(s, _, _, _) if {
	s.kind == "Group"
	s.name == "system:serviceaccounts"
}

_names_service_account(s, _, ns, _) if {
	s.kind == "Group"
	s.name == sprintf("system:serviceaccounts:%s", [ns])
}

# The pod's service account: serviceAccountName, else the deprecated serviceAccount, else
# `default` (what the API server fills in).
pod_service_account(spec) := sa if {
	sa := spec.serviceAccountName
	is_string(sa)
	sa != ""
} else := sa if {
	sa := spec.serviceAccount
	is_string(sa)
	sa != ""
} else := "default"

# True when ServiceAccount ns/name is among the scanned objects.
service_account_exists(ns, name) if {
	some gv
	data.inventory.namespace[ns][gv].ServiceAccount[name]
}

# The grants of capability cap that ServiceAccount ns/name holds through the inventory's bindings
# (bootstrap bindings aside), each as a readable path; a grant through a group says so.
service_account_grants(ns, name, cap) := {object.union(g, {"text": text, "cluster_wide": sb.ns == ""}) |
	some sb in service_account_bindings(ns, name)
	not bootstrap(sb.binding)
	some g in binding_grants(sb.binding, sb.ns, cap)
	text := _via_group(g.text, sb.subject)
}

_via_group(text, s) := sprintf("%s (as a member of Group %q)", [text, s.name]) if {
	s.kind == "Group"
} else := text

# Path of the field that names the pod's service account (the pod spec when none does).
service_account_path := sprintf("%s.serviceAccountName", [k8s.pod_spec_path]) if {
	k8s.is_set(k8s.pod_spec, "serviceAccountName")
} else := sprintf("%s.serviceAccount", [k8s.pod_spec_path]) if {
	k8s.is_set(k8s.pod_spec, "serviceAccount")
} else := k8s.pod_spec_path

# A label for the workload under review: `Deployment "web"`.
workload_label := sprintf("%s %q", [k8s.kind, k8s.resource.metadata.name])

# Findings for the workload under review (in namespace ns): one per capability of caps that its
# service account holds, with every path of grants.
workload_findings(ns, caps) := {f |
	sa := pod_service_account(k8s.pod_spec)
	some cap in caps
	found := service_account_grants(ns, sa, cap)
	f := _workload_finding(ns, sa, cap, found)
}

# The same, counting only grants through ClusterRoleBindings (every namespace).
workload_findings_cluster_wide(ns, cap) := {f |
	sa := pod_service_account(k8s.pod_spec)
	found := {g | some g in service_account_grants(ns, sa, cap); g.cluster_wide}
	f := _workload_finding(ns, sa, cap, found)
}

_workload_finding(ns, sa, cap, found) := {"msg": msg, "grants": grants} if {
	count(found) > 0
	texts := sort([g.text | some g in found])
	grants := sort([{"binding": g.binding, "role": g.role, "rule_index": g.rule_index, "source": g.source} | some g in found])
	msg := sprintf("%s runs as ServiceAccount %s/%s, which can %s: %s", [workload_label, ns, sa, capabilities[cap].noun, concat("; ", texts)])
}

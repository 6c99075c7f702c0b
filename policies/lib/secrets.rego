# Helpers shared by the secrets rules: recognising secret-looking values without ever printing
# them, Shannon entropy over characters, and lookups in the scanned inventory.
#
# Every pattern stays in the subset of regular-expression syntax that Go's RE2 (opa eval,
# Gatekeeper) and JavaScript's RegExp (the wasm engine's regex builtins) read the same way:
# no lookarounds, no backreferences, no inline flags (names are lower-cased before matching).
package kubeward.lib.secrets

import data.kubeward.lib.k8s

# The one redacted form every secrets finding uses: the value's length, never any of its
# characters (even a prefix narrows a short password down).
redact(value) := sprintf("[REDACTED, %d chars]", [count(value)])

# What kind of credential a value contains, by the token formats issuers publish, in order of
# specificity; undefined when none matches. Each pattern is guarded by a literal it cannot match
# without (a plain substring test): the wasm engine compiles a regex afresh in every evaluation,
# and these ran for every env value, argument and ConfigMap value of every admission review.
token_kind(value) := "a private key (PEM block)" if {
	contains(value, "PRIVATE KEY")
	regex.match(`-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----`, value)
} else := "an AWS access key id" if {
	_contains_any(value, ["AKIA", "ASIA"])
	regex.match(`(^|[^A-Za-z0-9])(AKIA|ASIA)[A-Z0-9]{16}([^A-Za-z0-9]|$)`, value)
} else := "a GitHub token" if {
	_contains_any(value, ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"])
	regex.match(`(^|[^A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{50,})`, value)
} else := "a Slack token" if {
	contains(value, "xox")
	regex.match(`(^|[^A-Za-z0-9])xox[abpr]-[0-9A-Za-z-]{10,}`, value)
} else := "a Google API key" if {
	contains(value, "AIza")
	regex.match(`(^|[^A-Za-z0-9])AIza[0-9A-Za-z_-]{35}`, value)
} else := "a Stripe live secret key" if {
	contains(value, "k_live_")
	regex.match(`(^|[^A-Za-z0-9])[rs]k_live_[0-9A-Za-z]{20,}`, value)
} else := "a JSON Web Token" if {
	contains(value, "eyJ")
	regex.match(`(^|[^A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`, value)
} else := "a URL with an embedded password" if {
	url_with_password(value)
}

_contains_any(value, needles) if {
	some needle in needles
	contains(value, needle)
}

# scheme://user:password@host where the password is a literal, not a $(VAR) or ${VAR} reference.
# Whitespace is spelled out: \s means ASCII whitespace to RE2 but Unicode whitespace to JS.
url_with_password(value) if {
	contains(value, "://")
	some m in regex.find_all_string_submatch_n(`[A-Za-z][A-Za-z0-9+.-]*://[^/ \t\r\n\f:@]+:([^/ \t\r\n\f@]+)@[^/ \t\r\n\f@]`, value, -1)
	not placeholder(m[1])
}

# A name that says its value is a credential: it ends in password, secret, token, api key,
# access/secret/private key or credential(s). Ending (not containing) keeps TOKEN_FILE,
# SECRET_NAME, TOKEN_EXPIRY_SECONDS and MAX_TOTAL_TOKENS out.
secret_name(name) if {
	_contains_any(lower(name), ["passw", "pwd", "secret", "token", "key", "credential"])
	regex.match(`(passw(or)?d|pwd|secret|token|api[_.-]?key|access[_.-]?key|secret[_.-]?key|private[_.-]?key|credentials?)$`, lower(name))
}

# A literal value for a secret-looking name: not a reference, placeholder, path, flag-like word
# or tiny number, and not the variable's own name repeated (HF_TOKEN: HF_TOKEN).
literal_secret(name, value) if {
	secret_name(name)
	count(value) >= 3
	not placeholder(value)
	not startswith(value, "/")
	not regex.match(`^(true|false|yes|no|on|off|null|none|[0-9]{1,3})$`, lower(value))
	lower(value) != lower(name)
}

# Values that stand for a secret rather than being one: Kubernetes $(VAR) expansion, shell and
# template syntax, <angle-bracket> and INSERT_/REPLACE_/YOUR_ fill-ins, masks.
placeholder(value) if value == ""

placeholder(value) if contains(value, "$(")

placeholder(value) if contains(value, "${")

placeholder(value) if contains(value, "{{")

placeholder(value) if regex.match(`^<[^>]*>$`, value)

placeholder(value) if regex.match(`^(insert|replace|your)[_-]`, lower(value))

placeholder(value) if regex.match(`^(\*+|x+|\.+)$`, lower(value))

# How a value looks like a secret, by format or by name; undefined when it does not.
classify(name, value) := kind if {
	kind := token_kind(value)
} else := "a literal value for a credential-named key" if {
	literal_secret(name, value)
}

# Shannon entropy in bits per character: H = log2(n) - (1/n) * sum(c * log2(c)) over the count c
# of each distinct character. Callers pass ASCII only, so characters and bytes agree everywhere.
entropy(s) := h if {
	n := count(s)
	n > 0
	chars := [substring(s, i, 1) | some i in numbers.range(0, n - 1)]
	counts := {ch: k | some ch in chars; k := count([1 | some x in chars; x == ch])}
	terms := [y | some k in counts; y := k * log2(k)]
	h := log2(n) - (sum(terms) / n)
}

_powers := [bits.lsh(1, i) | some i in numbers.range(0, 30)]

# log2 for x >= 1 (the builtins have no logarithm): x = 2^e * m with m in [1, 2), and
# ln(m) = 2 * atanh((m - 1) / (m + 1)) summed to 9 terms (error < 1e-9 since |t| < 1/3).
log2(x) := e + (_ln_mantissa(x / _powers[e]) / 0.6931471805599453) if {
	e := max([i | some i, p in _powers; p <= x])
}

_ln_mantissa(m) := 2 * sum(terms) if {
	t := (m - 1) / (m + 1)
	terms := [y | some j in numbers.range(0, 8); y := product([t | some _ in numbers.range(0, 2 * j)]) / ((2 * j) + 1)]
}

# The namespace the workload under review lives in, as the inventory files it.
namespace := ns if {
	ns := k8s.resource.metadata.namespace
	is_string(ns)
	ns != ""
} else := "default"

# An object of the given core/v1 kind and name exists in the scanned set, in the reviewed
# object's namespace.
exists(kind, name) if {
	_ = data.inventory.namespace[namespace].v1[kind][name]
}

# kube-controller-manager publishes the cluster CA as this ConfigMap into every namespace
# (kube-api-access projected volumes in rendered pods reference it).
exists("ConfigMap", "kube-root-ca.crt")

# Every reference the pod makes to a Secret or ConfigMap (kind "Secret" / "ConfigMap"), with the
# name, whether it is optional, the path of the name field and a description of the reference.
references contains {"kind": kind, "name": ref.name, "optional": object.get(ref, "optional", false) == true, "path": sprintf("%s.env[%d].valueFrom.%s.name", [c.path, i, field]), "what": sprintf("%s env %q", [k8s.container_label(c), e.name])} if {
	some c in k8s.containers
	some i, e in c.container.env
	some field, kind in {"secretKeyRef": "Secret", "configMapKeyRef": "ConfigMap"}
	ref := e.valueFrom[field]
}

references contains {"kind": kind, "name": ref.name, "optional": object.get(ref, "optional", false) == true, "path": sprintf("%s.envFrom[%d].%s.name", [c.path, i, field]), "what": sprintf("%s envFrom", [k8s.container_label(c)])} if {
	some c in k8s.containers
	some i, e in c.container.envFrom
	some field, kind in {"secretRef": "Secret", "configMapRef": "ConfigMap"}
	ref := e[field]
}

references contains {"kind": "Secret", "name": v.volume.secret.secretName, "optional": object.get(v.volume.secret, "optional", false) == true, "path": sprintf("%s.secret.secretName", [v.path]), "what": sprintf("volume %q", [v.volume.name])} if {
	some v in k8s.volumes
	is_string(v.volume.secret.secretName)
}

references contains {"kind": "ConfigMap", "name": v.volume.configMap.name, "optional": object.get(v.volume.configMap, "optional", false) == true, "path": sprintf("%s.configMap.name", [v.path]), "what": sprintf("volume %q", [v.volume.name])} if {
	some v in k8s.volumes
	is_string(v.volume.configMap.name)
}

references contains {"kind": kind, "name": ref.name, "optional": object.get(ref, "optional", false) == true, "path": sprintf("%s.projected.sources[%d].%s.name", [v.path, i, field]), "what": sprintf("projected volume %q", [v.volume.name])} if {
	some v in k8s.volumes
	some i, src in v.volume.projected.sources
	some field, kind in {"secret": "Secret", "configMap": "ConfigMap"}
	ref := src[field]
}

# The references of one kind that must resolve: required, and named (a nameless reference is
# invalid and rejected by the API server, not dangling).
dangling(kind) := {r |
	some r in references
	r.kind == kind
	not r.optional
	is_string(r.name)
	r.name != ""
	not exists(kind, r.name)
}

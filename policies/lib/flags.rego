# Command-line flags of control-plane static pods, read the way the components read them.
#
# kube-apiserver, kube-controller-manager and kube-scheduler parse flags with spf13/pflag, etcd
# with Go's flag package; both accept `--name=value` and `--name value`, and Go's also `-name`.
# Semantics reproduced here (they decide what a CIS check sees):
#   - flags may sit in `command` (after the binary) and in `args`; the kubelet runs command+args;
#   - a boolean flag never consumes the next token: bare `--profiling` is true, and
#     `--profiling false` is true followed by a stray argument (which the component rejects);
#   - a repeated scalar flag: the last occurrence wins;
#   - a repeated list flag (pflag StringSlice: admission plugins, authorization modes, cipher
#     suites) accumulates; `--feature-gates` (a map) merges, later keys winning.
# Every value carries the path of the token it came from, so findings point at the exact line.
package kubeward.lib.flags

import data.kubeward.lib.k8s

# The control-plane components recognised, by binary name.
components := {"kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd"}

# Flags that are booleans in the components (so they never take the following token as value).
boolean_flags := {
	"allow-privileged", "anonymous-auth", "auto-tls", "client-cert-auth", "enable-aggregator-routing",
	"enable-priority-and-fairness", "experimental-initial-corrupt-check", "peer-auto-tls",
	"peer-client-cert-auth", "profiling", "service-account-extend-token-expiration",
	"service-account-lookup", "use-service-account-credentials", "strict-reconfig-check",
	"enable-v2", "enable-pprof", "contention-profiling", "leader-elect", "help", "version",
}

# The binary a token names: its last path segment (`/usr/local/bin/kube-apiserver`).
_basename(s) := name if {
	parts := split(s, "/")
	name := parts[count(parts) - 1]
}

# The component a container of the reviewed Pod runs, if any. A static pod is a Pod in
# kube-system; the component is found by the binary in command[0], else the first arg (image
# entrypoints), else kubeadm's `component` label on a container of the same name.
_container_component(c) := comp if {
	comp := _basename(c.container.command[0])
	comp in components
} else := comp if {
	not c.container.command[0]
	comp := _basename(c.container.args[0])
	comp in components
} else := comp if {
	comp := k8s.resource.metadata.labels.component
	comp in components
	c.container.name == comp
}

# Every container of a static control-plane pod: {"container", "path", "component", "tokens"}.
# tokens are the command-line words after the binary, each with its path.
running contains {"container": c.container, "path": c.path, "component": comp, "tokens": _tokens(c)} if {
	k8s.kind == "Pod"
	k8s.resource.metadata.namespace == "kube-system"
	some c in k8s.containers
	c.kind == "containers"
	comp := _container_component(c)
}

# The containers of the reviewed object running the given component.
containers_of(comp) := {r | some r in running; r.component == comp}

_words(c, field) := [{"t": t, "path": sprintf("%s.%s[%d]", [c.path, field, i])} |
	some i, t in c.container[field]
	is_string(t)
]

_tokens(c) := array.concat(array.slice(_words(c, "command"), 1, count(_words(c, "command"))), _words(c, "args"))

# Every flag occurrence in order: {"name", "value", "path", "index"}. A flag token is `--name`,
# `--name=value` or (Go's flag package) `-name`; a non-boolean flag given without `=` takes the
# next token as its value unless that token is itself a flag.
occurrences(r) := [o |
	some i, w in r.tokens
	regex.match(`^--?[A-Za-z0-9][A-Za-z0-9._-]*(=.*)?$`, w.t)
	body := trim_prefix(trim_prefix(w.t, "-"), "-")
	o := _occurrence(r.tokens, i, w, body, indexof(body, "="))
]

_occurrence(_, i, w, body, eq_at) := {"name": substring(body, 0, eq_at), "value": substring(body, eq_at + 1, -1), "path": w.path, "index": i} if {
	eq_at >= 0
}

_occurrence(_, i, w, body, eq_at) := {"name": body, "value": "true", "path": w.path, "index": i} if {
	eq_at < 0
	body in boolean_flags
}

_occurrence(tokens, i, _, body, eq_at) := {"name": body, "value": tokens[i + 1].t, "path": tokens[i + 1].path, "index": i} if {
	eq_at < 0
	not body in boolean_flags
	_takes_next(tokens, i)
}

# A flag given last with no value to take (end of line or followed by another flag): value "".
_occurrence(tokens, i, w, body, eq_at) := {"name": body, "value": "", "path": w.path, "index": i} if {
	eq_at < 0
	not body in boolean_flags
	not _takes_next(tokens, i)
}

_takes_next(tokens, i) if not startswith(tokens[i + 1].t, "-")

# True when the flag appears at all.
is_set(r, name) if {
	some o in occurrences(r)
	o.name == name
}

# The effective occurrence of a scalar flag: the last one. {"value", "path"}.
flag(r, name) := o if {
	occ := [x | some x in occurrences(r); x.name == name]
	count(occ) > 0
	o := occ[count(occ) - 1]
}

# The effective items of a list flag (all occurrences, in order, trimmed, empties dropped) and
# the path of the last occurrence: {"items": [...], "path"}.
list(r, name) := {"items": items, "path": last.path} if {
	last := flag(r, name)
	items := [trim_space(item) |
		some o in occurrences(r)
		o.name == name
		some item in split(o.value, ",")
		trim_space(item) != ""
	]
}

# The effective feature gates: {gate: {"value": bool-string, "path"}}, later settings winning.
feature_gates(r) := {gate: setting |
	some gate in {g | some s in _gate_settings(r); g := s.gate}
	settings := [s | some s in _gate_settings(r); s.gate == gate]
	setting := settings[count(settings) - 1]
}

_gate_settings(r) := [{"gate": trim_space(kv[0]), "value": trim_space(kv[1]), "path": o.path} |
	some o in occurrences(r)
	o.name == "feature-gates"
	some pair in split(o.value, ",")
	kv := split(pair, "=")
	count(kv) == 2
]

# Go's strconv.ParseBool.
is_true(v) if v in {"1", "t", "T", "TRUE", "true", "True"}

is_false(v) if v in {"0", "f", "F", "FALSE", "false", "False"}

# Where to point when a flag is missing: the list the flags live in (args when the container
# uses args, else command).
missing_path(r) := sprintf("%s.args", [r.path]) if {
	count(r.container.args) > 0
} else := sprintf("%s.command", [r.path])

# A container label for messages: `kube-apiserver container "kube-apiserver"`.
label(r) := sprintf("%s container %q", [r.component, r.container.name])

# True when addr (an IP, or host:port, or [IPv6]:port) is a loopback address.
is_loopback(addr) if {
	host := _host(addr)
	regex.match(`^127\.[0-9]+\.[0-9]+\.[0-9]+$`, host)
}

is_loopback(addr) if _host(addr) in {"::1", "localhost"}

_host(addr) := h if {
	startswith(addr, "[")
	h := substring(addr, 1, indexof(addr, "]") - 1)
} else := h if {
	parts := split(addr, ":")
	count(parts) == 2
	h := parts[0]
} else := addr

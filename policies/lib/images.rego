# Container image references and image-trust helpers.
#
# An image reference as Kubernetes hands it to the container runtime
# (`[registry[:port]/]path[:tag][@algorithm:hex]`), parsed the way the Docker reference library
# does: the first path component is a registry host only when it contains "." or ":" or is
# "localhost"; otherwise the image lives on Docker Hub, where a one-component path is an official
# image under "library/". Also: glob patterns (`*` = any characters) with Portieris-style
# specificity, and severity ordering for vulnerability gates.
package kubeward.lib.images

# The parsed reference: registry, path, repository (registry/path, Docker Hub normalised), tag
# ("" when absent) and digest ("" when absent).
parse(image) := {
	"registry": registry,
	"path": path,
	"repository": sprintf("%s/%s", [registry, path]),
	"tag": tag,
	"digest": digest,
} if {
	name_digest := _split_digest(image)
	digest := name_digest[1]
	components := split(name_digest[0], "/")
	last := _split_tag(components[count(components) - 1])
	tag := last[1]
	named := array.concat(array.slice(components, 0, count(components) - 1), [last[0]])
	registry := _registry(named)
	path := _path(registry, named)
}

_split_digest(image) := [parts[0], parts[1]] if {
	parts := split(image, "@")
	count(parts) == 2
} else := [image, ""]

_split_tag(component) := [parts[0], parts[1]] if {
	parts := split(component, ":")
	count(parts) == 2
} else := [component, ""]

_has_registry(named) if {
	count(named) > 1
	_host_like(named[0])
}

_host_like(c) if contains(c, ".")

_host_like(c) if contains(c, ":")

_host_like("localhost")

# Docker Hub's aliases all mean docker.io.
_docker_hub := {"docker.io", "index.docker.io", "registry-1.docker.io"}

_registry(named) := "docker.io" if {
	_has_registry(named)
	named[0] in _docker_hub
} else := named[0] if {
	_has_registry(named)
} else := "docker.io"

_path(registry, named) := p if {
	_has_registry(named)
	p := _library(registry, concat("/", array.slice(named, 1, count(named))))
} else := _library(registry, concat("/", named))

_library(registry, p) := sprintf("library/%s", [p]) if {
	registry == "docker.io"
	not contains(p, "/")
} else := p

# The normalised reference as a runtime would pull it: repository[:tag][@digest], with no tag and
# no digest meaning ":latest".
normalized(image) := concat("", [ref.repository, _tag_suffix(ref), _digest_suffix(ref)]) if {
	ref := parse(image)
}

_tag_suffix(ref) := sprintf(":%s", [ref.tag]) if ref.tag != ""

_tag_suffix(ref) := ":latest" if {
	ref.tag == ""
	ref.digest == ""
}

_tag_suffix(ref) := "" if {
	ref.tag == ""
	ref.digest != ""
}

_digest_suffix(ref) := sprintf("@%s", [ref.digest]) if ref.digest != ""

_digest_suffix(ref) := "" if ref.digest == ""

# A Docker-reference-grammar check (lower-case path components, tag and digest syntax, host with
# optional port); written in the subset of regex syntax that Go's RE2 and JavaScript agree on.
valid_reference(image) if regex.match(_reference_pattern, image)

_component := `[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`

_host := `(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::[0-9]+)?`

_reference_pattern := concat("", [
	`^(?:`, _host, `/)?`,
	_component, `(?:/`, _component, `)*`,
	`(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?`,
	`(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`,
])

# Glob matching where `*` stands for any run of characters (slashes included), built as an
# anchored regular expression with every other character quoted.
glob_match(pattern, value) if regex.match(glob_regex(pattern), value)

glob_regex(pattern) := concat("", ["^", concat("", [_quote(ch) | some ch in split(pattern, "")]), "$"])

_quote("*") := ".*"

_quote(ch) := sprintf(`\%s`, [ch]) if ch in _regex_meta

_quote(ch) := ch if {
	ch != "*"
	not ch in _regex_meta
}

_regex_meta := {".", "+", "?", "(", ")", "[", "]", "{", "}", "^", "$", "|", `\`}

# How specific a pattern is, Portieris-style: an exact pattern beats any wildcard, then the
# longer literal prefix (the text before the first `*`) wins. Compared as arrays.
specificity(pattern) := [0, count(split(pattern, "*")[0])] if contains(pattern, "*")

specificity(pattern) := [1, count(pattern)] if not contains(pattern, "*")

# A pattern as the user wrote it, normalised like an image repository when it has no wildcard
# (so "nginx" and "docker.io/nginx" both mean docker.io/library/nginx).
normalize_pattern(pattern) := pattern if contains(pattern, "*")

normalize_pattern(pattern) := parse(pattern).repository if not contains(pattern, "*")

# Vulnerability severities in increasing order; anything unknown ranks lowest.
severity_rank(s) := r if {
	r := _ranks[upper(s)]
} else := 0

_ranks := {"UNKNOWN": 0, "NEGLIGIBLE": 0, "LOW": 1, "MEDIUM": 2, "HIGH": 3, "CRITICAL": 4}

# A usable image field: a non-empty string (the API server rejects anything else, but a
# manifest on disk may still hold it).
is_image(x) if {
	is_string(x)
	x != ""
}

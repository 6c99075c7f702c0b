# Kubernetes resource quantities ("500m", "1Gi", "2", "1e3", 0.5) as numbers, so rules can
# compare requests with limits. Follows k8s.io/apimachinery/pkg/api/resource: a decimal number
# (optionally signed) followed by a binary suffix (Ki … Ei), a decimal suffix (n, u, m, "", k,
# M, G, T, P, E) or a decimal exponent (e3, E-2). YAML numbers (`cpu: 1`) are quantities too.
package kubeward.lib.quantity

_binary := {
	"Ki": 1024,
	"Mi": 1048576,
	"Gi": 1073741824,
	"Ti": 1099511627776,
	"Pi": 1125899906842624,
	"Ei": 1152921504606846976,
}

_decimal := {
	"k": 1000,
	"M": 1000000,
	"G": 1000000000,
	"T": 1000000000000,
	"P": 1000000000000000,
	"E": 1000000000000000000,
}

# Sub-unit suffixes divide (500 / 1000 is exactly 0.5; 500 * 0.001 need not be).
_fraction := {"n": 1000000000, "u": 1000000, "m": 1000}

# Kept to the regex subset shared by JavaScript and RE2 (the wasm and opa eval must agree).
_pattern := `^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))([A-Za-z]*)([+-]?[0-9]*)$`

# The value of q as a number; undefined when q is not a valid quantity.
parse(q) := q if is_number(q)

parse(q) := v if {
	is_string(q)
	[[_, num, suffix, exp]] := regex.find_all_string_submatch_n(_pattern, trim_space(q), 1)
	v := _scale(to_number(_normalise(num)), suffix, exp)
}

# to_number wants a digit on both sides of the point; Kubernetes accepts ".5" and "1.".
_normalise(num) := concat("", [_sign(num), _trailing_zero(concat("", ["0", trim_left(num, "+-")]))])

_sign(num) := "-" if startswith(num, "-")

_sign(num) := "" if not startswith(num, "-")

_trailing_zero(s) := concat("", [s, "0"]) if endswith(s, ".")

_trailing_zero(s) := s if not endswith(s, ".")

_scale(n, "", "") := n

_scale(n, suffix, "") := n * _binary[suffix]

_scale(n, suffix, "") := n * _decimal[suffix]

_scale(n, suffix, "") := n / _fraction[suffix]

# Exponent form: "1e3", "5E-2".
_scale(n, suffix, exp) := n * _pow10(e) if {
	exp != ""
	suffix in {"e", "E"}
	e := to_number(exp)
	e >= 0
}

_scale(n, suffix, exp) := n / _pow10(0 - e) if {
	exp != ""
	suffix in {"e", "E"}
	e := to_number(exp)
	e < 0
}

_pow10(e) := product([10 | some _ in numbers.range(1, e)]) if e > 0

_pow10(0) := 1

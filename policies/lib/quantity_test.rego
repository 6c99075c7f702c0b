package kubeward.lib.quantity_test

import data.kubeward.lib.quantity

test_parse_forms if {
	quantity.parse(2) == 2
	quantity.parse(0.5) == 0.5
	quantity.parse("2") == 2
	quantity.parse("500m") == 0.5
	quantity.parse("0.5") == 0.5
	quantity.parse(".5") == 0.5
	quantity.parse("1.") == 1
	quantity.parse("+3") == 3
	quantity.parse("-1") == -1
	quantity.parse(" 1Gi ") == 1073741824
	quantity.parse("1Ki") == 1024
	quantity.parse("128Mi") == 134217728
	quantity.parse("1k") == 1000
	quantity.parse("1M") == 1000000
	quantity.parse("1E") == 1000000000000000000
	quantity.parse("100u") == 0.0001
	quantity.parse("250n") == 0.00000025
	quantity.parse("1e3") == 1000
	quantity.parse("5E-2") == 0.05
	quantity.parse("1e0") == 1
}

test_parse_invalid if {
	not quantity.parse("abc")
	not quantity.parse("1e")
	not quantity.parse("1Mi3")
	not quantity.parse("1X")
	not quantity.parse("")
	not quantity.parse(true)
	not quantity.parse(null)
}

test_pow10 if {
	quantity._pow10(0) == 1
	quantity._pow10(3) == 1000
}

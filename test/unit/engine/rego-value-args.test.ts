// OPA's Rego value syntax (opa_value_dump) read back with sets intact, so template messages print
// sets as OPA does.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseRegoValue } from "../../../src/engine/rego-value-args.ts";
import { sprintf } from "../../../src/engine/go-sprintf.ts";

test("sets, empty sets, objects with non-string keys, nested values", () => {
  assert.equal(parseRegoValue('{"owner", "team"}'), new Set(["owner", "team"]));
  assert.equal(parseRegoValue("set()"), new Set());
  assert.equal(parseRegoValue('{"a": [1, 2.5, null, true], "b": {}}'), { a: [1, 2.5, null, true], b: {} });
  assert.equal(parseRegoValue('[{"x"}, "q\\"uote"]'), [new Set(["x"]), 'q"uote']);
  assert.is(parseRegoValue("12345678901234567890"), 12345678901234567890n);
});

test("a set printed through go-sprintf reads as OPA prints it", () => {
  assert.is(sprintf("you must provide labels: %v", [parseRegoValue('{"owner"}')]), 'you must provide labels: {"owner"}');
});

test("malformed text is an error, not a wrong value", () => {
  assert.throws(() => parseRegoValue("{1, 2"));
  assert.throws(() => parseRegoValue("[1] x"));
});

test.run();

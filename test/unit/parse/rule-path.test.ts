import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatRulePath, parseRulePath } from "../../../src/parse/rule-path.ts";

test("dots and indices", () => {
  assert.equal(parseRulePath("spec.template.spec.containers[0].securityContext.privileged"), ["spec", "template", "spec", "containers", 0, "securityContext", "privileged"]);
  assert.equal(parseRulePath("items[12][3]"), ["items", 12, 3]);
});

test("bracket-quoted keys keep dots and slashes", () => {
  assert.equal(parseRulePath('metadata.annotations["container.apparmor.security.beta.kubernetes.io/web"]'), ["metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/web"]);
  assert.equal(parseRulePath("a['b.c'].d"), ["a", "b.c", "d"]);
  assert.equal(parseRulePath('a["q\\"x"]'), ["a", 'q"x']);
});

test("a malformed tail ends the path", () => {
  assert.equal(parseRulePath("a.b[0"), ["a", "b"]);
  assert.equal(parseRulePath('a["b'), ["a"]);
  assert.equal(parseRulePath(""), []);
});

test("format is the inverse of parse", () => {
  const p = 'spec.containers[0]["a.b/c"].x-y';
  assert.is(formatRulePath(parseRulePath(p)), p);
});

test.run();

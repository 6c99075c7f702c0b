// gator's message assertions are Go RE2 expressions: what JavaScript reads differently is translated,
// what RE2 rejects is rejected.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { compileGoRegexp } from "../../../src/util/go-regexp.ts";
import { checkAssertion } from "../../../src/report/suite-assertions.ts";

test("leading flag groups become RegExp flags; (?P<name>) named groups and \\A \\z are translated", () => {
  const i = compileGoRegexp("(?i)PRIVILEGED");
  assert.ok(i instanceof RegExp && i.test("privileged container"));
  const named = compileGoRegexp("^(?P<kind>\\w+) is \\w+\\z");
  assert.ok(named instanceof RegExp && named.exec("Pod is bad")?.groups?.kind === "Pod");
  const anchored = compileGoRegexp("\\Aab");
  assert.ok(anchored instanceof RegExp && !anchored.test("cab"));
});

test("lookarounds and backreferences are rejected as RE2 rejects them", () => {
  assert.type(compileGoRegexp("foo(?=bar)"), "string");
  assert.type(compileGoRegexp("(a)\\1"), "string");
  assert.type(compileGoRegexp("(unclosed"), "string");
});

test("assertions count matching messages: N exactly, yes at least one, no none", () => {
  const msgs = ["container <a> is privileged", "container <b> is privileged", "image is unsigned"];
  assert.equal(checkAssertion({ violations: 3, line: 1 }, msgs), { ok: true });
  assert.equal(checkAssertion({ violations: 2, message: "privileged", line: 1 }, msgs), { ok: true });
  assert.equal(checkAssertion({ violations: "no", message: "root", line: 1 }, msgs), { ok: true });
  assert.equal(checkAssertion({ violations: "yes", message: "root", line: 1 }, msgs), { ok: false, problem: 'got 0 violations containing "root" but want at least 1' });
  assert.equal(checkAssertion({ violations: 1, line: 1 }, msgs), { ok: false, problem: "got 3 violations but want exactly 1" });
});

test.run();

// `kubeward verify` as a user runs it: gator suites, exit codes, failures with expected vs actual,
// bad input naming file and line without hiding the other suites, external_data from a file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { json, kubeward } from "./helpers.ts";
import type { VerifyRun } from "../../src/verify.ts";
import { main } from "../../src/cli/main.ts";

const GK = "test/fixtures/gatekeeper";

test("every case of the library fixtures passes: exit 0, a line per case, counts at the end", () => {
  const run = kubeward(["verify", `${GK}/library`, "--no-color"]);
  assert.is(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, `ok   ${GK}/library/k8suniqueingresshost/suite.yaml`);
  assert.match(run.stdout, "    ok   host-taken-in-another-namespace");
  assert.match(run.stdout, /29 passed, 0 failed \(29 cases in 6 suites\)\n$/);
});

test("a failed assertion: exit 1, gator's wording, the suite line and the messages actually produced", () => {
  const run = kubeward(["verify", `${GK}/broken/failing/suite.yaml`, "--no-color"]);
  assert.is(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, "    FAIL expects-none-but-gets-two\n");
  assert.match(run.stdout, `got 2 violations but want none (${GK}/broken/failing/suite.yaml:8)`);
  assert.match(run.stdout, 'got messages: "container <nginx> has an invalid image repo <nginx>, allowed repos are [\\"openpolicyagent/\\"]"');
  assert.match(run.stdout, "    ok   passes\n");
  assert.match(run.stdout, "1 passed, 1 failed (2 cases in 1 suites)");
});

test("a template that does not compile and a malformed suite: exit 2, file and line of each, the other suites still run", () => {
  const run = kubeward(["verify", `${GK}/broken`, `${GK}/library/k8shttpsonly`, "--format", "json"]);
  assert.is(run.status, 2, run.stdout + run.stderr);
  const result = json<VerifyRun>(run);
  const errors = result.errors.map((e) => `${e.file}:${e.line}`);
  // the Rego's missing `)` is on line 17 of the template file (line 5 of its rego block)
  assert.ok(errors.includes(`${GK}/broken/bad-template/template.yaml:17`), errors.join(" "));
  assert.ok(errors.includes(`${GK}/broken/bad-suite.yaml:11`), errors.join(" "));
  assert.match(result.errors.find((e) => e.file.endsWith("bad-suite.yaml"))!.message, 'violations must be a non-negative integer, "yes" or "no" (got "maybe")');
  assert.match(result.errors.find((e) => e.file.endsWith("template.yaml"))!.message, "rego_parse_error");
  // the failing suite and the good one were still run
  assert.is(result.failed, 1);
  assert.is(result.passed, 1 + 4);
  assert.is(result.errored, 1);
});

test("violations: yes / no are strings (YAML 1.2), not the booleans YAML 1.1 would make them", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-verify-"));
  try {
    const lib = path.resolve(`${GK}/library/k8shttpsonly`);
    const suite = (violations: string) => `apiVersion: test.gatekeeper.sh/v1alpha1\nkind: Suite\ntests:\n  - name: t\n    template: ${path.relative(dir, lib)}/template.yaml\n    constraint: ${path.relative(dir, lib)}/constraint.yaml\n    cases:\n      - name: http\n        object: ${path.relative(dir, lib)}/samples/http.yaml\n        assertions:\n          - violations: ${violations}\n`;
    fs.writeFileSync(path.join(dir, "yes.yaml"), suite("yes"));
    fs.writeFileSync(path.join(dir, "no.yaml"), suite("no"));
    fs.writeFileSync(path.join(dir, "true.yaml"), suite("true"));
    assert.is(kubeward(["verify", path.join(dir, "yes.yaml")]).status, 0);
    const no = kubeward(["verify", path.join(dir, "no.yaml"), "--no-color"]);
    assert.is(no.status, 1);
    assert.match(no.stdout, "got 1 violations but want none");
    const bool = kubeward(["verify", path.join(dir, "true.yaml"), "--no-color"]);
    assert.is(bool.status, 2, "true is a YAML 1.2 boolean, which gator rejects too");
    assert.match(bool.stdout, '"yes" or "no" (got true)');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("external_data is answered from --external-data FILE; without it every call reports a system error", () => {
  const withFile = kubeward(["verify", `${GK}/external-data`, "--external-data", `${GK}/external-data/answers.json`, "--format", "json"]);
  assert.is(withFile.status, 0, withFile.stdout + withFile.stderr);
  const cases = json<VerifyRun>(withFile).suites[0]!.tests[0]!.cases;
  assert.equal(cases.find((c) => c.name === "unsigned-and-broken")!.messages.sort(), [
    "image registry.example/broken:1 could not be verified: signature expired",
    "image registry.example/shop:0.9 is unsigned",
  ]);
  const without = kubeward(["verify", `${GK}/external-data`, "--no-color"]);
  assert.is(without.status, 1);
  assert.match(without.stdout, "image-verifier system error: no external data was given");
  const bad = kubeward(["verify", `${GK}/external-data`, "--external-data", `${GK}/external-data/suite.yaml`]);
  assert.is(bad.status, 2);
  assert.match(bad.stderr, "--external-data test/fixtures/gatekeeper/external-data/suite.yaml");
});

test("constraint parameters are checked against the template's schema: invalid: true passes on a refused Constraint and fails on a valid one; a refused Constraint in a normal test is bad input", () => {
  const ok = kubeward(["verify", `${GK}/parameters/suite.yaml`, "--no-color"]);
  assert.is(ok.status, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, "  ok   labels-must-be-a-list  1/1\n    ok   constraint is invalid\n");
  assert.match(ok.stdout, "2 passed, 0 failed");
  const wrong = kubeward(["verify", `${GK}/parameters/expects-invalid-but-valid`, "--no-color"]);
  assert.is(wrong.status, 1, wrong.stdout + wrong.stderr);
  assert.match(wrong.stdout, "the test expects K8sRequiredLabels all-must-have-owner to be invalid, but its parameters match the ConstraintTemplate k8srequiredlabels's schema");
  const refused = kubeward(["verify", `${GK}/parameters/refused`, "--format", "json"]);
  assert.is(refused.status, 2, refused.stdout + refused.stderr);
  const run = json<VerifyRun>(refused);
  assert.equal(run.errors.map((e) => `${e.file}:${e.line}`), [`${GK}/parameters/wrong-type.yaml:12`]);
  assert.match(run.errors[0]!.message, "spec.parameters.labels must be array");
});

test("--format junit: a testsuite per test, a failure element with gator's wording", () => {
  const run = kubeward(["verify", `${GK}/broken/failing`, "--format", "junit"]);
  assert.is(run.status, 1);
  assert.match(run.stdout, '<testsuites name="kubeward verify" tests="2" failures="1" errors="0" skipped="0">');
  assert.match(run.stdout, '<failure message="got 2 violations but want none">');
});

test("no suite given, or none found: exit 2 with a clear message", () => {
  const none = kubeward(["verify"]);
  assert.is(none.status, 2);
  assert.match(none.stderr, "kubeward verify needs a gator Suite file or a directory");
  const empty = kubeward(["verify", "test/fixtures/parse", "--no-color"]);
  assert.is(empty.status, 2);
  assert.match(empty.stdout, "test/fixtures/parse: no gator Suite");
});

test("a terminal: a bar over the suites' tests on stderr, erased; nothing when piped or under CI", async () => {
  const args = ["verify", `${GK}/library`, "--format", "json"];
  const piped = kubeward(args);
  assert.is(piped.stderr, "");
  const inProcess = async (stderrTTY: boolean, env: Record<string, string> = {}) => {
    let out = "";
    let err = "";
    const code = await main({
      argv: args, cwd: process.cwd(), env: { HOME: process.env.HOME, PATH: process.env.PATH, KUBEWARD_CACHE_DIR: process.env.KUBEWARD_CACHE_DIR, ...env }, readStdin: async () => "",
      stdout: { write: (s: string) => (out += s), isTTY: false },
      stderr: { write: (s: string) => (err += s), isTTY: stderrTTY },
    });
    return { code, out, err };
  };
  const tty = await inProcess(true);
  assert.is(tty.code, piped.status, tty.err);
  assert.match(tty.err, /░+ 0\/\d+ {2}tests · [a-z-]+ · test\/fix/, JSON.stringify(tty.err.slice(0, 300)));
  assert.ok(tty.err.endsWith("\r\u001b[2K"));
  const strip = (s: string) => s.replace(/"durationMs": ?[\d.]+/g, "");
  assert.is(strip(tty.out), strip(piped.stdout));
  const ci = await inProcess(true, { CI: "true" });
  assert.is(ci.err, "");
  assert.is((await inProcess(false)).err, "");
});

test.run();

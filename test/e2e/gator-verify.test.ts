// kubeward verify against the real, pinned gator on the same suites (test/fixtures/gatekeeper/library,
// written after gatekeeper-library's policies). gator must pass them, and on every case kubeward's
// violations — their number and every message — must be gator's. To read gator's messages exactly,
// kubeward's results become a derived suite (`violations: N` plus `violations: k` per distinct
// message as an anchored, quoted regex) that gator verify must pass on the same objects. The
// requiredlabels case prints a Rego set with sprintf (`{"owner"}`), which opa-wasm's JSON argument
// path would print as an array: template engines read sprintf's arguments as Rego values.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { load } from "js-yaml";
import { json, kubeward } from "../cli/helpers.ts";
import type { VerifyRun } from "../../src/verify.ts";

const LIBRARY = "test/fixtures/gatekeeper/library";
const gator = process.env.KUBEWARD_GATOR ?? path.resolve(".tools", "bin", "gator");
const hasGator = fs.existsSync(gator);
if (!hasGator) console.log(`SKIPPED: gator not found at ${gator} (run node scripts/bootstrap.mjs); kubeward-vs-gator comparisons not run`);

function runGator(target: string) {
  return spawnSync(gator, ["verify", "-v", target], { encoding: "utf8", timeout: 300_000 });
}

/** RE2 QuoteMeta: every character with a meaning in a regex gets a backslash. */
function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&");
}

test("gator verify passes on every fixture suite", () => {
  if (!hasGator) return;
  const r = runGator(`${LIBRARY}/...`);
  assert.is(r.status, 0, r.stdout + r.stderr);
  for (const name of fs.readdirSync(LIBRARY)) assert.match(r.stdout, new RegExp(`ok\\s+\\S*${name}/suite\\.yaml`));
});

test("kubeward verify passes every case of the same suites (the pass rate the report quotes)", () => {
  const run = kubeward(["verify", LIBRARY, "--format", "json"]);
  assert.is(run.status, 0, run.stdout + run.stderr);
  const result = json<VerifyRun>(run);
  assert.is(result.suites.length, fs.readdirSync(LIBRARY).length);
  assert.is(result.failed + result.errored + result.skipped, 0);
  assert.is(result.passed, 29);
});

test("on every case, kubeward's violation count and messages are gator's", () => {
  if (!hasGator) return;
  const result = json<VerifyRun>(kubeward(["verify", LIBRARY, "--format", "json"]));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-gator-"));
  try {
    const copy = path.join(tmp, "library");
    fs.cpSync(LIBRARY, copy, { recursive: true });
    let cases = 0;
    let withMessages = 0;
    for (const suite of result.suites) {
      // Same tests, templates, constraints, objects and inventories; only the assertions change.
      const derived = load(fs.readFileSync(suite.file, "utf8")) as { metadata?: unknown; tests: { name: string; cases: { name: string; assertions: unknown[] }[] }[] };
      derived.metadata = { name: "kubeward-expected" };
      suite.tests.forEach((t, i) => {
        const dt = derived.tests[i]!;
        assert.is(dt.name, t.name);
        t.cases.forEach((c, j) => {
          const dc = dt.cases[j]!;
          assert.is(dc.name, c.name);
          cases++;
          const counts = new Map<string, number>();
          for (const m of c.messages) counts.set(m, (counts.get(m) ?? 0) + 1);
          if (counts.size > 0) withMessages++;
          dc.assertions = [{ violations: c.messages.length }, ...[...counts].map(([m, n]) => ({ violations: n, message: `^${quoteMeta(m)}$` }))];
        });
      });
      const dir = path.join(copy, path.relative(LIBRARY, path.dirname(suite.file)));
      fs.writeFileSync(path.join(dir, "kubeward-expected.yaml"), JSON.stringify(derived, null, 2));
    }
    assert.is(cases, 29);
    assert.ok(withMessages >= 11, `${withMessages} cases have messages to compare`);
    const r = runGator(`${copy}/...`);
    assert.is(r.status, 0, `gator disagrees with kubeward:\n${r.stdout}\n${r.stderr}`);
    assert.is((r.stdout.match(/kubeward-expected\.yaml/g) ?? []).length, result.suites.length, r.stdout);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test("constraint parameters: gator and kubeward agree on which tests pass (invalid: true, a Constraint refused by its template's schema)", () => {
  if (!hasGator) return;
  const P = "test/fixtures/gatekeeper/parameters";
  // [suite, gator's exit, kubeward's exit]: a refused Constraint in a normal test is a failure to
  // gator and bad input (exit 2) to kubeward, which keeps 1 for failed assertions.
  for (const [suite, gatorExit, kubewardExit] of [[`${P}/suite.yaml`, 0, 0], [`${P}/expects-invalid-but-valid`, 1, 1], [`${P}/refused`, 1, 2]] as const) {
    const g = runGator(suite);
    assert.is(g.status, gatorExit, `gator ${suite}: ${g.stdout}${g.stderr}`);
    const k = kubeward(["verify", suite, "--no-color"]);
    assert.is(k.status, kubewardExit, `kubeward ${suite}: ${k.stdout}${k.stderr}`);
  }
  assert.match(runGator(`${P}/refused`).stdout, "spec.parameters.labels in body must be of type array");
});

test.run();

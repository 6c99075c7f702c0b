// The Coverage view: loading, error, empty, the table with bars, the source gutter and n/N jumps.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { render } from "ink-testing-library";
import { CoverageView } from "../../src/ui/views/coverage-view.tsx";
import type { CoverageState } from "../../src/ui/hooks/use-coverage.ts";
import { gutterLines, nextUncovered } from "../../src/ui/model/coverage-lines.ts";
import { COVERAGE, RULE_SOURCE, frameMatching, press } from "./fixtures.ts";

const view = (state: CoverageState) => <CoverageView state={state} readSource={() => RULE_SOURCE} active width={80} height={20} />;

test("loading and opa errors", () => {
  let ui = render(view({ status: "loading" }));
  assert.match(ui.lastFrame() ?? "", /running opa test --coverage/);
  ui.unmount();
  ui = render(view({ status: "error", message: "opa test failed:\npolicy.rego:4: rego_type_error" }));
  assert.match(ui.lastFrame() ?? "", /✗ opa test --coverage failed/);
  assert.match(ui.lastFrame() ?? "", /rego_type_error/);
  ui.unmount();
});

test("coverage reused from an earlier run on the same library says so", () => {
  const ui = render(view({ status: "ready", coverage: COVERAGE, reused: true }));
  assert.match(ui.lastFrame() ?? "", /files · cached · sorted by/);
  ui.unmount();
});

test("empty coverage says so", () => {
  const ui = render(view({ status: "ready", coverage: { total: 0, files: [] } }));
  assert.match(ui.lastFrame() ?? "", /no coverage/);
  ui.unmount();
});

test("table: total, per-file percentages with bars, lowest first; s re-sorts", async () => {
  const ui = render(view({ status: "ready", coverage: COVERAGE }));
  let frame = ui.lastFrame() ?? "";
  assert.match(frame, /total 87\.5%/);
  assert.match(frame, /privileged-container +75\.0% +█+░+ +1\n/);
  assert.ok(frame.indexOf("privileged-container") < frame.indexOf("lib/k8s.rego"), "lowest coverage first");
  await press(ui, "s");
  frame = await frameMatching(ui.lastFrame, /sorted by file/);
  assert.ok(frame.indexOf("lib/k8s.rego") < frame.indexOf("privileged-container"));
  ui.unmount();
});

test("source view: gutter marks and the cursor on the first uncovered line", async () => {
  const ui = render(view({ status: "ready", coverage: COVERAGE }));
  await press(ui, "\r");
  const frame = await frameMatching(ui.lastFrame, /uncovered line/);
  assert.match(frame, /1 uncovered line · n\/N jump/);
  assert.match(frame, / +1 # METADATA/);
  assert.match(frame, /▌ +2 package x/);
  assert.match(frame, /✗ +4 +input\.never/);
  ui.unmount();
});

test("nextUncovered walks uncovered blocks both ways and wraps", () => {
  const file = { ...COVERAGE.files[1]!, notCovered: [{ start: 2, end: 3 }, { start: 6, end: 6 }], covered: [] };
  const lines = gutterLines("a\nb\nc\nd\ne\nf\ng", file);
  assert.is(nextUncovered(lines, 0, 1), 1);
  assert.is(nextUncovered(lines, 1, 1), 5);
  assert.is(nextUncovered(lines, 5, 1), 1);
  assert.is(nextUncovered(lines, 1, -1), 5);
  assert.is(nextUncovered(gutterLines("a", { ...file, notCovered: [] }), 0, 1), -1);
});

test.run();

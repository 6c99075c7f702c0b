// The Tests view in each state: loading, empty, passing, a failure (expected vs actual), an opa error, the filter.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { render } from "ink-testing-library";
import { TestsView } from "../../src/ui/views/tests-view.tsx";
import { applyTestEvent, emptyTree, failTree, startRun, type TestTreeState } from "../../src/ui/model/test-tree.ts";
import { FAILING_EXAMPLE, PASSING_EVENTS, frameMatching, press } from "./fixtures.ts";

const fold = (events = PASSING_EVENTS, from: TestTreeState = startRun(emptyTree, "all")) => events.reduce(applyTestEvent, from);
const view = (state: TestTreeState) => <TestsView state={state} watching={false} active width={80} height={20} />;

test("loading: compiling, no rows yet", () => {
  const ui = render(view(startRun(emptyTree, "all")));
  assert.match(ui.lastFrame() ?? "", /compiling the library…/);
  assert.match(ui.lastFrame() ?? "", /✓ 0 passed/);
  ui.unmount();
});

test("empty: a finished run with no tests says so", () => {
  const ui = render(view(applyTestEvent(startRun(emptyTree, "all"), { type: "done", run: { opa: [], examples: [], passed: 0, failed: 0, skipped: 0 } })));
  assert.match(ui.lastFrame() ?? "", /no tests found/);
  ui.unmount();
});

test("streamed results: counts, durations and the category tree", () => {
  const ui = render(view(fold()));
  const frame = ui.lastFrame() ?? "";
  assert.match(frame, /✓ 2 passed/);
  assert.match(frame, /○ 1 skipped/);
  assert.match(frame, /▸ pod-security +2\/2 +3\.5 ms/);
  assert.match(frame, /running examples/);
  ui.unmount();
});

test("a failure opens its rule and shows expected vs actual side by side", async () => {
  const ui = render(view(fold([...PASSING_EVENTS, FAILING_EXAMPLE])));
  let frame = ui.lastFrame() ?? "";
  assert.match(frame, /✗ 1 failed/);
  assert.match(frame, /▾ privileged-container/);
  assert.match(frame, /✗ denied\/deployment\.yaml/);
  // Move the selection onto the failing example: category, rule, then its tests.
  for (let i = 0; i < 5 && !/expected +actual/.test(frame); i++) {
    await press(ui, "j");
    frame = ui.lastFrame() ?? "";
  }
  frame = await frameMatching(ui.lastFrame, /expected +actual/);
  assert.match(frame, /at least one finding of +no finding/);
  ui.unmount();
});

test("an opa error is shown, not swallowed", () => {
  const ui = render(view(failTree(startRun(emptyTree, "all"), "opa test failed (exit 1):\npolicies/rules/x/policy.rego:3: rego_parse_error: unexpected eof token")));
  const frame = ui.lastFrame() ?? "";
  assert.match(frame, /✗ opa could not run the tests/);
  assert.match(frame, /policy\.rego:3: rego_parse_error/);
  ui.unmount();
});

test("/ filters the tree and esc clears it", async () => {
  const ui = render(view(fold()));
  await press(ui, "/");
  for (const c of "k8s") await press(ui, c);
  let frame = await frameMatching(ui.lastFrame, /\/k8s/);
  assert.match(frame, /test_containers/);
  assert.not.match(frame, /pod-security/);
  await press(ui, "\u001b");
  frame = await frameMatching(ui.lastFrame, /pod-security/);
  assert.not.match(frame, /\/k8s/);
  ui.unmount();
});

test("a watch re-run keeps other rules' results and replaces only its own", () => {
  const before = fold([...PASSING_EVENTS, FAILING_EXAMPLE]);
  const rerun = startRun(before, ["privileged-container"]);
  assert.ok(Object.values(rerun.leaves).every((l) => l.rule !== "privileged-container"));
  assert.ok(Object.values(rerun.leaves).some((l) => l.rule === "lib.k8s"));
  assert.equal(rerun.scope, ["privileged-container"]);
});

test.run();

// The Tests view in each state: loading, empty, passing, a failure (expected vs actual), an opa error, the filter.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { render } from "ink-testing-library";
import { TestsView, describeChange } from "../../src/ui/views/tests-view.tsx";
import { applyTestEvent, emptyTree, failTree, startRun, type TestTreeState } from "../../src/ui/model/test-tree.ts";
import type { TestEvent } from "../../src/policy/run-library-tests.ts";
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

test("a re-run of many rules: the header keeps its counts whole and names how many rules", () => {
  const many = Array.from({ length: 61 }, (_, i) => `some-long-rule-name-${i}`);
  const ui = render(view(startRun(fold(), many)));
  const header = (ui.lastFrame() ?? "").split("\n").find((l) => l.includes("passed")) ?? "";
  assert.match(header, /✓ 2 passed {2}✗ 0 failed {2}○ 1 skipped/);
  assert.match(header, /re-running 61 rules/);
  ui.unmount();
});

test("the watch line says what an edit re-runs", () => {
  assert.is(describeChange({ files: ["lib/k8s.rego"], rules: ["a", "b"], examplesOnly: false, libTests: ["lib/k8s_test.rego"] }), "changed: lib/k8s.rego → 2 rules + 1 lib test file");
  assert.is(describeChange({ files: ["lib/k8s.rego"], rules: [], examplesOnly: false, libTests: ["lib/k8s_test.rego"] }), "changed: lib/k8s.rego → lib tests only (1 file): no rule's code changed");
  assert.is(describeChange({ files: ["main/main.rego"], rules: "all", examplesOnly: false }), "changed: main/main.rego → every rule");
  assert.is(describeChange({ files: ["rules/c/x/examples/denied/p.yaml"], rules: ["x"], examplesOnly: true }), "changed: rules/c/x/examples/denied/p.yaml → 1 rule (examples only)");
  const ui = render(<TestsView state={fold()} watching lastChange={{ files: ["lib/quantity.rego"], rules: ["qos-not-guaranteed", "requests-exceed-limits"], examplesOnly: false }} active width={80} height={20} />);
  assert.match(ui.lastFrame() ?? "", /changed: lib\/quantity\.rego → 2 rules/);
  ui.unmount();
});

// Thirty categories of one rule each: more rows than the list shows, so the list scrolls.
const manyEvents = (only?: number): TestEvent[] => Array.from({ length: 30 }, (_, i) => i).filter((i) => only === undefined || i === only).map((i) => ({
  type: "example", place: { category: `cat-${String(i).padStart(2, "0")}`, rule: `rule-${i}` }, durationMs: 1,
  result: { rule: `rule-${i}`, expect: "denied", file: `policies/rules/cat/rule-${i}/examples/denied/pod.yaml`, ok: true, violations: [] },
}));
const listRows = (frame: string) => frame.split("\n").filter((l) => /[▸▾] cat-\d\d/.test(l)).map((l) => /cat-\d\d/.exec(l)?.[0]);

test("watch re-run: the scroll position and the selection stay where they were", async () => {
  const first = manyEvents().reduce(applyTestEvent, startRun(emptyTree, "all"));
  const ui = render(<TestsView state={first} watching active width={80} height={14} />);
  for (let i = 0; i < 17; i++) await press(ui, "j");
  const before = ui.lastFrame() ?? "";
  assert.ok(listRows(before).includes("cat-17"), "scrolled down to the 18th category");
  assert.not.ok(listRows(before).includes("cat-00"), "the first rows scrolled out of view");
  // The watcher re-runs one rule: the tree restarts for it, then its result streams back in.
  const rerunning = startRun(first, ["rule-17"]);
  ui.rerender(<TestsView state={rerunning} watching active width={80} height={14} />);
  ui.rerender(<TestsView state={manyEvents(17).reduce(applyTestEvent, rerunning)} watching active width={80} height={14} />);
  const after = await frameMatching(ui.lastFrame, /cat-17/);
  assert.equal(listRows(after), listRows(before));
  // The selection is still on cat-17: opening the selected row opens cat-17.
  await press(ui, "l");
  const opened = await frameMatching(ui.lastFrame, /▾ cat-\d\d/);
  assert.match(opened, /▾ cat-17/);
  ui.unmount();
});

test.run();

// The Findings view: idle, loading (with the scan's progress), errors, clean, and a finding with its
// detail and highlighted snippet; and the hook that feeds it the scan's progress.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { render } from "ink-testing-library";
import { FindingsView } from "../../src/ui/views/findings-view.tsx";
import type { FindingsState } from "../../src/ui/hooks/use-findings.ts";
import { App } from "../../src/ui/app.tsx";
import { progressWorthShowing } from "../../src/ui/hooks/use-findings.ts";
import type { ScanProgress } from "../../src/scan.ts";
import { MANIFEST, REPORT, RULE, frameMatching, press, stubServices, tick } from "./fixtures.ts";

const noop = () => {};
const view = (state: FindingsState, width = 80) => (
  <FindingsView state={state} target="k8s/" readSource={() => MANIFEST} onScan={noop} onReopen={noop} active width={width} height={22} />
);

test("idle, loading and error states", () => {
  let ui = render(view({ status: "idle" }));
  assert.match(ui.lastFrame() ?? "", /s: scan k8s\/ · o: re-open the last JSON report/);
  ui.unmount();
  ui = render(view({ status: "loading", what: "scan" }));
  assert.match(ui.lastFrame() ?? "", /scanning k8s\/…/);
  ui.unmount();
  ui = render(view({ status: "error", message: "no saved report at .kubeward-cache/ui-last-report.json yet" }));
  assert.match(ui.lastFrame() ?? "", /✗ could not load findings/);
  ui.unmount();
});

test("a clean scan says so", () => {
  const clean = { ...REPORT, findings: [], summary: { ...REPORT.summary, findings: 0 } };
  const ui = render(view({ status: "ready", report: clean, rules: [RULE], source: "scan" }));
  assert.match(ui.lastFrame() ?? "", /✓ no findings/);
  ui.unmount();
});

test("a finding: grouped by severity, detail with description, remediation, controls and the line highlighted", async () => {
  const ui = render(view({ status: "ready", report: REPORT, rules: [RULE], source: "scan" }));
  let frame = ui.lastFrame() ?? "";
  assert.match(frame, /1 finding in 1 resources, 1 files/);
  assert.match(frame, /high \(1\)/);
  assert.match(frame, /HIGH Privileged containers \(privileged-container\)/);
  assert.match(frame, /A privileged container has every capability/);
  assert.match(frame, /fix: Set securityContext\.privileged to false\./);
  assert.match(frame, /controls: PSS:baseline:privileged/);
  assert.match(frame, /› {2}10 +privileged: true/);
  assert.match(frame, /\n +9 +securityContext:/);
  await press(ui, "g");
  frame = await frameMatching(ui.lastFrame, /by rule/);
  assert.match(frame, /privileged-container \(1\)/);
  ui.unmount();
});

test("a wide terminal puts the detail beside the list", () => {
  const ui = render(view({ status: "ready", report: REPORT, rules: [RULE], source: "report" }, 140));
  assert.match(ui.lastFrame() ?? "", /Pod\/web k8s\/pod\.yaml:10 +container "web" is privileged/);
  ui.unmount();
});

test("a scan in progress: the phase, a bar with done/total and the file being worked on", () => {
  let ui = render(view({ status: "loading", what: "scan", progress: { phase: "parse", done: 3, total: 12, label: "k8s/orders.yaml" } }));
  let frame = ui.lastFrame() ?? "";
  assert.match(frame, /scanning k8s\/…/);
  assert.match(frame, /parsing files █████░{15} 3\/12 {2}k8s\/orders\.yaml/);
  ui.unmount();
  ui = render(view({ status: "loading", what: "scan", progress: { phase: "evaluate", done: 40, total: 40, label: "k8s/web.yaml" } }));
  assert.match(ui.lastFrame() ?? "", /evaluating documents █{20} 40\/40 {2}k8s\/web\.yaml/);
  ui.unmount();
  // Finding files: no total yet, so no bar and no count.
  ui = render(view({ status: "loading", what: "scan", progress: { phase: "discover", done: 0, total: 0, label: "k8s/" } }));
  frame = ui.lastFrame() ?? "";
  assert.match(frame, /finding files {3}k8s\//);
  assert.not.match(frame, /[█░]|0\/0/);
  ui.unmount();
});

test("a finding whose rule the scanned library lacks says so", () => {
  const ui = render(view({ status: "ready", report: REPORT, rules: [], source: "report" }));
  assert.match(ui.lastFrame() ?? "", /fix: \(rule not in this library's catalogue\)/);
  ui.unmount();
});

test("the hook: the scan's progress shows while it runs, then the findings", async () => {
  let finish: () => void = () => undefined;
  const services = stubServices({
    scan: (onProgress) => new Promise((resolve) => {
      onProgress?.({ phase: "parse", done: 0, total: 2, label: "k8s/a.yaml" });
      onProgress?.({ phase: "evaluate", done: 1, total: 4, label: "k8s/a.yaml" });
      finish = () => resolve({ report: REPORT, rules: [RULE] });
    }),
  });
  const ui = render(<App services={services} color={false} size={{ columns: 80, rows: 24 }} initialTab="Findings" />);
  await tick();
  await press(ui, "s");
  const running = await frameMatching(ui.lastFrame, /evaluating documents/);
  assert.match(running, /█████░{15} 1\/4 {2}k8s\/a\.yaml/);
  finish();
  const done = await frameMatching(ui.lastFrame, /1 finding in 1 resources/);
  assert.not.match(done, /evaluating documents/);
  ui.unmount();
});

test("progress worth a frame: a new phase, the end, or 1 % more", () => {
  const at = (phase: ScanProgress["phase"], done: number, total = 1000): ScanProgress => ({ phase, done, total });
  assert.ok(progressWorthShowing(undefined, at("parse", 0)));
  assert.not.ok(progressWorthShowing(at("parse", 0), at("parse", 9)));
  assert.ok(progressWorthShowing(at("parse", 0), at("parse", 10)));
  assert.ok(progressWorthShowing(at("parse", 999), at("evaluate", 0)));
  assert.ok(progressWorthShowing(at("evaluate", 995), at("evaluate", 1000)));
  assert.ok(progressWorthShowing(at("parse", 1, 3), at("parse", 2, 3)), "small totals: every step");
});

test.run();

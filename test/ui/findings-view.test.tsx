// The Findings view: idle, loading, errors, clean, and a finding with its detail and highlighted snippet.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { render } from "ink-testing-library";
import { FindingsView } from "../../src/ui/views/findings-view.tsx";
import type { FindingsState } from "../../src/ui/hooks/use-findings.ts";
import { MANIFEST, REPORT, RULE, frameMatching, press } from "./fixtures.ts";

const noop = () => {};
const view = (state: FindingsState, width = 80) => (
  <FindingsView state={state} target="k8s/" catalog={[RULE]} readSource={() => MANIFEST} onScan={noop} onReopen={noop} active width={width} height={22} />
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
  const ui = render(view({ status: "ready", report: clean, source: "scan" }));
  assert.match(ui.lastFrame() ?? "", /✓ no findings/);
  ui.unmount();
});

test("a finding: grouped by severity, detail with description, remediation, controls and the line highlighted", async () => {
  const ui = render(view({ status: "ready", report: REPORT, source: "scan" }));
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
  const ui = render(view({ status: "ready", report: REPORT, source: "report" }, 140));
  assert.match(ui.lastFrame() ?? "", /Pod\/web k8s\/pod\.yaml:10 +container "web" is privileged/);
  ui.unmount();
});

test.run();

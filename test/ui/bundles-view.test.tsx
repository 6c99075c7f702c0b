// The Bundles view: the list, compose mode, progress, the artefact and a failed build.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { render } from "ink-testing-library";
import { BundlesView } from "../../src/ui/views/bundles-view.tsx";
import type { BuildState } from "../../src/ui/hooks/use-bundle-build.ts";
import { validateRuleParameters } from "../../src/config/bundle.ts";
import type { RuleMeta } from "../../src/types.ts";
import { RULE, frameMatching, press } from "./fixtures.ts";

// A rule with a parameters schema; validation is the real one bundle files get (config/bundle.ts).
const LIMITED: RuleMeta = { ...RULE, id: "replica-limit", category: "workloads", package: "kubeward.rules.workloads.replica_limit", parameters: { type: "object", properties: { max: { type: "integer", minimum: 1 } }, required: ["max"], additionalProperties: false } };
const RULES = [RULE, LIMITED];
const validate = (id: string, p: Record<string, unknown>) => validateRuleParameters(RULES.find((r) => r.id === id) as RuleMeta, p).problems;
const type = async (ui: { stdin: { write(s: string): void } }, text: string) => {
  for (const c of text) await press(ui, c);
};

const idle: BuildState = { status: "idle", stepIndex: 0, stepTotal: 3, log: [] };

test("lists bundles and builds the selected one", async () => {
  const built: unknown[] = [];
  const ui = render(<BundlesView bundles={["all", "recommended"]} categories={["images", "secrets"]} build={idle} onBuild={(c) => built.push(c)} active width={80} height={20} />);
  assert.match(ui.lastFrame() ?? "", /recommended/);
  assert.match(ui.lastFrame() ?? "", /target: wasm/);
  await press(ui, "j");
  await press(ui, "\r");
  assert.equal(built, [{ bundle: "recommended" }]);
  ui.unmount();
});

test("compose: space toggles categories, b builds them", async () => {
  const built: unknown[] = [];
  const ui = render(<BundlesView bundles={["all"]} categories={["images", "secrets"]} build={idle} onBuild={(c) => built.push(c)} active width={80} height={20} />);
  await press(ui, "c");
  await press(ui, "j");
  await press(ui, " ");
  await frameMatching(ui.lastFrame, /\[x\] ▸ secrets/);
  await press(ui, "b");
  assert.equal(built, [{ categories: ["secrets"] }]);
  ui.unmount();
});

test("compose: parameters that break the rule's schema are shown inline and not kept", async () => {
  const built: unknown[] = [];
  const capture: boolean[] = [];
  const ui = render(<BundlesView bundles={["all"]} categories={["pod-security", "workloads"]} rules={RULES} validateParameters={validate} onCapture={(c) => capture.push(c)} build={idle} onBuild={(c) => built.push(c)} active width={80} height={24} />);
  await press(ui, "c");
  await press(ui, "j");
  await press(ui, "l");
  await frameMatching(ui.lastFrame, /replica-limit \(e: parameters\)/);
  await press(ui, "j");
  await press(ui, "e");
  await type(ui, `{"max": 0, "extra": 1}`);
  await press(ui, "\r");
  let frame = await frameMatching(ui.lastFrame, /✗ parameters of replica-limit/);
  assert.match(frame, /✗ parameters of replica-limit\/max: must be >= 1/);
  assert.match(frame, /✗ parameters of replica-limit: must NOT have additional properties/);
  assert.equal(capture, [true], "the editor holds the keyboard while the edit is invalid");
  // Not JSON at all: said so, still editing.
  await press(ui, "\u001b");
  await press(ui, "e");
  await type(ui, "max=3");
  await press(ui, "\r");
  frame = await frameMatching(ui.lastFrame, /not JSON/);
  await press(ui, "\u001b");
  frame = await frameMatching(ui.lastFrame, /replica-limit \(e: parameters\)/);
  await press(ui, "b");
  assert.equal(built, [], "nothing selected: an invalid edit selects nothing");
  ui.unmount();
});

test("compose: valid parameters are kept, select the rule and go into the build", async () => {
  const built: unknown[] = [];
  const ui = render(<BundlesView bundles={["all"]} categories={["pod-security", "workloads"]} rules={RULES} validateParameters={validate} build={idle} onBuild={(c) => built.push(c)} active width={80} height={24} />);
  await press(ui, "c");
  await press(ui, "j");
  await press(ui, "l");
  await press(ui, "j");
  await press(ui, "e");
  await type(ui, `{"max": 3}`);
  await press(ui, "\r");
  const frame = await frameMatching(ui.lastFrame, /\[x\] replica-limit \{"max":3\}/);
  assert.not.match(frame, /✗/);
  await press(ui, "k");
  await press(ui, "k");
  await press(ui, " ");
  await press(ui, "b");
  assert.equal(built, [{ categories: ["pod-security"], rules: ["replica-limit"], parameters: { "replica-limit": { max: 3 } } }]);
  ui.unmount();
});

test("progress while building, the artefact when done, the error when it fails", () => {
  const noop = () => {};
  const building: BuildState = { status: "building", bundle: "recommended", step: "compile", stepIndex: 0, stepTotal: 3, log: [] };
  let ui = render(<BundlesView bundles={["recommended"]} categories={[]} build={building} onBuild={noop} active width={80} height={20} />);
  assert.match(ui.lastFrame() ?? "", /build recommended ░{20} compile…/);
  ui.unmount();
  const done: BuildState = {
    status: "done", bundle: "recommended", stepIndex: 3, stepTotal: 3, elapsedMs: 1234, log: ["library: 105 rules, unchanged (cache hit), policy.wasm 500 KiB"],
    artefact: { target: "wasm", bundle: "recommended", dir: "/out/recommended", files: [{ path: "/out/recommended/policy.wasm", size: 512000 }], revision: "abcdef0123456789", rules: 22, entrypoints: ["kubeward/main/findings"] },
  };
  ui = render(<BundlesView bundles={["recommended"]} categories={[]} build={done} onBuild={noop} active width={80} height={20} />);
  const frame = ui.lastFrame() ?? "";
  assert.match(frame, /build recommended █{20} done in 1\.2 s/);
  assert.match(frame, /policy\.wasm +500\.0 KiB/);
  assert.match(frame, /revision abcdef012345 · 22 rules/);
  ui.unmount();
  const failed: BuildState = { status: "error", bundle: "custom", stepIndex: 1, stepTotal: 3, log: [], error: "opa build failed:\npolicy.rego:3: rego_parse_error" };
  ui = render(<BundlesView bundles={["recommended"]} categories={[]} build={failed} onBuild={noop} active width={80} height={20} />);
  assert.match(ui.lastFrame() ?? "", /✗ build failed/);
  assert.match(ui.lastFrame() ?? "", /rego_parse_error/);
  ui.unmount();
});

test.run();

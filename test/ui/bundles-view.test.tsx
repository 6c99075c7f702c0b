// The Bundles view: the list, compose mode, targets and a signing key, progress across every step,
// each artefact of a multi-target build, and a failed build.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { render } from "ink-testing-library";
import { BundlesView } from "../../src/ui/views/bundles-view.tsx";
import { IDLE_BUILD, type BuildState } from "../../src/ui/hooks/use-bundle-build.ts";
import { validateRuleParameters } from "../../src/config/bundle.ts";
import type { RuleMeta } from "../../src/types.ts";
import { ARTEFACTS, RULE, frameMatching, press, stubServices } from "./fixtures.ts";

// A rule with a parameters schema; validation is the real one bundle files get (config/bundle.ts).
const LIMITED: RuleMeta = { ...RULE, id: "replica-limit", category: "workloads", package: "kubeward.rules.workloads.replica_limit", parameters: { type: "object", properties: { max: { type: "integer", minimum: 1 } }, required: ["max"], additionalProperties: false } };
const RULES = [RULE, LIMITED];
const validate = (id: string, p: Record<string, unknown>) => validateRuleParameters(RULES.find((r) => r.id === id) as RuleMeta, p).problems;
const type = async (ui: { stdin: { write(s: string): void } }, text: string) => {
  for (const c of text) await press(ui, c);
};

const idle = IDLE_BUILD;
// The targets as the real services offer them (BUILD_TARGETS, in order).
const TARGETS = stubServices().buildTargets();

test("lists bundles and builds the selected one", async () => {
  const built: unknown[] = [];
  const onBuild = (...a: unknown[]) => built.push(a);
  const ui = render(<BundlesView targets={TARGETS} bundles={["all", "recommended"]} categories={["images", "secrets"]} build={idle} onBuild={onBuild} active width={80} height={20} />);
  assert.match(ui.lastFrame() ?? "", /recommended/);
  assert.match(ui.lastFrame() ?? "", /targets: \[x\] wasm \[ \] opa \[ \] gatekeeper \[ \] conftest/, "wasm is selected to begin with");
  assert.match(ui.lastFrame() ?? "", /signing key: none/);
  await press(ui, "j");
  await press(ui, "\r");
  assert.equal(built, [[{ bundle: "recommended" }, { targets: ["wasm"] }]]);
  ui.unmount();
});

test("compose: space toggles categories, b builds them", async () => {
  const built: unknown[] = [];
  const onBuild = (...a: unknown[]) => built.push(a);
  const ui = render(<BundlesView targets={TARGETS} bundles={["all"]} categories={["images", "secrets"]} build={idle} onBuild={onBuild} active width={80} height={20} />);
  await press(ui, "c");
  await press(ui, "j");
  await press(ui, " ");
  await frameMatching(ui.lastFrame, /\[x\] ▸ secrets/);
  await press(ui, "b");
  assert.equal(built, [[{ categories: ["secrets"] }, { targets: ["wasm"] }]]);
  ui.unmount();
});

test("compose: parameters that break the rule's schema are shown inline and not kept", async () => {
  const built: unknown[] = [];
  const onBuild = (...a: unknown[]) => built.push(a);
  const capture: boolean[] = [];
  const ui = render(<BundlesView targets={TARGETS} bundles={["all"]} categories={["pod-security", "workloads"]} rules={RULES} validateParameters={validate} onCapture={(c) => capture.push(c)} build={idle} onBuild={onBuild} active width={80} height={24} />);
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
  const onBuild = (...a: unknown[]) => built.push(a);
  const ui = render(<BundlesView targets={TARGETS} bundles={["all"]} categories={["pod-security", "workloads"]} rules={RULES} validateParameters={validate} build={idle} onBuild={onBuild} active width={80} height={24} />);
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
  assert.equal(built, [[{ categories: ["pod-security"], rules: ["replica-limit"], parameters: { "replica-limit": { max: 3 } } }, { targets: ["wasm"] }]]);
  ui.unmount();
});

test("targets: t focuses the row, h/l move, space toggles; the build gets them in the list's order", async () => {
  const built: unknown[] = [];
  const ui = render(<BundlesView targets={TARGETS} bundles={["all", "recommended"]} categories={[]} build={idle} onBuild={(...a) => built.push(a)} active width={80} height={20} />);
  await press(ui, "t");
  let frame = await frameMatching(ui.lastFrame, /targets: ←→\/h l move · space toggles/);
  assert.match(frame, /wasm: what wasm is/, "the focused target says what it is");
  await press(ui, "l");
  await press(ui, "l");
  await press(ui, "l");
  await press(ui, " ");
  await press(ui, "h");
  await press(ui, "h");
  await press(ui, " ");
  frame = await frameMatching(ui.lastFrame, /\[x\] opa/);
  assert.match(frame, /targets: \[x\] wasm \[x\] opa \[ \] gatekeeper \[x\] conftest/);
  await press(ui, "b");
  assert.equal(built, [[{ bundle: "all" }, { targets: ["wasm", "opa", "conftest"] }]], "b builds from the targets row too");
  // Nothing selected: said so, nothing built.
  await press(ui, "h");
  await press(ui, " ");
  await press(ui, "l");
  await press(ui, " ");
  await press(ui, "l");
  await press(ui, "l");
  await press(ui, " ");
  await frameMatching(ui.lastFrame, /targets: \[ \] wasm \[ \] opa \[ \] gatekeeper \[ \] conftest/);
  await press(ui, "\r");
  await frameMatching(ui.lastFrame, /! no target selected/);
  assert.is(built.length, 1);
  ui.unmount();
});

test("signing key: typed like the parameters, said to be unused without opa, passed with the targets", async () => {
  const built: unknown[] = [];
  const capture: boolean[] = [];
  const ui = render(<BundlesView targets={TARGETS} bundles={["recommended"]} categories={[]} build={idle} onBuild={(...a) => built.push(a)} onCapture={(c) => capture.push(c)} active width={80} height={20} />);
  await press(ui, "s");
  for (const c of "keys/k.pm") await press(ui, c);
  await press(ui, "\u007f");
  for (const c of "em") await press(ui, c);
  let frame = await frameMatching(ui.lastFrame, /signing key: keys\/k\.pem▏/);
  assert.match(frame, /PEM private key \(RS256\/ES256\) or HMAC secret file/);
  await press(ui, "\r");
  frame = await frameMatching(ui.lastFrame, /signing key: keys\/k\.pem — only opa is signed: select it \(t\)/);
  assert.equal(capture, [true, false], "the field holds the keyboard while typing, then lets go");
  await press(ui, "t");
  await press(ui, "l");
  await press(ui, " ");
  await press(ui, "t");
  frame = await frameMatching(ui.lastFrame, /signing key: keys\/k\.pem \(signs opa\)/);
  await press(ui, "\r");
  assert.equal(built, [[{ bundle: "recommended" }, { targets: ["wasm", "opa"], signingKey: "keys/k.pem" }]]);
  // Esc cancels an edit; an emptied field clears the key.
  await press(ui, "s");
  await press(ui, "x");
  await press(ui, "\u001b");
  await frameMatching(ui.lastFrame, /signing key: keys\/k\.pem \(signs opa/);
  await press(ui, "s");
  for (let i = 0; i < 10; i++) await press(ui, "\u007f");
  await press(ui, "\r");
  await frameMatching(ui.lastFrame, /signing key: none/);
  await press(ui, "\r");
  assert.equal(built[1], [{ bundle: "recommended" }, { targets: ["wasm", "opa"] }]);
  ui.unmount();
});

test("progress across every step, then every artefact: path, size, revision, rules, entrypoints", () => {
  const noop = () => {};
  const building: BuildState = { ...IDLE_BUILD, status: "building", bundle: "recommended", targets: ["wasm", "opa"], step: "writing the OPA bundle", stepIndex: 3, stepTotal: 5, log: ["library: 105 rules, unchanged (cache hit), policy.wasm 500 KiB"] };
  let ui = render(<BundlesView targets={TARGETS} bundles={["recommended"]} categories={[]} build={building} onBuild={noop} active width={80} height={21} />);
  let frame = ui.lastFrame() ?? "";
  assert.match(frame, /build recommended █{10}░{6} 4\/5 writing the OPA bundle…/);
  assert.match(frame, /library: 105 rules/);
  ui.unmount();
  // Four artefacts in an 80×24 terminal (the view gets 21 rows): every artefact's core lines fit.
  const done: BuildState = { ...IDLE_BUILD, status: "done", bundle: "recommended", targets: ["wasm", "opa", "gatekeeper", "conftest"], stepIndex: 7, stepTotal: 7, elapsedMs: 1234, log: [], artefacts: [ARTEFACTS.wasm, ARTEFACTS.opa, ARTEFACTS.gatekeeper, ARTEFACTS.conftest] };
  ui = render(<BundlesView targets={TARGETS} bundles={["recommended"]} categories={[]} build={done} onBuild={noop} active width={80} height={21} />);
  frame = ui.lastFrame() ?? "";
  assert.ok(frame.split("\n").length <= 21, `fits 21 rows:\n${frame}`);
  assert.ok(frame.split("\n").every((l) => l.length <= 80), "fits 80 columns");
  assert.match(frame, /build recommended █{16} done: 4 artefacts in 1\.2 s/);
  assert.match(frame, /✓ wasm +out\/recommended\n +2 files · 504\.0 KiB · 22 rules · revision abcdef012345\n +entrypoints kubeward\/main\/findings/);
  assert.match(frame, /✓ opa +out\/opa\/recommended\.tar\.gz\n +1 file · 1\.2 MiB · 20 rules · revision recommended-8b683fcf15a43291\n +entrypoints system\/main, kubeward\/main\/findings/);
  assert.match(frame, /✓ gatekeeper +out\/gatekeeper\/recommended\n +40 files · 40\.0 KiB · 18 rules/);
  assert.match(frame, /entrypoints templates\/ \(18\), constraints\/ \(18\), suite\.yaml \(40 cases\)\n/);
  assert.match(frame, /✓ conftest +out\/conftest\/recommended\n +1 file · 2\.0 KiB · 20 rules[^\n]*\n +entrypoints main\.deny, main\.warn/);
  ui.unmount();
  // With room (a taller terminal), the notes and how to run each artefact show too.
  ui = render(<BundlesView targets={TARGETS} bundles={["recommended"]} categories={[]} build={{ ...done, artefacts: [ARTEFACTS.opa, ARTEFACTS.gatekeeper] }} onBuild={noop} active width={100} height={30} />);
  frame = ui.lastFrame() ?? "";
  assert.match(frame, /signed RS256 \(keyid default\)\n +run: opa run --server --bundle out\/opa\/recommended\.tar\.gz/);
  assert.match(frame, /left out 2 rules: an audit-log detection/);
  ui.unmount();
});

test("a target failing after another was written: the written artefact stays, the error follows it", () => {
  const failed: BuildState = { ...IDLE_BUILD, status: "error", bundle: "recommended", targets: ["opa", "gatekeeper"], stepIndex: 3, stepTotal: 4, log: [], artefacts: [ARTEFACTS.opa], error: "opa check --v0-compatible failed:\nrules/x/policy.rego:3: rego_parse_error" };
  const ui = render(<BundlesView targets={TARGETS} bundles={["recommended"]} categories={[]} build={failed} onBuild={() => {}} active width={80} height={21} />);
  const frame = ui.lastFrame() ?? "";
  assert.match(frame, /✓ opa +out\/opa\/recommended\.tar\.gz[\s\S]*✗ build failed\n[\s\S]*rego_parse_error/);
  ui.unmount();
});

test("a failed build: the bar stops, the error (e.g. a bad signing key) is shown", () => {
  const failed: BuildState = { ...IDLE_BUILD, status: "error", bundle: "recommended", targets: ["opa"], stepIndex: 0, stepTotal: 4, error: "signing key /k/bad.pem cannot sign a bundle: --signing-key is not a PEM private key usable for RS256" };
  const ui = render(<BundlesView targets={TARGETS} bundles={["recommended"]} categories={[]} build={failed} onBuild={() => {}} active width={80} height={20} />);
  const frame = ui.lastFrame() ?? "";
  assert.match(frame, /build recommended ░{16} failed/);
  assert.match(frame, /✗ build failed/);
  assert.match(frame, /signing key \/k\/bad\.pem cannot sign a bundle/);
  ui.unmount();
});

test.run();

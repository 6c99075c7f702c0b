// The Bundles view: the list, compose mode, progress, the artefact and a failed build.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { render } from "ink-testing-library";
import { BundlesView } from "../../src/ui/views/bundles-view.tsx";
import type { BuildState } from "../../src/ui/hooks/use-bundle-build.ts";
import { frameMatching, press } from "./fixtures.ts";

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
  await frameMatching(ui.lastFrame, /\[x\] secrets/);
  await press(ui, "b");
  assert.equal(built, [{ categories: ["secrets"] }]);
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

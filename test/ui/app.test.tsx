// The App as a user drives it, with stubbed services and a fixed clock: tabs, help, quit, colour.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { render } from "ink-testing-library";
import { App } from "../../src/ui/app.tsx";
import { KubewardError } from "../../src/errors.ts";
import { frameMatching, press, stubServices, tick } from "./fixtures.ts";

const SIZE = { columns: 80, rows: 24 };

test("starts on Tests, streams results and shows counts", async () => {
  const ui = render(<App services={stubServices()} color={false} size={SIZE} />);
  const frame = await frameMatching(ui.lastFrame, /· done/);
  assert.match(frame, /1 Tests/);
  assert.match(frame, /✓ 2 passed/);
  assert.match(frame, /✗ 0 failed/);
  assert.match(frame, /○ 1 skipped/);
  assert.match(frame, /· done/);
  assert.ok(frame.split("\n").every((l) => l.length <= 80), "fits 80 columns");
  ui.unmount();
});

test("tab and digits switch views; ? shows help; q quits", async () => {
  const ui = render(<App services={stubServices()} color={false} size={SIZE} />);
  await tick();
  await press(ui, "\t");
  await frameMatching(ui.lastFrame, /total 87\.5%/);
  await press(ui, "3");
  await frameMatching(ui.lastFrame, /1 finding in 1 resources/);
  await press(ui, "4");
  await frameMatching(ui.lastFrame, /recommended/);
  await press(ui, "?");
  await frameMatching(ui.lastFrame, /next \/ previous uncovered line/);
  await press(ui, "x");
  const closed = await frameMatching(ui.lastFrame, /c: compose · t: targets/);
  assert.not.match(closed, /next \/ previous uncovered line/);
  await press(ui, "q");
  await tick();
  ui.unmount();
});

test("a bundle builds from the Bundles view for the chosen targets and shows every artefact", async () => {
  const requests: unknown[] = [];
  const services = stubServices();
  const ui = render(<App services={{ ...services, buildBundle: (c, o) => (requests.push([c, o]), services.buildBundle(c, o)) }} color={false} size={SIZE} initialTab="Bundles" />);
  await tick();
  await press(ui, "j");
  await press(ui, "t");
  await press(ui, "l");
  await press(ui, " ");
  await press(ui, "t");
  await press(ui, "\r");
  const frame = await frameMatching(ui.lastFrame, /done: 2 artefacts/);
  assert.equal(requests, [[{ bundle: "recommended" }, { targets: ["wasm", "opa"] }]]);
  assert.match(frame, /✓ wasm +out\/recommended\n +2 files · 504\.0 KiB · 22 rules · revision abcdef012345\n +entrypoints kubeward\/main\/findings/);
  assert.match(frame, /✓ opa +out\/opa\/recommended\.tar\.gz\n +1 file · 1\.2 MiB · 20 rules · revision recommended-8b683fcf15a43291/);
  assert.ok(frame.split("\n").every((l) => l.length <= 80), "fits 80 columns");
  ui.unmount();
});

test("a bad signing key: q and tab wait while it is typed; the build fails with the services' error", async () => {
  const services = stubServices({
    // What node-services does with a key that cannot sign: a usage error before anything compiles.
    // eslint-disable-next-line require-yield -- the failure comes before the first event, as with a bad key
    async *buildBundle() {
      throw new KubewardError("usage", "signing key keys/bad.pem cannot sign a bundle: --signing-key is not a PEM private key usable for RS256");
    },
  });
  const ui = render(<App services={services} color={false} size={SIZE} initialTab="Bundles" />);
  await tick();
  await press(ui, "s");
  for (const c of "keys/bad.pem\tq") await press(ui, c);
  let frame = await frameMatching(ui.lastFrame, /signing key: keys\/bad\.pem\tq▏|signing key: keys\/bad\.pemq▏/);
  assert.match(frame, /typing: enter keeps it/);
  assert.match(frame, /4 Bundles/, "still on Bundles: tab and q went into the field");
  for (let i = 0; i < 2; i++) await press(ui, "\u007f");
  await press(ui, "\r");
  await press(ui, "t");
  await press(ui, "l");
  await press(ui, " ");
  await press(ui, "t");
  await press(ui, "b");
  frame = await frameMatching(ui.lastFrame, /✗ build failed/);
  assert.match(frame, /signing key keys\/bad\.pem cannot sign a bundle/);
  await press(ui, "?");
  frame = await frameMatching(ui.lastFrame, /targets row/);
  assert.match(frame, /signing key \(Bundles\)/);
  ui.unmount();
});

test("NO_COLOR (color=false): frames carry no colour codes, and every state still has a symbol", async () => {
  const plain = render(<App services={stubServices()} color={false} size={SIZE} />);
  const frame = await frameMatching(plain.lastFrame, /· done/);
  assert.not.ok(frame.includes("\u001b["), "no escape codes");
  assert.match(frame, /✓ 2 passed/);
  plain.unmount();
});

test.run();

// The App as a user drives it, with stubbed services and a fixed clock: tabs, help, quit, colour.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { render } from "ink-testing-library";
import { App } from "../../src/ui/app.tsx";
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
  const closed = await frameMatching(ui.lastFrame, /c: compose from categories/);
  assert.not.match(closed, /next \/ previous uncovered line/);
  await press(ui, "q");
  await tick();
  ui.unmount();
});

test("a bundle builds from the Bundles view and shows its artefact", async () => {
  const ui = render(<App services={stubServices()} color={false} size={SIZE} initialTab="Bundles" />);
  await tick();
  await press(ui, "j");
  await tick();
  await press(ui, "\r");
  const frame = await frameMatching(ui.lastFrame, /revision/);
  assert.match(frame, /✓ wasm artefact \/out\/recommended/);
  assert.match(frame, /revision abcdef012345 · 22 rules · entrypoints kubeward\/main\/findings/);
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

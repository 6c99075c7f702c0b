// The Findings detail pane with the real services: the rule's description and remediation come from
// the library the scan loaded, also when `kubeward ui --out DIR` puts bundle artefacts elsewhere
// (it once read DIR/library/catalog.json, absent there, and said "rule not in catalogue").
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { render } from "ink-testing-library";
import { App } from "../../src/ui/app.tsx";
import { nodeServices } from "../../src/ui/node-services.ts";
import { defaultLibraryDir } from "../../src/library.ts";
import type { RuleMeta } from "../../src/types.ts";
import { frameMatching, press, stubServices, tick } from "./fixtures.ts";

test("kubeward ui --out TMP: a scan's finding shows its rule's remediation from the scanned library", async () => {
  if (!fs.existsSync(path.join(defaultLibraryDir(), "catalog.json"))) {
    console.log("SKIPPED: dist/library is not built (node scripts/build.mjs builds it)");
    return;
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kw-ui-out-"));
  try {
    const root = process.cwd();
    const services = nodeServices({
      policiesDir: path.join(root, "policies"), libraryDir: path.join(out, "test-library"), outDir: out, cwd: root,
      scanTarget: "examples/app", lastReportFile: path.join(out, "last-report.json"), watch: false, version: "test",
      now: () => 0, today: "2026-01-01",
    });
    // No opa run: only the Findings view is under test.
    const ui = render(<App services={{ ...services, streamTests: stubServices().streamTests }} color={false} size={{ columns: 120, rows: 30 }} initialTab="Findings" />);
    await tick();
    await press(ui, "s");
    const frame = await frameMatching(ui.lastFrame, /fix: /, 60_000);
    assert.not.match(frame, /not in this library's catalogue/);
    const catalog = JSON.parse(fs.readFileSync(path.join(defaultLibraryDir(), "catalog.json"), "utf8")) as RuleMeta[];
    const shown = /(?:CRITICAL|HIGH|MEDIUM|LOW|INFO) .*?\((?<id>[a-z0-9-]+)\)/.exec(frame)?.groups?.id;
    const rule = catalog.find((r) => r.id === shown);
    assert.ok(rule, `the selected finding's rule (${shown}) is in the scanned library\n${frame}`);
    assert.ok(frame.includes(`fix: ${rule.remediation.slice(0, 40)}`), frame);
    ui.unmount();
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test.run();

// The HTML compliance report in real headless Chromium (Debian's `chromium`, installed by
// scripts/bootstrap.mjs), driven over the DevTools protocol (test/e2e/chromium.ts): the page loads
// with no console error and no request at all, its numbers match the JSON report of the same scan,
// the filters change what is shown, print hides the controls, and a screenshot (plus a PDF of the
// print layout) is written to dist/e2e/ for people to look at.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { json, kubeward } from "../cli/helpers.ts";
import { Chromium, findChromium, type CdpEvent } from "./chromium.ts";
import type { JsonReport } from "../../src/report/json-report.ts";
import type { RuleMeta } from "../../src/types.ts";

const root = process.cwd();
const outDir = path.join(root, "dist", "e2e");
const chromiumPath = findChromium();
if (!chromiumPath) console.log("SKIPPED: Chromium not found (apt-get install chromium, or run node scripts/bootstrap.mjs as root; or set KUBEWARD_CHROMIUM) — the HTML report was not checked in a browser");

let browser: Chromium | undefined;

test.before(() => {
  if (chromiumPath) browser = Chromium.launch(chromiumPath);
});

test.after(async () => {
  await browser?.close();
});

/** Loads a file in a fresh page with console, log and network events on; returns the session id. */
async function open(file: string): Promise<string> {
  const b = browser as Chromium;
  const session = await b.newPage();
  for (const domain of ["Runtime", "Log", "Network", "Page"]) await b.send(`${domain}.enable`, {}, session);
  await b.send("Emulation.setDeviceMetricsOverride", { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false }, session);
  await b.send("Page.navigate", { url: pathToFileURL(file).href }, session);
  await b.waitFor((e) => e.sessionId === session && e.method === "Page.loadEventFired", "load event");
  return session;
}

/** Console errors, uncaught exceptions, CSP or other browser log errors, and every request but the page itself. */
function problems(session: string, file: string): { errors: string[]; requests: string[] } {
  const mine = (browser as Chromium).events.filter((e: CdpEvent) => e.sessionId === session);
  const errors = mine.flatMap((e) => {
    const p = e.params as { type?: string; args?: unknown; exceptionDetails?: unknown; entry?: { level: string; text: string }; errorText?: string };
    if (e.method === "Runtime.consoleAPICalled" && (p.type === "error" || p.type === "assert" || p.type === "warning")) return [`console.${p.type}: ${JSON.stringify(p.args)}`];
    if (e.method === "Runtime.exceptionThrown") return [`exception: ${JSON.stringify(p.exceptionDetails)}`];
    if (e.method === "Log.entryAdded" && (p.entry?.level === "error" || p.entry?.level === "warning")) return [`log ${p.entry.level}: ${p.entry.text}`];
    if (e.method === "Network.loadingFailed") return [`failed request: ${p.errorText}`];
    return [];
  });
  const page = pathToFileURL(file).href;
  const requests = mine.filter((e) => e.method === "Network.requestWillBeSent").map((e) => (e.params as { request: { url: string } }).request.url).filter((u) => u !== page);
  return { errors, requests };
}

test("examples/app: loads clean, offline, with the JSON report's numbers; filters work; screenshot written", async () => {
  if (!browser) return;
  const b = browser;
  fs.mkdirSync(outDir, { recursive: true });
  const htmlFile = path.join(outDir, "html-report.html");
  const jsonRun = kubeward(["scan", "examples/app", "--format", "json"]);
  const report = json<JsonReport>(jsonRun);
  const htmlRun = kubeward(["scan", "examples/app", "--format", "html", "--output", htmlFile]);
  assert.is(htmlRun.status, jsonRun.status, htmlRun.stderr);
  assert.ok(report.findings.length > 3, "examples/app should have findings to show");

  const session = await open(htmlFile);
  const page = await b.evaluate<{ metrics: Record<string, string>; rows: number; visible: number; shown: string }>(session, `(() => {
    const metrics = {};
    for (const el of document.querySelectorAll("[data-metric]")) metrics[el.dataset.metric + (el.dataset.key ? ":" + el.dataset.key : "")] = el.textContent;
    const rows = [...document.querySelectorAll("#findings tbody tr[data-row]")];
    return { metrics, rows: rows.length, visible: rows.filter((r) => r.offsetParent !== null).length, shown: document.getElementById("shown-count").textContent };
  })()`);

  // Totals and severities, as the JSON report has them.
  assert.is(page.metrics.findings, String(report.summary.findings));
  assert.is(page.metrics.resources, String(report.summary.resources));
  assert.is(page.metrics.files, String(report.summary.files));
  assert.is(page.metrics.errors, String(report.summary.errors));
  for (const [sev, n] of Object.entries(report.summary.bySeverity)) {
    assert.is(page.metrics[`severity:${sev}`], String(n), `tile ${sev}`);
    assert.is(page.metrics[`chart-severity:${sev}`], String(n), `severity chart ${sev}`);
  }
  const byCategory = new Map<string, number>();
  for (const f of report.findings) byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
  for (const [cat, n] of byCategory) assert.is(page.metrics[`chart-category:${cat}`], String(n), `category chart ${cat}`);
  assert.equal([page.rows, page.visible, page.shown], [report.findings.length, report.findings.length, String(report.findings.length)]);

  // Per framework: failed controls and findings from the JSON findings; controls in scope from the
  // bundle's rules in the compiled catalogue.
  const catalog = JSON.parse(fs.readFileSync(path.join(root, "dist", "library", "catalog.json"), "utf8")) as RuleMeta[];
  const bundleRules = new Set((JSON.parse(fs.readFileSync(path.join(root, "dist", "library", "bundles", `${report.bundle}.json`), "utf8")) as { rules: { id: string }[] }).rules.map((r) => r.id));
  const scanned = catalog.filter((r) => bundleRules.has(r.id) && r.family !== "detection");
  for (const fw of ["PSS", "CIS", "NSA", "MITRE"]) {
    const inFw = (c: string) => c.startsWith(`${fw}:`);
    const failed = new Set(report.findings.flatMap((f) => f.controls.filter(inFw)));
    const inScope = new Set(scanned.flatMap((r) => r.controls.filter(inFw)));
    const n = (k: string) => Number(page.metrics[`framework-${k}:${fw}`]);
    assert.is(n("failed"), failed.size, `${fw} failed controls`);
    assert.is(n("findings"), report.findings.filter((f) => f.controls.some(inFw)).length, `${fw} findings`);
    assert.is(n("failed") + n("passed") + n("not-applicable"), inScope.size, `${fw} controls in scope`);
  }

  // The screenshot of the page as first opened (full length).
  const { cssContentSize } = await b.send("Page.getLayoutMetrics", {}, session) as { cssContentSize: { width: number; height: number } };
  const shot = await b.send("Page.captureScreenshot", { format: "png", captureBeyondViewport: true, clip: { x: 0, y: 0, width: 1280, height: Math.ceil(cssContentSize.height), scale: 1 } }, session);
  const png = path.join(outDir, "html-report.png");
  fs.writeFileSync(png, Buffer.from(shot.data as string, "base64"));
  assert.ok(fs.readFileSync(png).subarray(1, 4).toString() === "PNG" && fs.statSync(png).size > 10_000, "a real PNG");
  console.log(`screenshot: ${path.relative(root, png)} (${fs.statSync(png).size} bytes, 1280x${Math.ceil(cssContentSize.height)})`);

  // Filters. Typing into the text box (real key input): the rows left are those mentioning the text.
  const rule = [...new Set(report.findings.map((f) => f.rule))].map((r) => [r, report.findings.filter((f) => f.rule === r).length] as const).sort((a, c) => a[1] - c[1])[0]!;
  const box = await b.evaluate<{ x: number; y: number }>(session, `(() => { const el = document.getElementById("filter-text"); el.scrollIntoView(); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`);
  for (const type of ["mousePressed", "mouseReleased"]) await b.send("Input.dispatchMouseEvent", { type, x: box.x, y: box.y, button: "left", clickCount: 1 }, session);
  await b.send("Input.insertText", { text: rule[0] }, session);
  const visibleRows = `[...document.querySelectorAll("#findings tbody tr[data-row]")].filter((r) => r.offsetParent !== null)`;
  const afterText = await b.evaluate<{ n: number; shown: string; rules: string[] }>(session, `(() => { const v = ${visibleRows}; return { n: v.length, shown: document.getElementById("shown-count").textContent, rules: [...new Set(v.map((r) => r.dataset.rule))] }; })()`);
  assert.equal(afterText, { n: rule[1], shown: String(rule[1]), rules: [rule[0]] }, `typing ${rule[0]}`);
  // The severity select, then reset.
  const afterSeverity = await b.evaluate<number>(session, `(() => { document.getElementById("filter-reset").click(); const s = document.getElementById("filter-severity"); s.value = "high"; s.dispatchEvent(new Event("change")); return ${visibleRows}.length; })()`);
  assert.is(afterSeverity, report.summary.bySeverity.high);
  assert.ok(afterSeverity < report.findings.length);
  const afterReset = await b.evaluate<number>(session, `(() => { document.getElementById("filter-reset").click(); return ${visibleRows}.length; })()`);
  assert.is(afterReset, report.findings.length);

  // Print: the filter bar goes, every row and the framework control lists stay.
  await b.send("Emulation.setEmulatedMedia", { media: "print" }, session);
  const printed = await b.evaluate<{ filters: string; rows: number }>(session, `({ filters: getComputedStyle(document.getElementById("filters")).display, rows: ${visibleRows}.length })`);
  assert.equal(printed, { filters: "none", rows: report.findings.length });
  const pdf = await b.send("Page.printToPDF", { printBackground: true }, session);
  fs.writeFileSync(path.join(outDir, "html-report.pdf"), Buffer.from(pdf.data as string, "base64"));

  const seen = problems(session, htmlFile);
  assert.equal(seen.errors, [], "console and log errors");
  assert.equal(seen.requests, [], "network requests");
});

test("hostile text in a manifest stays text: no element, no script, no request", async () => {
  if (!browser) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-html-hostile-"));
  try {
    fs.writeFileSync(path.join(dir, "pod.yaml"), `apiVersion: v1
kind: Pod
metadata:
  name: evil
  namespace: "x\\"><script>window.__pwned = 1</script>"
spec:
  containers:
    - name: "<img src=http://198.51.100.7/x.png onerror=window.__pwned=2>"
      image: nginx
      securityContext:
        privileged: true
`);
    const htmlFile = path.join(dir, "report.html");
    const run = kubeward(["scan", "pod.yaml", "--format", "html", "--output", htmlFile], { cwd: dir });
    assert.is(run.status, 1, run.stderr);
    const session = await open(htmlFile);
    const page = await b().evaluate<{ pwned: unknown; imgs: number; scripts: number; text: boolean }>(session, `({ pwned: window.__pwned ?? null, imgs: document.images.length, scripts: document.scripts.length,
      text: document.body.textContent.includes("<img src=http://198.51.100.7/x.png onerror=window.__pwned=2>") })`);
    assert.equal(page, { pwned: null, imgs: 0, scripts: 1, text: true });
    const seen = problems(session, htmlFile);
    assert.equal(seen, { errors: [], requests: [] });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function b(): Chromium {
  return browser as Chromium;
}

test.run();

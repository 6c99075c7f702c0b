// Formatters for `kubeward test` results: a contract separate from scan reports.
import type { TestRun } from "../policy/run-library-tests.ts";

export const TEST_FORMATS = ["text", "json", "junit"] as const;
export type TestFormat = (typeof TEST_FORMATS)[number];

export function formatTestRun(format: TestFormat, run: TestRun, ctx: { color: boolean }): string {
  if (format === "json") return JSON.stringify(run, null, 2);
  if (format === "junit") return testRunJunit(run);
  return testRunText(run, ctx.color);
}

function paint(color: boolean, code: number, s: string): string {
  return color ? `\u001b[${code}m${s}\u001b[0m` : s;
}

function testRunText(run: TestRun, color: boolean): string {
  const lines: string[] = [];
  const byPackage = new Map<string, typeof run.opa>();
  for (const t of run.opa) byPackage.set(t.package, [...(byPackage.get(t.package) ?? []), t]);
  lines.push("opa unit tests");
  for (const [pkg, tests] of [...byPackage].sort(([a], [b]) => a.localeCompare(b))) {
    const bad = tests.filter((t) => t.outcome === "fail" || t.outcome === "error");
    const mark = bad.length ? paint(color, 31, "FAIL") : paint(color, 32, "ok  ");
    lines.push(`  ${mark} ${pkg.replace(/^kubeward\.rules\./, "").replace(/_test$/, "")}  ${tests.length - bad.length}/${tests.length}`);
    for (const t of bad) lines.push(`       ${t.name} (${t.file}:${t.line}): ${t.message ?? t.outcome}`);
  }
  lines.push("examples through the compiled wasm");
  const byRule = new Map<string, typeof run.examples>();
  for (const e of run.examples) byRule.set(e.rule, [...(byRule.get(e.rule) ?? []), e]);
  for (const [rule, examples] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    const bad = examples.filter((e) => !e.ok);
    const mark = bad.length ? paint(color, 31, "FAIL") : paint(color, 32, "ok  ");
    const allowed = examples.filter((e) => e.expect === "allowed").length;
    lines.push(`  ${mark} ${rule}  ${allowed} allowed, ${examples.length - allowed} denied`);
    for (const e of bad) lines.push(`       ${e.file}: ${e.problem}`);
  }
  if (run.coverage) {
    lines.push(`coverage ${run.coverage.total.toFixed(1)}%${run.threshold !== undefined ? ` (threshold ${run.threshold}%)` : ""}`);
    for (const f of run.coverage.files) {
      const gaps = f.notCovered.map((r) => (r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`)).join(",");
      lines.push(`  ${f.coverage.toFixed(1).padStart(5)}%  ${f.file}${gaps ? `  not covered: ${gaps}` : ""}`);
    }
    if (run.threshold !== undefined && run.coverage.total < run.threshold) {
      lines.push(paint(color, 31, `coverage ${run.coverage.total.toFixed(1)}% is below the threshold of ${run.threshold}%`));
    }
  }
  lines.push(`${run.passed} passed, ${run.failed} failed${run.skipped ? `, ${run.skipped} skipped` : ""}`);
  return `${lines.join("\n")}\n`;
}

function xml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string);
}

function testRunJunit(run: TestRun): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="kubeward test" tests="${run.passed + run.failed + run.skipped}" failures="${run.failed}">`];
  const opaFailures = run.opa.filter((t) => t.outcome === "fail" || t.outcome === "error").length;
  out.push(`  <testsuite name="opa" tests="${run.opa.length}" failures="${opaFailures}">`);
  for (const t of run.opa) {
    const open = `    <testcase classname="${xml(t.package)}" name="${xml(t.name)}" time="${(t.durationMs / 1000).toFixed(4)}"`;
    if (t.outcome === "pass") out.push(`${open}/>`);
    else if (t.outcome === "skip") out.push(`${open}><skipped/></testcase>`);
    else out.push(`${open}><failure message="${xml(t.message ?? t.outcome)}">${xml(`${t.file}:${t.line}`)}</failure></testcase>`);
  }
  out.push("  </testsuite>");
  out.push(`  <testsuite name="examples" tests="${run.examples.length}" failures="${run.examples.filter((e) => !e.ok).length}">`);
  for (const e of run.examples) {
    const open = `    <testcase classname="${xml(e.rule)}" name="${xml(`${e.expect}: ${e.file}`)}"`;
    out.push(e.ok ? `${open}/>` : `${open}><failure message="${xml(e.problem ?? "failed")}"/></testcase>`);
  }
  out.push("  </testsuite>", "</testsuites>");
  return `${out.join("\n")}\n`;
}

// Formatters for `kubeward verify` (gator suites): a test-runner contract of its own, like
// test-run.ts for `kubeward test`. Pure: (run, ctx) => string.
import type { CaseResult, VerifyRun } from "../verify.ts";

export const VERIFY_FORMATS = ["text", "json", "junit"] as const;
export type VerifyFormat = (typeof VERIFY_FORMATS)[number];

export function formatVerifyRun(format: VerifyFormat, run: VerifyRun, ctx: { color: boolean }): string {
  if (format === "json") return `${JSON.stringify(run, null, 2)}\n`;
  if (format === "junit") return verifyJunit(run);
  return verifyText(run, ctx.color);
}

function paint(color: boolean, code: number, s: string): string {
  return color ? `\u001b[${code}m${s}\u001b[0m` : s;
}

const MARKS: Record<CaseResult["status"], [number, string]> = { pass: [32, "ok  "], fail: [31, "FAIL"], error: [31, "ERR "], skip: [33, "skip"] };

function verifyText(run: VerifyRun, color: boolean): string {
  const lines: string[] = [];
  const mark = (status: CaseResult["status"]) => paint(color, MARKS[status][0], MARKS[status][1]);
  for (const suite of run.suites) {
    const cases = suite.tests.flatMap((t) => t.cases);
    const worst = cases.some((c) => c.status === "error") ? "error" : cases.some((c) => c.status === "fail") ? "fail" : cases.length > 0 && cases.every((c) => c.status === "skip") ? "skip" : "pass";
    lines.push(`${mark(worst)} ${suite.file}`);
    for (const test of suite.tests) {
      const bad = test.cases.filter((c) => c.status === "fail" || c.status === "error").length;
      lines.push(`  ${mark(test.error ? "error" : bad > 0 ? "fail" : test.skipped ? "skip" : "pass")} ${test.name}  ${test.cases.filter((c) => c.status === "pass").length}/${test.cases.length}`);
      if (test.error) {
        lines.push(...indent(test.error, 7));
        continue;
      }
      for (const c of test.cases) {
        lines.push(`    ${mark(c.status)} ${c.name}`);
        if (c.status === "fail") {
          lines.push(`         ${c.problem} (${c.file}:${c.line})`);
          lines.push(`         got messages: ${c.messages.length === 0 ? "none" : c.messages.map((m) => JSON.stringify(m)).join(", ")}`);
        } else if (c.status === "error") lines.push(...indent(c.problem ?? "error", 9));
      }
    }
  }
  for (const e of looseErrors(run)) lines.push(`${mark("error")} ${e.file}${e.line !== undefined ? `:${e.line}` : ""}: ${e.message}`);
  const cases = run.passed + run.failed + run.errored + run.skipped;
  lines.push(`${run.passed} passed, ${run.failed} failed${run.errored ? `, ${run.errored} errors` : ""}${run.skipped ? `, ${run.skipped} skipped` : ""} (${cases} cases in ${run.suites.length} suites${run.errors.length ? `; ${run.errors.length} input errors` : ""})`);
  return `${lines.join("\n")}\n`;
}

/** Input errors not already shown under a test or case (a suite that does not parse, a path that does not exist). */
function looseErrors(run: VerifyRun): VerifyRun["errors"] {
  const shown = run.suites.flatMap((s) => s.tests.flatMap((t) => [t.error ?? "", ...t.cases.map((c) => c.problem ?? "")])).filter((x) => x !== "");
  return run.errors.filter((e) => !shown.some((x) => x.includes(e.message)));
}

function indent(text: string, n: number): string[] {
  return text.split("\n").map((l) => `${" ".repeat(n)}${l}`);
}

function xml(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "\uFFFD").replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string);
}

function verifyJunit(run: VerifyRun): string {
  const total = run.passed + run.failed + run.errored + run.skipped;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="kubeward verify" tests="${total}" failures="${run.failed}" errors="${run.errored}" skipped="${run.skipped}">`];
  for (const suite of run.suites) {
    for (const test of suite.tests) {
      const count = (s: CaseResult["status"]) => test.cases.filter((c) => c.status === s).length;
      out.push(`  <testsuite name="${xml(`${suite.file}: ${test.name}`)}" tests="${test.cases.length}" failures="${count("fail")}" errors="${count("error")}" skipped="${count("skip")}">`);
      for (const c of test.cases) {
        const open = `    <testcase classname="${xml(test.name)}" name="${xml(c.name)}" file="${xml(c.file)}" line="${c.line}"`;
        if (c.status === "pass") out.push(`${open}/>`);
        else if (c.status === "skip") out.push(`${open}><skipped/></testcase>`);
        else if (c.status === "fail") out.push(`${open}><failure message="${xml(c.problem ?? "failed")}">${xml(`got messages: ${JSON.stringify(c.messages)}`)}</failure></testcase>`);
        else out.push(`${open}><error message="${xml(c.problem ?? "error")}"/></testcase>`);
      }
      out.push("  </testsuite>");
    }
  }
  const orphan = looseErrors(run);
  if (orphan.length > 0) {
    out.push(`  <testsuite name="kubeward verify errors" tests="${orphan.length}" failures="0" errors="${orphan.length}">`);
    for (const e of orphan) out.push(`    <testcase classname="kubeward.errors" name="${xml(`${e.file}${e.line !== undefined ? `:${e.line}` : ""}`)}"><error message="${xml(e.message)}"/></testcase>`);
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}

// `--format junit`: JUnit XML for CI test tabs (GitLab, Jenkins, Azure).
//
// One <testsuite> per rule: CI tools show suites as the top level, and "which controls fail, on
// which resources" is the question a security gate answers (one suite per file would repeat every
// rule under every file). Each resource a rule flagged is a failing <testcase> (all its messages in
// one <failure>); a rule that flagged nothing is one passing testcase, since the report keeps
// findings, not every (rule, resource) pair. Report errors go to a last suite as <error> cases.
import type { Finding, Report, RuleMeta } from "../types.ts";
import { describeResource } from "./text.ts";
import { displayPath, type FormatContext } from "./context.ts";

export function formatJunit(report: Report, ctx: FormatContext): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;

  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const ruleIds = [...new Set([...report.rules.map((r) => r.id), ...byRule.keys()])].sort();
  const meta = new Map<string, RuleMeta>(report.rules.map((r) => [r.id, r]));

  for (const id of ruleIds) {
    const findings = byRule.get(id) ?? [];
    const cases: string[] = [];
    if (findings.length === 0) {
      cases.push(`    <testcase classname="${attr(id)}" name="${attr(`${meta.get(id)?.title ?? id}: no findings`)}"/>`);
    } else {
      const byResource = new Map<string, Finding[]>();
      for (const f of findings) {
        const key = `${displayPath(f.file, ctx.cwd)} ${describeResource(f.resource)}`;
        byResource.set(key, [...(byResource.get(key) ?? []), f]);
      }
      for (const [name, group] of byResource) {
        const first = group[0]!;
        const body = group.map((f) => `${displayPath(f.file, ctx.cwd)}:${f.line}: ${f.message}${f.path ? ` (${f.path})` : ""}`).join("\n");
        cases.push(
          `    <testcase classname="${attr(id)}" name="${attr(name)}" file="${attr(displayPath(first.file, ctx.cwd))}" line="${first.line}">\n` +
            `      <failure message="${attr(group.map((f) => f.message).join("; "))}" type="${attr(first.severity)}">${text(body)}</failure>\n` +
            `    </testcase>`,
        );
        failures++;
      }
    }
    tests += cases.length;
    const failed = findings.length === 0 ? 0 : cases.length;
    suites.push(`  <testsuite name="${attr(id)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">\n${cases.join("\n")}\n  </testsuite>`);
  }

  if (report.errors.length > 0) {
    const cases = report.errors.map((e) => {
      const where = `${displayPath(e.file, ctx.cwd)}${e.line !== undefined ? `:${e.line}` : ""}`;
      return `    <testcase classname="kubeward.errors" name="${attr(where)}">\n      <error message="${attr(e.message)}" type="${attr(e.code)}">${text(`${where}: ${e.message}`)}</error>\n    </testcase>`;
    });
    tests += cases.length;
    suites.push(`  <testsuite name="kubeward errors" tests="${cases.length}" failures="0" errors="${cases.length}" skipped="0">\n${cases.join("\n")}\n  </testsuite>`);
  }

  const head = `<testsuites name="kubeward ${attr(report.bundle)}" tests="${tests}" failures="${failures}" errors="${report.errors.length}">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join("\n")}${suites.length ? "\n" : ""}</testsuites>\n`;
}

// Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F).
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(s: string): string {
  return s.replace(INVALID_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attr(s: string): string {
  return text(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

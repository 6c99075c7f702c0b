// Reads gator Suites (test.gatekeeper.sh/v1alpha1, kind Suite). Suites are read with YAML 1.2
// semantics, as gator does, so `violations: yes` / `no` stay strings instead of turning into the
// YAML 1.1 booleans Kubernetes manifests get; every problem names the file and line.
import { load, YAMLException } from "js-yaml";
import type { ReportError } from "../types.ts";
import { YamlAst } from "./yaml-ast.ts";
import type { PathSegment } from "./rule-path.ts";

export const SUITE_API_VERSION = "test.gatekeeper.sh/v1alpha1";

export interface SuiteAssertion {
  /** A count, or "yes" (at least one) / "no" (none); gator's default is "yes". */
  violations: number | "yes" | "no";
  /** A Go RE2 regular expression a violation's message must match to count. */
  message?: string;
  line: number;
}

export interface SuiteCase {
  name: string;
  /** Paths as written (relative to the suite file). */
  object: string;
  inventory: string[];
  assertions: SuiteAssertion[];
  skip: boolean;
  line: number;
}

export interface SuiteTest {
  name: string;
  template: string;
  constraint: string;
  cases: SuiteCase[];
  skip: boolean;
  /** `invalid: true`: the test expects the Constraint to be refused (its parameters break the template's schema); no case runs. */
  invalid: boolean;
  line: number;
}

export interface Suite {
  file: string;
  tests: SuiteTest[];
  skip: boolean;
}

/** Whether the text is a Suite, without parsing it (directories hold templates and objects too). */
export function looksLikeSuite(text: string): boolean {
  return /^kind:\s*["']?Suite["']?\s*$/m.test(text) && text.includes("test.gatekeeper.sh/");
}

export function parseSuite(file: string, text: string): { suite?: Suite; errors: ReportError[] } {
  let value: unknown;
  try {
    value = load(text);
  } catch (e) {
    const line = e instanceof YAMLException && e.mark ? e.mark.line + 1 : undefined;
    return { errors: [{ file, ...(line ? { line } : {}), code: "parse", message: `invalid YAML: ${(e as Error).message.split("\n")[0]}` }] };
  }
  // Lines are looked up when something shows them: the position-tracking parse is the slow part.
  let ast: YamlAst | undefined;
  const lineOf = (segments: PathSegment[]): number => {
    ast ??= new YamlAst(text, true);
    return ast.resolve(segments).line ?? 1;
  };
  const errors: ReportError[] = [];
  const err = (segments: PathSegment[], message: string) => errors.push({ file, line: lineOf(segments), code: "parse", message: `invalid Suite: ${message}` });
  const root = value as { apiVersion?: unknown; kind?: unknown; tests?: unknown; skip?: unknown } | null;
  if (!root || typeof root !== "object" || root.kind !== "Suite") return { errors: [{ file, line: 1, code: "parse", message: "not a gator Suite (kind: Suite)" }] };
  if (root.apiVersion !== SUITE_API_VERSION) err(["apiVersion"], `apiVersion must be ${SUITE_API_VERSION} (got ${JSON.stringify(root.apiVersion)})`);
  const tests: SuiteTest[] = [];
  const rawTests = root.tests ?? [];
  if (!Array.isArray(rawTests)) err(["tests"], "tests must be a list");
  else {
    rawTests.forEach((t: Record<string, unknown>, i: number) => {
      const at: PathSegment[] = ["tests", i];
      const name = typeof t?.name === "string" ? t.name : `test ${i + 1}`;
      for (const f of ["template", "constraint"]) if (typeof t?.[f] !== "string" || t[f] === "") err([...at, f], `test "${name}": ${f} (a path relative to the suite) is missing`);
      const cases: SuiteCase[] = [];
      const rawCases = t?.cases ?? [];
      if (!Array.isArray(rawCases)) err([...at, "cases"], `test "${name}": cases must be a list`);
      else {
        rawCases.forEach((c: Record<string, unknown>, j: number) => {
          const cat: PathSegment[] = [...at, "cases", j];
          const cname = typeof c?.name === "string" ? c.name : `case ${j + 1}`;
          if (typeof c?.object !== "string" || c.object === "") err([...cat, "object"], `case "${cname}": object (a path relative to the suite) is missing`);
          const inventory = c?.inventory ?? [];
          if (!Array.isArray(inventory) || inventory.some((p) => typeof p !== "string")) err([...cat, "inventory"], `case "${cname}": inventory must be a list of paths`);
          const rawAssertions = c?.assertions;
          const assertions: SuiteAssertion[] = [];
          if (!Array.isArray(rawAssertions) || rawAssertions.length === 0) err([...cat, "assertions"], `case "${cname}": assertions must be a non-empty list`);
          else {
            rawAssertions.forEach((a: Record<string, unknown>, k: number) => {
              const aat: PathSegment[] = [...cat, "assertions", k];
              const v = a?.violations ?? "yes";
              const ok = (typeof v === "number" && Number.isInteger(v) && v >= 0) || v === "yes" || v === "no";
              if (!ok) err([...aat, "violations"], `case "${cname}": violations must be a non-negative integer, "yes" or "no" (got ${JSON.stringify(v)})`);
              if (a?.message !== undefined && typeof a.message !== "string") err([...aat, "message"], `case "${cname}": message must be a string (a regular expression)`);
              assertions.push({ violations: ok ? (v as SuiteAssertion["violations"]) : "yes", ...(typeof a?.message === "string" ? { message: a.message } : {}), get line() { return lineOf(aat); } });
            });
          }
          cases.push({ name: cname, object: String(c?.object ?? ""), inventory: Array.isArray(inventory) ? inventory.map(String) : [], assertions, skip: c?.skip === true, get line() { return lineOf(cat); } });
        });
      }
      if (t?.invalid !== undefined && typeof t.invalid !== "boolean") err([...at, "invalid"], `test "${name}": invalid must be true or false`);
      tests.push({ name, template: String(t?.template ?? ""), constraint: String(t?.constraint ?? ""), cases, skip: t?.skip === true, invalid: t?.invalid === true, get line() { return lineOf(at); } });
    });
  }
  if (errors.length > 0) return { errors };
  return { suite: { file, tests, skip: root.skip === true }, errors };
}

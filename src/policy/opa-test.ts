// Runs the library's opa unit tests (and coverage) with the pinned opa and returns typed results.
import { KubewardError } from "../errors.ts";
import { LIBRARY_IGNORES, runOpa } from "./opa.ts";

export interface OpaTestCase {
  package: string;
  name: string;
  file: string;
  line: number;
  outcome: "pass" | "fail" | "error" | "skip";
  durationMs: number;
  message?: string;
}

export interface CoverageFile {
  file: string;
  coverage: number;
  coveredLines: number;
  notCoveredLines: number;
  notCovered: { start: number; end: number }[];
  /** Covered line ranges; lines in neither list are not executable (comments, blank, METADATA). */
  covered: { start: number; end: number }[];
}

export interface Coverage {
  total: number;
  files: CoverageFile[];
}

interface RawTest {
  location?: { file: string; row: number };
  package: string;
  name: string;
  fail?: boolean;
  skip?: boolean;
  error?: { message?: string } | string;
  duration?: number;
  output?: string;
}

/** An `opa test --run` pattern selecting exactly the tests of these rule packages. */
export function runPatternFor(packages: string[]): string {
  return `^data\\.(${packages.map((p) => `${p}_test`.replaceAll(".", "\\.")).join("|")})\\.`;
}

/** `paths` narrows what opa loads (watch mode: one rule, its tests and the libs they reach). */
export async function runOpaTests(policiesDir: string, opts: { run?: string; paths?: string[] } = {}): Promise<OpaTestCase[]> {
  const args = ["test", "--format", "json", ...LIBRARY_IGNORES, ...(opts.paths ?? [policiesDir])];
  if (opts.run) args.push("--run", opts.run);
  const { stdout, stderr, status } = await runOpa(args, { code: "policy-test", allowFailure: true });
  let raw: RawTest[];
  try {
    raw = JSON.parse(stdout) as RawTest[];
  } catch {
    // Not JSON: opa could not even compile the library (the message names file:line).
    throw new KubewardError("policy-test", `opa test failed (exit ${status}):\n${(stderr || stdout).trim()}`);
  }
  return raw.map((t) => ({
    package: t.package.replace(/^data\./, ""),
    name: t.name,
    file: t.location?.file ?? "",
    line: t.location?.row ?? 0,
    outcome: t.skip ? "skip" : t.error ? "error" : t.fail ? "fail" : "pass",
    durationMs: (t.duration ?? 0) / 1e6,
    message: t.error ? (typeof t.error === "string" ? t.error : (t.error.message ?? "error")) : t.fail ? (t.output?.trim() || "test failed") : undefined,
  }));
}

interface RawCoverage {
  files?: Record<string, { covered?: { start: { row: number }; end: { row: number } }[]; not_covered?: { start: { row: number }; end: { row: number } }[]; coverage?: number; covered_lines?: number; not_covered_lines?: number }>;
  coverage?: number;
}

export async function runOpaCoverage(policiesDir: string): Promise<Coverage> {
  const { stdout, stderr } = await runOpa(["test", "--coverage", "--format", "json", ...LIBRARY_IGNORES, policiesDir], { code: "policy-test", allowFailure: true });
  let raw: RawCoverage;
  try {
    raw = JSON.parse(stdout) as RawCoverage;
  } catch {
    // opa writes no coverage report at all when a test fails; it prints the failures instead.
    throw new KubewardError("policy-test", `opa test --coverage produced no coverage report (opa writes none while a test fails):\n${(stdout || stderr).slice(0, 2000)}`);
  }
  const files = Object.entries(raw.files ?? {})
    .filter(([file]) => !file.endsWith("_test.rego"))
    .map(([file, f]) => ({
      file,
      coverage: f.coverage ?? 0,
      coveredLines: f.covered_lines ?? 0,
      notCoveredLines: f.not_covered_lines ?? 0,
      notCovered: (f.not_covered ?? []).map((r) => ({ start: r.start.row, end: r.end.row })),
      covered: (f.covered ?? []).map((r) => ({ start: r.start.row, end: r.end.row })),
    }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return { total: raw.coverage ?? 0, files };
}

// The Tests view's model: folds the typed test event stream into a category → rule → test tree
// and flattens it into rows for a filter and a set of collapsed nodes. Pure, so it is tested
// without a terminal and components only draw what it returns.
import type { TestEvent } from "../../policy/run-library-tests.ts";

export type Outcome = "pass" | "fail" | "error" | "skip";

export interface TestLeaf {
  key: string;
  category: string;
  rule: string;
  kind: "opa" | "example";
  name: string;
  outcome: Outcome;
  durationMs: number;
  /** For a failure: what the test wanted and what it got, shown side by side. */
  expected?: string[];
  actual?: string[];
  where?: string;
}

export interface TestTreeState {
  leaves: Record<string, TestLeaf>;
  phase: "idle" | "compile" | "opa" | "examples" | "coverage" | "done";
  /** Rules the current (or last) run covers; empty means the whole library. */
  scope: string[];
  runs: number;
  error?: string;
}

export const emptyTree: TestTreeState = { leaves: {}, phase: "idle", scope: [], runs: 0 };

/** Starting a run forgets the results it will replace, and keeps everything else (watch re-runs). */
export function startRun(state: TestTreeState, rules: string[] | "all", examplesOnly = false): TestTreeState {
  const scope = rules === "all" ? [] : rules;
  const inScope = (l: TestLeaf) => (rules === "all" || rules.includes(l.rule)) && (!examplesOnly || l.kind === "example");
  const leaves = Object.fromEntries(Object.entries(state.leaves).filter(([, l]) => !inScope(l)));
  return { leaves, phase: "compile", scope, runs: state.runs + 1 };
}

export function applyTestEvent(state: TestTreeState, event: TestEvent): TestTreeState {
  switch (event.type) {
    case "phase":
      return { ...state, phase: event.phase };
    case "catalog":
      return state;
    case "opa-test": {
      const t = event.test;
      const key = `opa:${t.package}.${t.name}`;
      const failed = t.outcome === "fail" || t.outcome === "error";
      const leaf: TestLeaf = {
        key, ...event.place, kind: "opa", name: t.name, outcome: t.outcome, durationMs: t.durationMs,
        ...(failed ? { expected: ["the test's body holds (every expression true)"], actual: (t.message ?? t.outcome).split("\n"), where: `${t.file}:${t.line}` } : {}),
      };
      return { ...state, leaves: { ...state.leaves, [key]: leaf } };
    }
    case "example": {
      const r = event.result;
      const key = `example:${r.file}`;
      const name = `${r.expect}/${r.file.split("/").pop() ?? r.file}`;
      const leaf: TestLeaf = {
        key, ...event.place, kind: "example", name, outcome: r.ok ? "pass" : "fail", durationMs: event.durationMs,
        ...(r.ok ? {} : {
          expected: r.expect === "denied" ? [`at least one finding of ${r.rule}`] : [`no finding of ${r.rule}`],
          actual: r.violations.length > 0 ? r.violations.map((v) => `${v.msg}${v.details?.path ? ` (${v.details.path})` : ""}`) : [r.problem && !r.problem.startsWith("expected") ? r.problem : "no finding"],
          where: r.file,
        }),
      };
      return { ...state, leaves: { ...state.leaves, [key]: leaf } };
    }
    case "done":
      return { ...state, phase: "done" };
  }
}

export function failTree(state: TestTreeState, message: string): TestTreeState {
  return { ...state, phase: "done", error: message };
}

export interface Counts { pass: number; fail: number; skip: number; durationMs: number }

export function countLeaves(leaves: Iterable<TestLeaf>): Counts {
  const c: Counts = { pass: 0, fail: 0, skip: 0, durationMs: 0 };
  for (const l of leaves) {
    if (l.outcome === "pass") c.pass++;
    else if (l.outcome === "skip") c.skip++;
    else c.fail++;
    c.durationMs += l.durationMs;
  }
  return c;
}

export interface TreeRow {
  key: string;
  depth: 0 | 1 | 2;
  label: string;
  counts: Counts;
  collapsed: boolean;
  leaf?: TestLeaf;
}

/**
 * The rows to draw. A node is collapsed unless it is in `expanded`, except that a rule or category
 * with failures opens by itself (failures are what the author came for). The filter keeps a test
 * when its category, rule or name contains the text.
 */
export function treeRows(state: TestTreeState, filter: string, expanded: ReadonlySet<string>, collapsed: ReadonlySet<string> = new Set()): TreeRow[] {
  const needle = filter.trim().toLowerCase();
  const matches = (l: TestLeaf) => !needle || `${l.category} ${l.rule} ${l.name}`.toLowerCase().includes(needle);
  const byCategory = new Map<string, Map<string, TestLeaf[]>>();
  for (const leaf of Object.values(state.leaves)) {
    if (!matches(leaf)) continue;
    const rules = byCategory.get(leaf.category) ?? new Map<string, TestLeaf[]>();
    rules.set(leaf.rule, [...(rules.get(leaf.rule) ?? []), leaf]);
    byCategory.set(leaf.category, rules);
  }
  const isOpen = (key: string, counts: Counts) => !collapsed.has(key) && (expanded.has(key) || (counts.fail > 0 && needle === "") || needle !== "");
  const rows: TreeRow[] = [];
  for (const category of [...byCategory.keys()].sort()) {
    const rules = byCategory.get(category) as Map<string, TestLeaf[]>;
    const catCounts = countLeaves([...rules.values()].flat());
    const catKey = `cat:${category}`;
    const catOpen = isOpen(catKey, catCounts);
    rows.push({ key: catKey, depth: 0, label: category, counts: catCounts, collapsed: !catOpen });
    if (!catOpen) continue;
    for (const rule of [...rules.keys()].sort()) {
      const leaves = (rules.get(rule) as TestLeaf[]).sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
      const ruleCounts = countLeaves(leaves);
      const ruleKey = `rule:${category}/${rule}`;
      const ruleOpen = isOpen(ruleKey, ruleCounts);
      rows.push({ key: ruleKey, depth: 1, label: rule, counts: ruleCounts, collapsed: !ruleOpen });
      if (!ruleOpen) continue;
      for (const leaf of leaves) rows.push({ key: leaf.key, depth: 2, label: leaf.name, counts: countLeaves([leaf]), collapsed: false, leaf });
    }
  }
  return rows;
}

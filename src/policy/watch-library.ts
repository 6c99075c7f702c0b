// Watches a policies/ folder and reports which rules a change affects, so a watch re-run tests
// only those. A rule folder affects its rule; a lib edit affects the rules that use the Rego rules
// it changed (rule-impact.ts), or, when that cannot be told, the rules that reach the file through
// the import graph (library-graph.ts); main/, system/ and capabilities affect every rule.
import fs from "node:fs";
import path from "node:path";
import { graphOf, readRegoSources, rulesAffectedBy, ruleOf, type LibraryGraph } from "./library-graph.ts";
import { libEditImpact } from "./rule-impact.ts";

export interface LibraryChange {
  /** Changed files, relative to the policies folder. */
  files: string[];
  /** Rule ids whose folder changed; `"all"` when a shared file changed. */
  rules: string[] | "all";
  /** Whether only examples changed: the compiled wasm is still current and opa need not run. */
  examplesOnly: boolean;
  /** Lib test files (not in a rule folder) to run besides the rules' own tests. */
  libTests?: string[];
}

/** A lib file's text before and after a burst of edits (watch mode keeps the texts it last saw). */
export interface LibEdit { file: string; before: string; after: string }

const RELEVANT = /\.(rego|ya?ml|json)$/;

/**
 * Pure: which rules a set of changed files (relative to policies/) affects. Without the graph a lib
 * change affects every rule; with it, only the rules that reach the changed lib file.
 */
export function affectedRules(files: string[], graph?: LibraryGraph, edits?: { sources: ReadonlyMap<string, string>; changes: LibEdit[] }): LibraryChange {
  const rules = new Set<string>();
  const libs: string[] = [];
  let all = false;
  let examplesOnly = true;
  for (const file of files.map((f) => f.split("\\").join("/"))) {
    if (!file.split("/").includes("examples")) examplesOnly = false;
    const rule = ruleOf(file);
    if (rule) rules.add(rule);
    else if (graph && file.startsWith("lib/") && file.endsWith(".rego")) libs.push(file);
    else all = true;
  }
  let libTests: string[] = [];
  // With both texts of every edited lib file, narrow to the Rego rules that changed.
  const impact = !all && graph && libs.length > 0 && edits && libs.every((f) => edits.changes.some((c) => c.file === f))
    ? libEditImpact(graph, edits.sources, edits.changes.filter((c) => libs.includes(c.file)))
    : undefined;
  if (impact) {
    if (impact.rules === "all") all = true;
    else for (const r of impact.rules) rules.add(r);
    libTests = impact.libTests;
  } else if (!all && graph && libs.length > 0) {
    const reached = rulesAffectedBy(graph, libs);
    // A lib test no rule uses (e.g. lib/k8s_test.rego) has no rule to narrow to: run everything.
    if (reached === "all" || reached.length === 0) all = true;
    else for (const r of reached) rules.add(r);
  }
  return { files, rules: all ? "all" : [...rules].sort(), examplesOnly: examplesOnly && !all, ...(libTests.length > 0 && !all ? { libTests } : {}) };
}

/**
 * Calls `onChange` once per burst of edits (editors write a file in several steps; `settleMs`
 * coalesces them). Returns the function that stops watching.
 */
export function watchLibrary(policiesDir: string, onChange: (change: LibraryChange) => void, opts: { settleMs?: number } = {}): () => void {
  const pending = new Set<string>();
  // The texts as of the last burst: a lib edit is narrowed by comparing against them.
  let seen: Map<string, string> | undefined;
  try {
    seen = readRegoSources(policiesDir);
  } catch {
    seen = undefined;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watcher = fs.watch(policiesDir, { recursive: true }, (_event, name) => {
    if (!name || !RELEVANT.test(String(name))) return;
    pending.add(String(name).split(path.sep).join("/"));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending].sort();
      pending.clear();
      // Read the graph per burst (milliseconds): an edit may have added or removed an import.
      let sources: Map<string, string> | undefined;
      try {
        sources = readRegoSources(policiesDir);
      } catch {
        sources = undefined; // a file vanished mid-read: fall back to "a lib change affects all"
      }
      const before = seen;
      const changes = before && sources
        ? files.filter((f) => before.has(f) && sources.has(f)).map((f) => ({ file: f, before: before.get(f) as string, after: sources.get(f) as string }))
        : [];
      const change = affectedRules(files, sources ? graphOf(sources) : undefined, sources ? { sources, changes } : undefined);
      if (sources) seen = sources;
      onChange(change);
    }, opts.settleMs ?? 150);
  });
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}

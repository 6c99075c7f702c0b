// Watches a policies/ folder and reports which rules a change affects, so a watch re-run tests
// only those. A rule folder affects its rule; a lib file affects the rules that reach it through
// the import graph (library-graph.ts); main/, system/ and capabilities affect every rule.
import fs from "node:fs";
import path from "node:path";
import { readLibraryGraph, rulesAffectedBy, ruleOf, type LibraryGraph } from "./library-graph.ts";

export interface LibraryChange {
  /** Changed files, relative to the policies folder. */
  files: string[];
  /** Rule ids whose folder changed; `"all"` when a shared file changed. */
  rules: string[] | "all";
  /** Whether only examples changed: the compiled wasm is still current and opa need not run. */
  examplesOnly: boolean;
}

const RELEVANT = /\.(rego|ya?ml|json)$/;

/**
 * Pure: which rules a set of changed files (relative to policies/) affects. Without the graph a lib
 * change affects every rule; with it, only the rules that reach the changed lib file.
 */
export function affectedRules(files: string[], graph?: LibraryGraph): LibraryChange {
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
  if (!all && graph && libs.length > 0) {
    const reached = rulesAffectedBy(graph, libs);
    // A lib test no rule uses (e.g. lib/k8s_test.rego) has no rule to narrow to: run everything.
    if (reached === "all" || reached.length === 0) all = true;
    else for (const r of reached) rules.add(r);
  }
  return { files, rules: all ? "all" : [...rules].sort(), examplesOnly: examplesOnly && !all };
}

/**
 * Calls `onChange` once per burst of edits (editors write a file in several steps; `settleMs`
 * coalesces them). Returns the function that stops watching.
 */
export function watchLibrary(policiesDir: string, onChange: (change: LibraryChange) => void, opts: { settleMs?: number } = {}): () => void {
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watcher = fs.watch(policiesDir, { recursive: true }, (_event, name) => {
    if (!name || !RELEVANT.test(String(name))) return;
    pending.add(String(name).split(path.sep).join("/"));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending].sort();
      pending.clear();
      // Read the graph per burst (milliseconds): an edit may have added or removed an import.
      let graph: LibraryGraph | undefined;
      try {
        graph = readLibraryGraph(policiesDir);
      } catch {
        graph = undefined; // a file vanished mid-read: fall back to "a lib change affects all"
      }
      onChange(affectedRules(files, graph));
    }, opts.settleMs ?? 150);
  });
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}

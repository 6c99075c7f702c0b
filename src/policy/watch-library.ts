// Watches a policies/ folder and reports which rules a change affects, so a watch re-run tests
// only those. A change outside rules/<category>/<id>/ (lib/, main/, capabilities) affects every rule.
import fs from "node:fs";
import path from "node:path";

export interface LibraryChange {
  /** Changed files, relative to the policies folder. */
  files: string[];
  /** Rule ids whose folder changed; `"all"` when a shared file changed. */
  rules: string[] | "all";
  /** Whether only examples changed: the compiled wasm is still current and opa need not run. */
  examplesOnly: boolean;
}

const RELEVANT = /\.(rego|ya?ml|json)$/;

/** Pure: which rules a set of changed files (relative to policies/) affects. */
export function affectedRules(files: string[]): LibraryChange {
  const rules = new Set<string>();
  let all = false;
  let examplesOnly = true;
  for (const file of files) {
    const parts = file.split(/[\\/]/);
    if (!parts.includes("examples")) examplesOnly = false;
    if (parts[0] === "rules" && parts.length >= 4 && parts[2]) rules.add(parts[2]);
    else all = true;
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
      onChange(affectedRules(files));
    }, opts.settleMs ?? 150);
  });
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}

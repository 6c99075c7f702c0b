// The library's reference graph: which Rego file uses which package. Watch mode needs it twice —
// to know which rules a lib edit affects (the rules that reach that lib file), and to know which
// files a small per-rule compile or `opa test` must load (a rule plus the libs it reaches).
// References are read from the source text (`import data.kubeward.…` and inline `data.kubeward.…`),
// so no opa run is needed: reading ~500 small files costs milliseconds.
import fs from "node:fs";
import path from "node:path";

export interface RegoFile {
  /** Relative to the policies folder, with `/` separators. */
  file: string;
  package: string;
  /** Every `data.kubeward.…` path the file mentions (imports and inline references). */
  refs: string[];
  test: boolean;
}

export interface LibraryGraph {
  files: RegoFile[];
}

const PACKAGE = /^package\s+([\w.]+)/m;
const REF = /\bdata\.(kubeward(?:\.\w+)+)/g;

/** Pure: one file's package and references, from its text. */
export function parseRegoFile(file: string, text: string): RegoFile {
  const pkg = PACKAGE.exec(text)?.[1] ?? "";
  const refs = new Set<string>();
  for (const m of text.matchAll(REF)) if (m[1]) refs.add(m[1]);
  return { file, package: pkg, refs: [...refs].sort(), test: file.endsWith("_test.rego") };
}

export function readLibraryGraph(policiesDir: string): LibraryGraph {
  return graphOf(readRegoSources(policiesDir));
}

/** Every .rego file's text (examples aside), by path relative to the policies folder: the graph's input and watch mode's memory. */
export function readRegoSources(policiesDir: string): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "examples") walk(p);
      } else if (e.name.endsWith(".rego")) sources.set(path.relative(policiesDir, p).split(path.sep).join("/"), fs.readFileSync(p, "utf8"));
    }
  };
  walk(policiesDir);
  return sources;
}

export function graphOf(sources: ReadonlyMap<string, string>): LibraryGraph {
  return { files: [...sources].map(([file, text]) => parseRegoFile(file, text)) };
}

/**
 * Whether a reference can reach a package: `data.kubeward.lib.k8s.containers` reaches package
 * `kubeward.lib.k8s`; `data.kubeward.rules.pod_security` (a whole category) reaches every package
 * below it.
 */
function reaches(ref: string, pkg: string): boolean {
  // A whole category (`data.kubeward.rules.pod_security`) means its rules, not their tests.
  return ref === pkg || ref.startsWith(`${pkg}.`) || (pkg.startsWith(`${ref}.`) && !pkg.endsWith("_test"));
}

/**
 * Lib test files (outside rule folders) that use any of these rules — e.g. a test that checks a
 * set of rules agrees with Kubernetes — so a watch re-run of a rule re-runs them too.
 */
export function libTestsUsing(graph: LibraryGraph, rules: string[]): string[] {
  const wanted = new Set(rules);
  const packages = graph.files.filter((f) => !f.test && wanted.has(ruleOf(f.file) ?? "")).map((f) => f.package);
  return graph.files
    .filter((f) => f.test && !ruleOf(f.file) && f.refs.some((r) => r !== "kubeward.rules" && r !== "kubeward.detections" && packages.some((p) => reaches(r, p))))
    .map((f) => f.file);
}

/** Rule folders: rules/<category>/<id>/… and detections/<category>/<id>/… name their rule id. */
export function ruleOf(file: string): string | undefined {
  const parts = file.split("/");
  return (parts[0] === "rules" || parts[0] === "detections") && parts.length >= 4 ? parts[2] : undefined;
}

/**
 * The files `start` needs, transitively (start included). The dispatch in main/ reaches rules by
 * computed paths (`data.kubeward.rules[a][b]`), which text does not show, so a caller adds the rule
 * files it wants itself; here `kubeward.rules`/`kubeward.detections` as a bare prefix reaches nothing.
 */
export function closure(graph: LibraryGraph, start: string[], opts: { tests?: boolean } = {}): string[] {
  const byFile = new Map(graph.files.map((f) => [f.file, f]));
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const ref of byFile.get(file)?.refs ?? []) {
      if (ref === "kubeward.rules" || ref === "kubeward.detections") continue;
      for (const other of graph.files) {
        if (!seen.has(other.file) && (opts.tests || !other.test || start.includes(other.file)) && reaches(ref, other.package)) queue.push(other.file);
      }
    }
  }
  return [...seen].sort();
}

/**
 * The rule ids a set of changed files affects, or "all". A rule's own files affect that rule; a
 * lib file affects every rule whose files reach it (through other libs too); anything that every
 * rule shares (main/, system/, capabilities.json, a file the graph does not know) affects all.
 */
export function rulesAffectedBy(graph: LibraryGraph, changed: string[]): string[] | "all" {
  const rules = new Set<string>();
  const ruleIds = [...new Set(graph.files.map((f) => ruleOf(f.file)).filter((r): r is string => r !== undefined))];
  const ruleFiles = new Map(ruleIds.map((id) => [id, graph.files.filter((f) => ruleOf(f.file) === id).map((f) => f.file)]));
  const reachCache = new Map<string, Set<string>>();
  for (const file of changed) {
    const rule = ruleOf(file);
    if (rule) {
      rules.add(rule);
      continue;
    }
    // Lib files only: a shared test fixture affects the rules whose tests use it.
    if (!file.startsWith("lib/") || !file.endsWith(".rego") || !graph.files.some((f) => f.file === file)) return "all";
    for (const [id, files] of ruleFiles) {
      let reach = reachCache.get(id);
      if (!reach) reachCache.set(id, (reach = new Set(closure(graph, files, { tests: true }))));
      if (reach.has(file)) rules.add(id);
    }
  }
  return [...rules].sort();
}

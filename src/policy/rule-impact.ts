// Finer than the file graph: which rules a lib edit really affects. lib/k8s.rego is reached by
// almost every rule, so by files alone an edit there re-runs the whole library (seconds). Here the
// edit is narrowed to the top-level Rego rules (functions, values) whose code changed, and from
// them to the rules that use those names, through other libs too. The analysis reads source text,
// as library-graph.ts does; wherever the text is not plain enough to be sure (a package used
// without `.name`, a file it cannot split), it answers "everything in that package" — it may
// re-run too much, never too little.
import type { LibraryGraph } from "./library-graph.ts";
import { ruleOf } from "./library-graph.ts";

/** Blanks comments (and with `strings`, string contents too), keeping every line and column. */
export function codeOnly(text: string, opts: { strings?: boolean } = {}): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "#") {
      while (i < text.length && text[i] !== "\n") {
        out += " ";
        i++;
      }
    } else if (c === "\"" || c === "`") {
      // A template string ($"…{expr}…") holds code: its text is kept, so its references count.
      const template = out.endsWith("$");
      out += c;
      i++;
      while (i < text.length && text[i] !== c) {
        // Escapes only in "…" strings; a raw `…` string ends at the next backquote.
        const step = c === "\"" && text[i] === "\\" ? 2 : 1;
        const chunk = text.slice(i, i + step);
        out += opts.strings && !template ? chunk.replace(/[^\n]/g, " ") : chunk;
        i += step;
      }
      if (i < text.length) out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const BLOCK_START = /^(?:default\s+)?([A-Za-z_]\w*)/;

/**
 * The top-level rules of a formatted Rego file (comments removed), by name: every definition of a
 * name (partial rules, else chains, defaults) in one text. Undefined when a line at column 0 is
 * not what `opa fmt` writes there, so the caller falls back to "the whole file changed".
 */
export function ruleBlocks(text: string): Map<string, string> | undefined {
  const blocks = new Map<string, string>();
  let current: string | undefined;
  for (const line of codeOnly(text).split("\n")) {
    if (line.trim() === "") continue;
    if (/^\s/.test(line) || /^[}\])]/.test(line)) {
      if (current === undefined) return undefined;
      blocks.set(current, `${blocks.get(current) ?? ""}${line.trimEnd()}\n`);
      continue;
    }
    if (/^(package|import)\b/.test(line)) {
      current = undefined;
      continue;
    }
    const m = BLOCK_START.exec(line);
    if (!m) return undefined;
    current = m[1] as string;
    blocks.set(current, `${blocks.get(current) ?? ""}${line.trimEnd()}\n`);
  }
  return blocks;
}

/** Pure: the names whose definitions differ between two versions of a file (added and removed ones too). */
export function changedRuleNames(before: string, after: string): Set<string> | undefined {
  const a = ruleBlocks(before);
  const b = ruleBlocks(after);
  if (!a || !b) return undefined;
  const names = new Set<string>();
  for (const name of new Set([...a.keys(), ...b.keys()])) if (a.get(name) !== b.get(name)) names.add(name);
  return names;
}

const ALL = "*";

/**
 * Which names of `pkg` a file's code uses: a set of names, or ALL when it uses the package in a
 * way the text cannot narrow (`k8s[x]`, `data.kubeward.lib` as a whole, a bare alias).
 */
function namesUsed(code: string, pkg: string): Set<string> {
  const used = new Set<string>();
  const full = `data.${pkg}`;
  const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Imports name an alias for the package itself, for one of its names, or for a parent package.
  for (const m of code.matchAll(/^import\s+(data\.[\w.]+)(?:\s+as\s+(\w+))?/gm)) {
    const ref = m[1] as string;
    const alias = m[2] ?? ref.split(".").pop() as string;
    if (ref === full) collectDotted(code, alias, used);
    else if (ref.startsWith(`${full}.`)) {
      const name = ref.slice(full.length + 1).split(".")[0] as string;
      if (new RegExp(`\\b${escaped(alias)}\\b`).test(stripImports(code))) used.add(name);
    } else if (full.startsWith(`${ref}.`) && new RegExp(`\\b${escaped(alias)}\\b`).test(stripImports(code))) used.add(ALL);
  }
  // Inline references: data.kubeward.lib.k8s.containers(…), or a parent package used whole.
  for (const m of stripImports(code).matchAll(/\bdata((?:\.\w+)+)(\[)?/g)) {
    const ref = `data${m[1] as string}`;
    if (ref.startsWith(`${full}.`)) used.add(ref.slice(full.length + 1).split(".")[0] as string);
    else if (ref === full || full.startsWith(`${ref}.`)) used.add(ALL);
  }
  return used;
}

function stripImports(code: string): string {
  return code.replace(/^import\s.*$/gm, "");
}

/** Adds the names used as `alias.name`; any other use of the alias (`alias[x]`, `alias` alone) uses them all. */
function collectDotted(code: string, alias: string, used: Set<string>): void {
  const body = stripImports(code);
  for (const m of body.matchAll(new RegExp(`(?<![\\w.])${alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b(\\.(\\w+))?`, "g"))) {
    if (m[2]) used.add(m[2]);
    else used.add(ALL);
  }
}

export interface RuleImpact {
  /** Rule ids whose code uses a changed name (directly or through other libs); "all" when main/ or system/ does. */
  rules: string[] | "all";
  /** Lib test files that use a changed name, or test a changed lib's package. */
  libTests: string[];
}

/**
 * Pure: the impact of edits to lib files, given each changed file's text before and after.
 * Undefined when one of them cannot be split into rules (the caller falls back to the file graph).
 * `sources` holds every .rego file's current text, by path relative to the policies folder.
 */
export function libEditImpact(graph: LibraryGraph, sources: ReadonlyMap<string, string>, edits: { file: string; before: string; after: string }[]): RuleImpact | undefined {
  const byPackage = new Map<string, string[]>();
  for (const f of graph.files) if (!f.test) byPackage.set(f.package, [...(byPackage.get(f.package) ?? []), f.file]);
  const changed = new Map<string, Set<string>>(); // package → changed names (ALL = every name)
  const queue: { pkg: string; names: Set<string> }[] = [];
  const mark = (pkg: string, names: Set<string>) => {
    const known = changed.get(pkg) ?? new Set<string>();
    const fresh = [...names].filter((n) => !known.has(n) && !known.has(ALL));
    if (fresh.length === 0) return;
    for (const n of fresh) known.add(n);
    changed.set(pkg, known);
    queue.push({ pkg, names: new Set(fresh) });
  };
  const libTests = new Set<string>();
  for (const edit of edits) {
    const meta = graph.files.find((f) => f.file === edit.file);
    if (!meta) return undefined;
    if (meta.test) {
      // A test file others import (shared fixtures) affects their tests: the file graph knows those.
      if (graph.files.some((f) => f.file !== edit.file && f.refs.some((r) => r === meta.package || r.startsWith(`${meta.package}.`)))) return undefined;
      libTests.add(edit.file);
      continue;
    }
    const names = changedRuleNames(edit.before, edit.after);
    if (!names) return undefined;
    // The package's own tests run on any edit of it, a comment too: they are cheap and are what
    // an author editing a lib watches.
    for (const f of graph.files) if (f.test && !ruleOf(f.file) && f.package === `${meta.package}_test`) libTests.add(f.file);
    mark(meta.package, names);
  }
  const code = new Map<string, string>();
  const codeOf = (file: string) => {
    let c = code.get(file);
    if (c === undefined) code.set(file, (c = codeOnly(sources.get(file) ?? "", { strings: true })));
    return c;
  };
  const rules = new Set<string>();
  while (queue.length > 0) {
    const { pkg, names } = queue.shift() as { pkg: string; names: Set<string> };
    const hits = (used: Set<string>) => used.has(ALL) || names.has(ALL) || [...used].some((n) => names.has(n));
    // Inside the package, names are used bare: a block that mentions a changed name changed too.
    for (const file of byPackage.get(pkg) ?? []) {
      const blocks = ruleBlocks(sources.get(file) ?? "");
      if (!blocks) {
        mark(pkg, new Set([ALL]));
        continue;
      }
      const words = names.has(ALL) ? undefined : new RegExp(`\\b(${[...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`);
      const also = new Set<string>();
      for (const [name, text] of blocks) if (!words || words.test(codeOnly(text, { strings: true }))) also.add(name);
      mark(pkg, also);
    }
    for (const f of graph.files) {
      if (f.package === pkg || !f.refs.some((r) => r === pkg || r.startsWith(`${pkg}.`) || pkg.startsWith(`${r}.`))) continue;
      const used = namesUsed(codeOf(f.file), pkg);
      if (!hits(used)) continue;
      const rule = ruleOf(f.file);
      if (rule) rules.add(rule);
      else if (f.test) {
        // A shared fixture file that uses the name: the tests importing it are affected too, which
        // the file graph answers better.
        if (graph.files.some((g) => g.file !== f.file && g.refs.some((r) => r === f.package || r.startsWith(`${f.package}.`)))) return undefined;
        libTests.add(f.file);
      } else if (!f.file.startsWith("lib/")) return { rules: "all", libTests: [...libTests].sort() }; // main/ or system/ uses it: every rule
      else {
        // Another lib: its blocks that use a changed name are its changed names.
        const blocks = ruleBlocks(sources.get(f.file) ?? "");
        if (!blocks) mark(f.package, new Set([ALL]));
        else {
          const also = new Set<string>();
          for (const [name, text] of blocks) if (hits(namesUsed(`${importsOf(codeOf(f.file))}\n${codeOnly(text, { strings: true })}`, pkg))) also.add(name);
          mark(f.package, also);
        }
      }
    }
  }
  return { rules: [...rules].sort(), libTests: [...libTests].sort() };
}

function importsOf(code: string): string {
  return (code.match(/^import\s.*$/gm) ?? []).join("\n");
}

// sources/: command-line paths → SourceFiles (DESIGN.md §1). Files, directories (recursively, only
// manifest extensions, honouring .gitignore/.kubewardignore) and `-` for stdin. Every problem with an
// input is a ReportError naming it, so one unreadable path never hides the others.
import fs from "node:fs/promises";
import path from "node:path";
import type { ReportError, SourceFile } from "../types.ts";
import { isIgnored, parseIgnoreFile, type IgnoreFile } from "./ignore-rules.ts";

export interface DiscoverOptions {
  cwd: string;
  /** Reads all of standard input; only cli/ knows `process.stdin`. */
  stdin?: () => Promise<string>;
}

export interface DiscoverResult {
  files: SourceFile[];
  errors: ReportError[];
}

export const STDIN_PATH = "<stdin>";
const MANIFEST_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);
const NEVER_ENTERED = new Set([".git", "node_modules"]);
/** Read in batches so a large tree cannot exhaust file descriptors. */
const READ_BATCH = 64;

/**
 * Resolves paths in the order given. A file named explicitly is always read (even if ignored or not a
 * manifest extension); directories contribute their manifests sorted by path. A file reached twice is
 * read once.
 */
export async function discoverSources(paths: string[], opts: DiscoverOptions): Promise<DiscoverResult> {
  const files: SourceFile[] = [];
  const errors: ReportError[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    if (p === "-") {
      if (seen.has(STDIN_PATH)) continue;
      seen.add(STDIN_PATH);
      files.push(...(await readStdin(opts, errors)));
      continue;
    }
    const abs = path.resolve(opts.cwd, p);
    const shown = displayPath(opts.cwd, abs);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (e) {
      errors.push(ioError(shown, e));
      continue;
    }
    const targets = stat.isDirectory() ? await walkDirectory(abs, opts.cwd, errors) : [abs];
    const fresh = targets.filter((t) => !seen.has(t));
    fresh.forEach((t) => seen.add(t));
    files.push(...(await readAll(fresh, opts.cwd, errors)));
  }
  return { files, errors };
}

async function readStdin(opts: DiscoverOptions, errors: ReportError[]): Promise<SourceFile[]> {
  if (!opts.stdin) {
    errors.push({ file: STDIN_PATH, message: "standard input is not available", code: "io" });
    return [];
  }
  try {
    return [{ path: STDIN_PATH, text: await opts.stdin() }];
  } catch (e) {
    errors.push(ioError(STDIN_PATH, e));
    return [];
  }
}

async function readAll(absPaths: string[], cwd: string, errors: ReportError[]): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (let i = 0; i < absPaths.length; i += READ_BATCH) {
    const batch = absPaths.slice(i, i + READ_BATCH);
    const texts = await Promise.all(batch.map((p) => fs.readFile(p, "utf8").then((text) => ({ text }), (error: unknown) => ({ error }))));
    texts.forEach((r, j) => {
      const shown = displayPath(cwd, batch[j] as string);
      if ("text" in r) out.push({ path: shown, text: r.text });
      else errors.push(ioError(shown, r.error));
    });
  }
  return out;
}

/** Depth-first, entries in code-unit order of their names, so output never depends on the file system. */
async function walkDirectory(root: string, cwd: string, errors: ReportError[]): Promise<string[]> {
  const out: string[] = [];
  const visited = new Set<string>();
  const walk = async (dir: string, stack: IgnoreFile[]): Promise<void> => {
    let real: string;
    let entries;
    try {
      real = await fs.realpath(dir);
      if (visited.has(real)) return; // a symlink loop
      visited.add(real);
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      errors.push(ioError(displayPath(cwd, dir), e));
      return;
    }
    const here = await readIgnoreFiles(dir, entries.map((e) => e.name), cwd, errors);
    const rules = here.length > 0 ? [...stack, ...here] : stack;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const s = await fs.stat(abs);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          continue; // a dangling link inside a tree is not an input anyone named
        }
      }
      if (isDir) {
        if (NEVER_ENTERED.has(entry.name) || isIgnored(rules, abs, true)) continue;
        await walk(abs, rules);
      } else if (isFile && MANIFEST_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && !isIgnored(rules, abs, false)) {
        out.push(abs);
      }
    }
  };
  await walk(root, []);
  return out;
}

// `.kubewardignore` comes after `.gitignore` so its patterns (including `!` re-includes) win.
async function readIgnoreFiles(dir: string, names: string[], cwd: string, errors: ReportError[]): Promise<IgnoreFile[]> {
  const out: IgnoreFile[] = [];
  for (const name of [".gitignore", ".kubewardignore"]) {
    if (!names.includes(name)) continue;
    const file = path.join(dir, name);
    try {
      out.push({ base: dir, rules: parseIgnoreFile(await fs.readFile(file, "utf8")) });
    } catch (e) {
      errors.push(ioError(displayPath(cwd, file), e));
    }
  }
  return out;
}

/** Relative to the cwd when inside it (what users typed and recognise), absolute otherwise. */
export function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  if (rel === "") return ".";
  return rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel) ? abs : rel;
}

function ioError(file: string, e: unknown): ReportError {
  const code = (e as { code?: unknown } | null)?.code;
  const reason =
    code === "ENOENT" ? "no such file or directory" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory" : e instanceof Error ? e.message : String(e);
  return { file, message: `cannot read ${file}: ${reason}`, code: "io" };
}

// gitignore pattern semantics for `.gitignore` and `.kubewardignore`, so a directory scan skips what
// the repository itself treats as not-source (build output, vendored charts, generated files).
// Implemented: comments, blank lines, `!` negation, `\#` / `\!` escapes, trailing-space trimming,
// trailing `/` (directories only), anchoring by a leading or inner `/`, `*`, `?`, `[...]` classes
// (with `!`/`^` negation), and `**` as a leading, trailing or inner path segment. As in git, the last
// matching pattern wins, deeper ignore files win over shallower ones, and a file inside an ignored
// directory cannot be re-included (the directory is never entered).
import path from "node:path";

export interface IgnoreRule {
  regex: RegExp;
  negate: boolean;
  dirOnly: boolean;
}

/** The rules of one ignore file, matched against paths relative to the file's directory. */
export interface IgnoreFile {
  /** Absolute directory the file lives in. */
  base: string;
  rules: IgnoreRule[];
}

export function parseIgnoreFile(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const rule = compileIgnorePattern(raw);
    if (rule) rules.push(rule);
  }
  return rules;
}

export function compileIgnorePattern(raw: string): IgnoreRule | undefined {
  // Trailing spaces are ignored unless escaped with a backslash.
  let p = raw.replace(/(?<!\\)[ \t]+$/, "");
  if (p === "" || p.startsWith("#")) return undefined;
  let negate = false;
  if (p.startsWith("!")) {
    negate = true;
    p = p.slice(1);
  } else if (p.startsWith("\\!") || p.startsWith("\\#")) {
    p = p.slice(1);
  }
  let dirOnly = false;
  if (p.endsWith("/")) {
    dirOnly = true;
    p = p.replace(/\/+$/, "");
  }
  if (p === "") return undefined;
  // A slash anywhere but the end anchors the pattern to the ignore file's directory.
  const anchored = p.includes("/");
  if (p.startsWith("/")) p = p.slice(1);
  const body = globToRegex(p);
  return { regex: new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`), negate, dirOnly };
}

function globToRegex(glob: string): string {
  let out = "";
  let i = 0;
  while (i < glob.length) {
    const c = glob[i] as string;
    if (c === "*" && glob[i + 1] === "*") {
      const atStart = i === 0 || glob[i - 1] === "/";
      const atEnd = i + 2 === glob.length || glob[i + 2] === "/";
      if (atStart && atEnd) {
        if (i + 2 === glob.length) {
          out += ".*"; // `a/**`: everything inside a
          i += 2;
        } else {
          out += "(?:.*/)?"; // `**/b`, `a/**/b`: zero or more directories
          i += 3;
        }
        continue;
      }
      out += "[^/]*"; // `a**b` is just `*`
      i += 2;
      continue;
    }
    if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const close = findClassEnd(glob, i);
      if (close === -1) out += "\\[";
      else {
        let cls = glob.slice(i + 1, close);
        let neg = "";
        if (cls.startsWith("!") || cls.startsWith("^")) {
          neg = "^";
          cls = cls.slice(1);
        }
        out += `[${neg}${cls.replace(/\\/g, "\\\\").replace(/]/g, "\\]")}]`;
        i = close + 1;
        continue;
      }
    } else if (c === "\\" && i + 1 < glob.length) {
      out += escapeRegex(glob[i + 1] as string);
      i += 2;
      continue;
    } else out += escapeRegex(c);
    i++;
  }
  return out;
}

function findClassEnd(glob: string, open: number): number {
  let j = open + 1;
  if (glob[j] === "!" || glob[j] === "^") j++;
  if (glob[j] === "]") j++; // a leading `]` is a literal member
  const close = glob.indexOf("]", j);
  return close;
}

function escapeRegex(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/**
 * Whether `absPath` is ignored by the stack of ignore files (shallowest first), each matching the path
 * relative to its own directory; the last matching rule of the deepest file decides.
 */
export function isIgnored(stack: readonly IgnoreFile[], absPath: string, isDir: boolean): boolean {
  let ignored = false;
  for (const file of stack) {
    const rel = path.relative(file.base, absPath).split(path.sep).join("/");
    if (rel === "" || rel === ".." || rel.startsWith("../")) continue;
    for (const rule of file.rules) {
      if (rule.dirOnly && !isDir) continue;
      if (rule.regex.test(rel)) ignored = !rule.negate;
    }
  }
  return ignored;
}

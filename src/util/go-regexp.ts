// gator's `message` assertions are Go regular expressions (RE2). JavaScript's RegExp agrees on the
// common syntax; this translates what differs and rejects what RE2 rejects, so a suite means the
// same thing under kubeward as under gator:
//   - leading flag groups `(?i)`, `(?s)`, `(?m)`, `(?U)`-less combinations become RegExp flags;
//   - `(?P<name>...)` named groups become `(?<name>...)`; `\A` / `\z` become `^` / `$` (without m);
//   - lookarounds and backreferences (not in RE2) are errors, as gator reports them.
// Not translated (rare in suites, documented in docs/gatekeeper.md): inline flags after the start,
// `\Q...\E` quoting, POSIX classes like `[[:alpha:]]`, `(?U)` ungreedy mode.

export function compileGoRegexp(pattern: string): RegExp | string {
  let source = pattern;
  let flags = "u";
  const lead = /^\(\?([imsU]+)\)/.exec(source);
  if (lead) {
    if (lead[1]!.includes("U")) return "the (?U) flag is not supported by kubeward";
    for (const f of lead[1]!) if (!flags.includes(f)) flags += f;
    source = source.slice(lead[0].length);
  }
  if (/\(\?<?[=!]/.test(source)) return "lookaround assertions are not supported by RE2 (Go regular expressions)";
  if (/(^|[^\\])(\\\\)*\\[1-9]/.test(source)) return "backreferences are not supported by RE2 (Go regular expressions)";
  source = source.replace(/\(\?P</g, "(?<");
  if (!flags.includes("m")) source = source.replace(/\\A/g, "^").replace(/\\z/g, "$");
  try {
    return new RegExp(source, flags);
  } catch (e) {
    return (e as Error).message;
  }
}

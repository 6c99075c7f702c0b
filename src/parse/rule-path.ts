// The path syntax findings use to name a field: `spec.containers[0].securityContext.privileged`,
// with bracket-quoted keys for keys that hold dots or slashes:
// `metadata.annotations["container.apparmor.security.beta.kubernetes.io/web"]`.

export type PathSegment = string | number;

/**
 * Splits a rule path into keys and indices. Malformed tails (an unclosed bracket) end the path there,
 * so a sloppy path still resolves as far as it makes sense.
 */
export function parseRulePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  let i = 0;
  let key = "";
  const flush = (): void => {
    if (key !== "") out.push(key);
    key = "";
  };
  while (i < path.length) {
    const c = path[i] as string;
    if (c === ".") {
      flush();
      i++;
    } else if (c === "[") {
      flush();
      const q = path[i + 1];
      if (q === '"' || q === "'") {
        let j = i + 2;
        let s = "";
        while (j < path.length && path[j] !== q) {
          if (path[j] === "\\" && j + 1 < path.length) j++;
          s += path[j];
          j++;
        }
        if (j >= path.length || path[j + 1] !== "]") return out;
        out.push(s);
        i = j + 2;
      } else {
        const close = path.indexOf("]", i);
        if (close === -1) return out;
        const inner = path.slice(i + 1, close).trim();
        out.push(/^\d+$/.test(inner) ? Number(inner) : inner);
        i = close + 1;
      }
    } else {
      key += c;
      i++;
    }
  }
  flush();
  return out;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** The inverse of parseRulePath: plain keys dotted, others bracket-quoted, indices in brackets. */
export function formatRulePath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (PLAIN_KEY.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

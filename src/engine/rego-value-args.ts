// opa-wasm hands builtin arguments to the host as JSON (opa_json_dump), which turns a Rego set into
// an array: OPA's `sprintf("%v", [{"owner"}])` prints `{"owner"}`, the SDK's path `["owner"]`.
// Gatekeeper policies print sets in messages (gatekeeper-library's requiredlabels does), and gator's
// messages are the contract there, so template instances route `sprintf` through the module's own
// Rego-syntax dump (opa_value_dump), parsed here with sets intact. Opt-in per instance
// (loadEngine's `regoSprintf`); kubeward's own library keeps the SDK path.
import { sprintf } from "./go-sprintf.ts";

type Exports = {
  builtins(): number;
  opa_json_dump(addr: number): number;
  opa_value_dump(addr: number): number;
  opa_malloc(len: number): number;
  opa_json_parse(addr: number, len: number): number;
};
type Imports = { env: Record<string, unknown> & { memory: { buffer: ArrayBuffer } } };
type Builtin = (id: number, ctx: number, ...args: number[]) => number;

/**
 * Wraps the import object the SDK builds so that `sprintf` calls read their arguments as Rego values.
 * `instance()` returns the instance once instantiated (the wrappers only run during evaluation).
 */
export function withRegoSprintf(imports: Imports, instance: () => { exports: unknown } | undefined): void {
  const env = imports.env;
  let sprintfId: number | undefined | null = null;
  for (const n of [1, 2, 3, 4]) {
    const name = `opa_builtin${n}`;
    const original = env[name] as Builtin | undefined;
    if (typeof original !== "function") continue;
    env[name] = (id: number, ctx: number, ...args: number[]): number => {
      const inst = instance();
      if (!inst) return original(id, ctx, ...args);
      const exports = inst.exports as Exports;
      if (sprintfId === null) sprintfId = builtinIds(exports, env.memory).sprintf;
      if (id !== sprintfId || args.length < 2) return original(id, ctx, ...args);
      const format = parseRegoValue(readCString(env.memory, exports.opa_value_dump(args[0]!)));
      const values = parseRegoValue(readCString(env.memory, exports.opa_value_dump(args[1]!)));
      const text = sprintf(String(format), values instanceof Set ? [...values] : Array.isArray(values) ? values : []);
      const bytes = new TextEncoder().encode(JSON.stringify(text));
      const addr = exports.opa_malloc(bytes.byteLength);
      new Uint8Array(env.memory.buffer).set(bytes, addr);
      return exports.opa_json_parse(addr, bytes.byteLength);
    };
  }
}

function builtinIds(exports: Exports, memory: { buffer: ArrayBuffer }): Record<string, number> {
  return JSON.parse(readCString(memory, exports.opa_json_dump(exports.builtins()))) as Record<string, number>;
}

function readCString(memory: { buffer: ArrayBuffer }, addr: number): string {
  const buf = new Uint8Array(memory.buffer);
  let end = addr;
  while (buf[end] !== 0) end++;
  return new TextDecoder().decode(buf.subarray(addr, end));
}

/**
 * Parses OPA's Rego value syntax: JSON, plus sets (`{1, "a"}`, `set()`) and objects whose keys are
 * any value. Sets become JavaScript Sets (go-sprintf prints them as OPA does).
 */
export function parseRegoValue(text: string): unknown {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const fail = (): never => {
    throw new Error(`cannot read the Rego value ${text.slice(0, 80)}`);
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === '"') {
      const start = i++;
      while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      i++;
      return JSON.parse(text.slice(start, i)) as string;
    }
    if (c === "[") {
      i++;
      const out: unknown[] = [];
      ws();
      if (text[i] === "]") {
        i++;
        return out;
      }
      for (;;) {
        out.push(value());
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return out;
        } else fail();
      }
    }
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return {};
      }
      const first = value();
      ws();
      if (text[i] === ":") {
        const obj: Record<string, unknown> = {};
        let key = first;
        for (;;) {
          i++; // the colon
          obj[typeof key === "string" ? key : JSON.stringify(key)] = value();
          ws();
          if (text[i] === "}") {
            i++;
            return obj;
          }
          if (text[i] !== ",") fail();
          i++;
          key = value();
          ws();
          if (text[i] !== ":") fail();
        }
      }
      const set = new Set<unknown>([first]);
      for (;;) {
        if (text[i] === "}") {
          i++;
          return set;
        }
        if (text[i] !== ",") fail();
        i++;
        set.add(value());
        ws();
      }
    }
    if (text.startsWith("set()", i)) {
      i += 5;
      return new Set();
    }
    for (const [word, v] of [["null", null], ["true", true], ["false", false]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i));
    if (!m) return fail();
    i += m[0].length;
    const n = Number(m[0]);
    // Integers past 2^53 keep their digits (go-sprintf prints bigints exactly).
    return m[1] === undefined && m[2] === undefined && !Number.isSafeInteger(n) ? BigInt(m[0]) : n;
  };
  const v = value();
  ws();
  if (i !== text.length) fail();
  return v;
}

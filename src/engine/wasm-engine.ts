// Loads the compiled policy (policy.wasm from `opa build -t wasm`) into @open-policy-agent/opa-wasm
// and evaluates it in-process. The only module that talks to the SDK.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { loadPolicy, type LoadedPolicy } from "@open-policy-agent/opa-wasm";
import { KubewardError, toKubewardError } from "../errors.ts";
import { sprintf } from "./go-sprintf.ts";
import { withRegoSprintf } from "./rego-value-args.ts";

export const DEFAULT_ENTRYPOINT = "kubeward/main/findings";

export type BuiltinImpl = (...args: unknown[]) => unknown;

/**
 * The builtins the host implements for the wasm module (name → implementation), with OPA's exact
 * semantics. The capabilities generator lists these; add an entry here to make a builtin available
 * to the library when compiled to wasm.
 */
export const ENGINE_BUILTINS: Readonly<Record<string, BuiltinImpl>> = Object.freeze({
  sprintf: (format: unknown, args: unknown) => sprintf(String(format), Array.isArray(args) ? args : []),
});

export interface Engine {
  /** Entrypoints the module was built with, e.g. `kubeward/main/findings`. */
  readonly entrypoints: string[];
  /** Replaces `data` for every later evaluation (set once per scan: copying it in is not free). */
  setData(data: object): void;
  /**
   * Evaluates `entrypoint` against `input` and returns its value (undefined when the rule is undefined).
   * `context` names what was being evaluated (a rule, a document) in the error thrown on failure.
   */
  evaluate(input: object, entrypoint?: string, context?: string): unknown;
}

/**
 * Instantiates the policy. Compilation of the wasm bytes happens once per process per distinct
 * module (a scan, the webhook and the UI may each load the same artefact); every Engine gets its own
 * instance and memory so `setData` on one never leaks into another. `builtins` adds host builtins
 * for this instance only (they cannot replace sprintf or the SDK's own).
 */
export async function loadEngine(wasm: Buffer | Uint8Array, opts: { builtins?: Readonly<Record<string, BuiltinImpl>>; regoSprintf?: boolean } = {}): Promise<Engine> {
  const module = await compileOnce(wasm);
  let policy: LoadedPolicy;
  try {
    // Extra builtins are per instance (Gatekeeper's external_data answers from one suite's file).
    const builtins = { ...opts.builtins, ...hostBuiltins() };
    policy = await (opts.regoSprintf ? loadWithRegoSprintf(module, builtins) : loadPolicy(module, undefined, builtins));
  } catch (e) {
    throw toKubewardError(e, "engine", "loading policy.wasm");
  }
  return new WasmEngine(policy);
}

/** Every builtin the host answers for the wasm module: the SDK's own (after the sprintf fix) and ours. */
export function hostBuiltinNames(): string[] {
  return [...new Set([...Object.keys(sdkBuiltins()), ...Object.keys(ENGINE_BUILTINS)])].sort();
}

class WasmEngine implements Engine {
  readonly entrypoints: string[];

  constructor(private readonly policy: LoadedPolicy) {
    this.entrypoints = Object.keys((policy.entrypoints ?? {}) as Record<string, number>).sort();
  }

  setData(data: object): void {
    try {
      this.policy.setData(data);
    } catch (e) {
      throw toKubewardError(e, "engine", "setting policy data");
    }
  }

  evaluate(input: object, entrypoint = DEFAULT_ENTRYPOINT, context = entrypoint): unknown {
    if (!this.entrypoints.includes(entrypoint)) {
      throw new KubewardError("engine", `${context}: entrypoint ${entrypoint} is not in the policy (has: ${this.entrypoints.join(", ") || "none"})`);
    }
    let resultSet: unknown;
    try {
      resultSet = this.policy.evaluate(input, entrypoint);
    } catch (e) {
      throw toKubewardError(e, "engine", context);
    }
    // opa-wasm returns a result set: [] when undefined, [{result: value}] otherwise.
    if (!Array.isArray(resultSet) || resultSet.length === 0) return undefined;
    return (resultSet[0] as { result?: unknown }).result;
  }
}

// lib ES2023 and @types/node 20 declare no WebAssembly namespace; this is the sliver used here.
type WasmModule = object;
declare const WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule> };

const compiled = new Map<string, Promise<WasmModule>>();

function compileOnce(wasm: Buffer | Uint8Array): Promise<WasmModule> {
  const key = createHash("sha256").update(wasm).digest("hex");
  const cached = compiled.get(key);
  if (cached) return cached;
  // Copy into a fresh ArrayBuffer: a Node Buffer may be a view into a larger shared pool.
  const bytes = new Uint8Array(wasm.byteLength);
  bytes.set(wasm);
  const module = WebAssembly.compile(bytes).catch((e: unknown) => {
    compiled.delete(key);
    throw toKubewardError(e, "engine", "compiling policy.wasm");
  });
  compiled.set(key, module);
  return module;
}

/**
 * loadPolicy with `sprintf` reading its arguments as Rego values (sets intact; rego-value-args.ts).
 * The SDK builds its import object and calls WebAssembly.instantiate synchronously inside
 * loadPolicy (before its first await), so the hook is in place for exactly that one call.
 */
function loadWithRegoSprintf(module: WasmModule, builtins: Record<string, BuiltinImpl>): Promise<LoadedPolicy> {
  const wa = (globalThis as unknown as { WebAssembly: { instantiate: (m: unknown, imports: unknown) => Promise<unknown> } }).WebAssembly;
  const real = wa.instantiate;
  let instance: { exports: unknown } | undefined;
  wa.instantiate = (m: unknown, imports: unknown) => {
    withRegoSprintf(imports as Parameters<typeof withRegoSprintf>[0], () => instance);
    return real.call(wa, m, imports).then((r) => {
      instance = ((r as { instance?: { exports: unknown } }).instance ?? r) as { exports: unknown };
      return r;
    });
  };
  try {
    return loadPolicy(module, undefined, builtins);
  } finally {
    wa.instantiate = real;
  }
}

let patched = false;

/**
 * Why this exists: opa-wasm 1.10.0 dispatches `builtinFuncs[name] || customBuiltins[name]`
 * (src/opa.js), so its own builtins win over ours — and its `sprintf` is sprintf-js, which prints
 * objects as `[object Object]` and knows no Go verbs. The SDK's builtin table is a CommonJS module
 * shared by every require of it, so we delete the entries we implement from that very instance
 * (resolved through the package's own entry point, hence the same cache key opa.js uses) and hand
 * ours in as custom builtins. Done once per process, in this one place. Bundlers must keep
 * @open-policy-agent/opa-wasm external (scripts/build.mjs does): a bundled copy would have its own
 * builtin table, out of reach of this patch.
 */
function hostBuiltins(): Record<string, BuiltinImpl> {
  if (!patched) {
    const table = sdkBuiltins();
    for (const name of Object.keys(ENGINE_BUILTINS)) delete table[name];
    patched = true;
  }
  return { ...ENGINE_BUILTINS };
}

function sdkBuiltins(): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve("@open-policy-agent/opa-wasm");
  return require(path.join(path.dirname(entry), "builtins", "index.js")) as Record<string, unknown>;
}

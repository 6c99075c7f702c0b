// Builtins Gatekeeper policies call that OPA's wasm compiler leaves to the host and opa-wasm's SDK
// does not provide, implemented with OPA's semantics. Given to template instances only, so
// kubeward's own library (and its capabilities file) is unchanged.
import type { BuiltinImpl } from "./wasm-engine.ts";

/** A Rego string, array or set (opa-wasm hands sets over as arrays) as a list of strings. */
function strings(x: unknown, name: string): string[] {
  if (typeof x === "string") return [x];
  if (Array.isArray(x) && x.every((s) => typeof s === "string")) return x as string[];
  if (x instanceof Set && [...x].every((s) => typeof s === "string")) return [...x] as string[];
  throw new Error(`${name}: operand must be a string, or an array or set of strings`);
}

export const GATEKEEPER_BUILTINS: Readonly<Record<string, BuiltinImpl>> = Object.freeze({
  "strings.any_prefix_match": (search: unknown, base: unknown) => {
    const s = strings(search, "strings.any_prefix_match");
    const b = strings(base, "strings.any_prefix_match");
    return s.some((x) => b.some((p) => x.startsWith(p)));
  },
  "strings.any_suffix_match": (search: unknown, base: unknown) => {
    const s = strings(search, "strings.any_suffix_match");
    const b = strings(base, "strings.any_suffix_match");
    return s.some((x) => b.some((p) => x.endsWith(p)));
  },
});

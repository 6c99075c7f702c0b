// The js-yaml schema kubeward loads manifests with. Kubernetes reads YAML through sigs.k8s.io/yaml,
// i.e. go-yaml v2 decoding into interface{} and then converting to JSON, so plain scalars resolve as
// YAML 1.1 does there, not as YAML 1.2's core schema would:
//   - `yes/no/on/off/y/n` are booleans (the "Norway problem" is real for kubectl users);
//   - `0644` is octal (a `defaultMode: 0644` must read as 420, as the API server stores it);
//   - sexagesimal `1:30` and timestamps stay strings (go-yaml v2 keeps timestamps as strings in
//     interface{}, and has no base-60 numbers), so `Date` objects never reach the policy input;
//   - `<<` merge keys work.
// The mapping tag also notices duplicate keys (last one wins, as in the API server) so that the
// parser can record where they are without paying for that on every document.
import { defineMappingTag, defineScalarTag, mergeTag, NOT_RESOLVED, Schema, seqTag, strTag } from "js-yaml";

const BOOLS: Record<string, boolean> = {
  y: true, Y: true, yes: true, Yes: true, YES: true, true: true, True: true, TRUE: true, on: true, On: true, ON: true,
  n: false, N: false, no: false, No: false, NO: false, false: false, False: false, FALSE: false, off: false, Off: false, OFF: false,
};

const goBoolTag = defineScalarTag<boolean>("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["y", "Y", "t", "T", "o", "O", "n", "N", "f", "F"],
  resolve: (source) => (Object.prototype.hasOwnProperty.call(BOOLS, source) ? (BOOLS[source] as boolean) : NOT_RESOLVED),
  identify: (v) => typeof v === "boolean",
});

const goNullTag = defineScalarTag<null>("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["", "~", "n", "N"],
  resolve: (source) => (source === "" || source === "~" || source === "null" || source === "Null" || source === "NULL" ? null : NOT_RESOLVED),
  identify: (v) => v === null,
});

// strconv.ParseInt(s, 0, 64) after go-yaml strips `_`: decimal, 0x, 0o, 0b and leading-zero octal.
const INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
function resolveGoInt(source: string): number | typeof NOT_RESOLVED {
  const s = source.includes("_") ? source.replace(/_/g, "") : source;
  if (!INT.test(s)) return NOT_RESOLVED;
  const sign = s[0] === "-" ? -1 : 1;
  const body = s[0] === "-" || s[0] === "+" ? s.slice(1) : s;
  let n: number;
  if (/^0[xX]/.test(body)) n = parseInt(body.slice(2), 16);
  else if (/^0[oO]/.test(body)) n = parseInt(body.slice(2), 8);
  else if (/^0[bB]/.test(body)) n = parseInt(body.slice(2), 2);
  else if (body.length > 1 && body[0] === "0") n = parseInt(body.slice(1), 8);
  else n = parseInt(body, 10);
  return sign * n;
}

const goIntTag = defineScalarTag<number>("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", "+", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
  resolve: (source) => resolveGoInt(source),
  identify: (v) => Number.isInteger(v),
});

const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL_FLOATS: Record<string, number> = {
  ".nan": NaN, ".NaN": NaN, ".NAN": NaN,
  ".inf": Infinity, ".Inf": Infinity, ".INF": Infinity, "+.inf": Infinity, "+.Inf": Infinity, "+.INF": Infinity,
  "-.inf": -Infinity, "-.Inf": -Infinity, "-.INF": -Infinity,
};

const goFloatTag = defineScalarTag<number>("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", "+", ".", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
  resolve: (source, isExplicit) => {
    if (Object.prototype.hasOwnProperty.call(SPECIAL_FLOATS, source)) return SPECIAL_FLOATS[source] as number;
    const s = source.includes("_") ? source.replace(/_/g, "") : source;
    if (FLOAT.test(s)) return parseFloat(s);
    // `!!float 1` is a float too.
    if (isExplicit) {
      const i = resolveGoInt(source);
      if (i !== NOT_RESOLVED) return i;
    }
    return NOT_RESOLVED;
  },
  identify: (v) => typeof v === "number",
});

/** Set when a mapping received a key it already had; the parser resets and reads it per document. */
export const duplicateKeySeen = { value: false };

const trackingMapTag = defineMappingTag<Record<string, unknown>>("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: (v) => v !== null && typeof v === "object" && !Array.isArray(v),
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "complex mapping keys are not supported";
    const k = String(key);
    if (Object.prototype.hasOwnProperty.call(container, k)) duplicateKeySeen.value = true;
    if (k === "__proto__") Object.defineProperty(container, k, { value, enumerable: true, configurable: true, writable: true });
    else container[k] = value;
    return "";
  },
  has: (container, key) => key !== null && typeof key !== "object" && Object.prototype.hasOwnProperty.call(container, String(key)),
  keys: (container) => Object.keys(container),
  get: (container, key) => (Object.prototype.hasOwnProperty.call(container, String(key)) ? container[String(key)] : null),
});

export const GO_YAML_SCHEMA = new Schema([strTag, seqTag, trackingMapTag, goNullTag, goBoolTag, goIntTag, goFloatTag, mergeTag]);

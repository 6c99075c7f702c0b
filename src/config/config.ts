// kubeward.yaml: the project's own settings (bundle, fail-on, rules, severities, parameters, paths,
// exceptions). Found upwards from the cwd or named with --config; validated with ajv against
// schemas/config.schema.json. Every problem names the file, the line, the key and what is allowed,
// because a config error is the first thing a newcomer meets.
import fs from "node:fs";
import path from "node:path";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { isMap, isSeq, LineCounter, parseDocument, type Document as YamlDocument, type Node as YamlNode } from "yaml";
import { KubewardError } from "../errors.ts";
import type { Severity } from "../types.ts";
import { packageRoot } from "../util/package-root.ts";

export const CONFIG_FILE_NAMES = ["kubeward.yaml", "kubeward.yml"] as const;

export interface ConfigException {
  rule: string;
  resource?: { kind?: string; namespace?: string; name?: string };
  reason?: string;
  expires?: string;
  /** 1-based line of the exception in the config file (findings about it point there). */
  line: number;
}

export interface KubewardConfig {
  /** Absolute path of the file it came from; globs in `paths` are relative to its directory. */
  file: string;
  bundle?: string;
  failOn?: Severity | "none";
  rules?: { enable?: string[]; disable?: string[] };
  severity?: Record<string, Severity>;
  parameters?: Record<string, Record<string, unknown>>;
  paths?: { include?: string[]; exclude?: string[] };
  inventory?: { from?: string[] };
  exceptions?: ConfigException[];
  /** The 1-based line of a key path in the file (e.g. ["severity", "host-pid"]), for later errors (unknown rule ids). */
  lineOf(keyPath: readonly (string | number)[]): number | undefined;
}

/** The nearest kubeward.yaml (or .yml) in `cwd` or any parent directory, or undefined. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfigFile(file: string, shown = file): KubewardConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new KubewardError("config", `cannot read the configuration ${shown}: ${(e as Error).message}`, { file: shown });
  }
  return parseConfig(text, path.resolve(file), shown);
}

/** Parses and validates config text; `shown` is how errors name the file. */
export function parseConfig(text: string, absFile: string, shown: string): KubewardConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = lines.linePos(first.pos[0]).line;
    throw new KubewardError("config", `invalid YAML: ${first.message.split("\n")[0]}`, { file: shown, line });
  }
  const value: unknown = doc.toJS() ?? {};
  const lineOf = (keyPath: readonly (string | number)[]) => lineOfPath(doc, lines, keyPath);
  const validate = validator();
  if (!validate(value)) {
    const problems = describeErrors(validate.errors ?? [], lineOf);
    const first = problems[0]!;
    const listed = problems.map((p) => `  ${shown}:${p.line ?? "?"}: ${p.text}`).join("\n");
    throw new KubewardError("config", `invalid configuration (${problems.length} ${problems.length === 1 ? "problem" : "problems"}):\n${listed}`, { file: shown, line: first.line });
  }
  const raw = value as Omit<KubewardConfig, "file" | "lineOf" | "exceptions"> & { exceptions?: Omit<ConfigException, "line">[] };
  const { exceptions: rawExceptions, ...rest } = raw;
  const exceptions: ConfigException[] | undefined = rawExceptions?.map((e, i) => ({ ...e, line: lineOf(["exceptions", i]) ?? 1 }));
  for (const [i, e] of (exceptions ?? []).entries()) {
    if (e.expires !== undefined && !isRealDate(e.expires)) {
      throw new KubewardError("config", `exceptions[${i}].expires: "${e.expires}" is not a calendar date (allowed: YYYY-MM-DD)`, { file: shown, line: lineOf(["exceptions", i, "expires"]) });
    }
  }
  return { ...rest, ...(exceptions ? { exceptions } : {}), file: absFile, lineOf };
}

export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

let compiled: ReturnType<Ajv2020["compile"]> | undefined;
function validator() {
  if (!compiled) {
    const schema = JSON.parse(fs.readFileSync(path.join(packageRoot(), "schemas", "config.schema.json"), "utf8")) as Record<string, unknown>;
    delete schema.$schema;
    compiled = new Ajv2020({ allErrors: true, strict: false, verbose: true }).compile(schema);
  }
  return compiled;
}

interface Problem { line: number | undefined; text: string }

/** ajv errors → "key: what is wrong (allowed: ...)", each at the line of the offending key or value. */
function describeErrors(errors: ErrorObject[], lineOf: (p: (string | number)[]) => number | undefined): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    // propertyNames failures repeat as a nested pattern error; the outer one names the key.
    if (e.keyword === "pattern" && e.instancePath === "" && e.propertyName !== undefined) continue;
    const segments = pointerSegments(e.instancePath);
    let keyPath = segments;
    let text: string;
    const key = segments.length === 0 ? "(top level)" : dotted(segments);
    switch (e.keyword) {
      case "additionalProperties": {
        const extra = String((e.params as { additionalProperty: string }).additionalProperty);
        keyPath = [...segments, extra];
        const allowed = allowedKeys(e.parentSchema);
        text = `${segments.length === 0 ? extra : `${key}.${extra}`}: unknown key${allowed ? ` (allowed: ${allowed})` : ""}`;
        break;
      }
      case "enum":
        text = `${key}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(", ")} (got ${JSON.stringify(e.data)})`;
        break;
      case "propertyNames":
        keyPath = [...segments, String((e.params as { propertyName: string }).propertyName)];
        text = `${key}: "${(e.params as { propertyName: string }).propertyName}" is not a rule id (allowed: kebab-case ids such as host-pid)`;
        break;
      case "pattern":
        text = `${key}: must match ${(e.params as { pattern: string }).pattern}${segments.includes("expires") ? " (a date, YYYY-MM-DD)" : " (a kebab-case rule id)"}`;
        break;
      case "required":
        text = `${key}: the key "${(e.params as { missingProperty: string }).missingProperty}" is required`;
        break;
      default:
        text = `${key}: ${e.message ?? "is invalid"}`;
    }
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ line: lineOf(keyPath), text });
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function allowedKeys(schema: unknown): string | undefined {
  const props = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props).join(", ") : undefined;
}

function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function dotted(segments: (string | number)[]): string {
  return segments.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

/**
 * The line of a key path: the key's own line for a mapping entry (what a person looks for), the
 * item's line in a sequence; the deepest existing ancestor when the path does not exist.
 */
export { dotted as describeKeyPath };

export function lineOfPath(doc: YamlDocument, lines: LineCounter, keyPath: readonly (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let line = rangeLine(node, lines);
  for (const seg of keyPath) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === String(seg));
      if (!pair) break;
      line = rangeLine(pair.key, lines) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (item === undefined) break;
      line = rangeLine(item, lines) ?? line;
      node = item;
    } else break;
  }
  return line;
}

function rangeLine(node: unknown, lines: LineCounter): number | undefined {
  const range = (node as YamlNode | null)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}

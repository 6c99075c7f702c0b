// `kubeward build --target gatekeeper`: the bundle as Gatekeeper resources, loadable by a cluster's
// Gatekeeper and by the real `gator`.
//
//   dist/gatekeeper/<bundle>/
//     templates/<rule-id>.yaml     one templates.gatekeeper.sh/v1 ConstraintTemplate per rule
//     constraints/<rule-id>.yaml   its Constraint: match kinds, the bundle's parameters, enforcementAction
//     sync.yaml                    config.gatekeeper.sh/v1alpha1 Config syncing what cross-resource rules read
//     kustomization.yaml           every resource above, in apply order
//     suite.yaml + suite/          a gator Suite from the rules' examples (see gatekeeper-suite.ts)
//     README.md                    what is where, the severity → enforcementAction mapping, what was left out and why
//
// The rules already speak Gatekeeper's contract (`violation` over input.review and
// input.parameters, data.inventory in Gatekeeper's layout), so a template's Rego is the rule's own
// policy.rego. Gatekeeper only lets a template import libraries under `data.lib`, so our
// `kubeward.lib.<x>` packages ship as `lib.kubeward.<x>` and imports are rewritten to match.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import type { ResolvedBundle } from "../config/bundle.ts";
import { CLUSTER_SCOPED_KINDS } from "../engine/inventory.ts";
import { KubewardError } from "../errors.ts";
import type { FailOn } from "../report/exit-code.ts";
import { SEVERITIES, type RuleMeta, type Severity } from "../types.ts";
import { structuralSchema } from "./gatekeeper-schema.ts";
import { SYNC_VERSIONS, apiGroupsOf, matchKinds } from "./kind-groups.ts";
import { librarySources, shippedConfig } from "./opa-bundle.ts";
import { runOpa } from "./opa.ts";

export const GATEKEEPER_TARGET = "admission.k8s.gatekeeper.sh";

export type EnforcementAction = "deny" | "warn" | "dryrun";

/** A rule the target leaves out, with the reason (listed in the README and by `kubeward build`). */
export interface Omitted {
  rule: string;
  reason: string;
}

export interface GatekeeperRule {
  rule: RuleMeta;
  kind: string;
  templateName: string;
  templateFile: string;
  constraintFile: string;
  enforcementAction: EnforcementAction;
  parameters: Record<string, unknown>;
  /** Whether the rule (or a library it imports) reads data.inventory. */
  readsInventory: boolean;
}

export interface GatekeeperTarget {
  dir: string;
  rules: GatekeeperRule[];
  omitted: Omitted[];
  /** Kinds the sync Config replicates into data.inventory, as group/version/kind. */
  synced: { group: string; version: string; kind: string }[];
  schemaChanges: { rule: string; change: string }[];
  files: string[];
}

/** `privileged-container` → `KwPrivilegedContainer` (a CRD kind); its template is named in lowercase. */
export function gatekeeperKind(id: string): string {
  return `Kw${id
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("")}`;
}

/**
 * Severity at or above --fail-on is `deny` (as `kubeward serve` blocks it), below it `warn`, and
 * `info` is `dryrun`: recorded by Gatekeeper's audit, never shown to the person applying.
 */
export function enforcementActionFor(severity: Severity, failOn: FailOn): EnforcementAction {
  if (severity === "info") return "dryrun";
  if (failOn === "none") return "warn";
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn) ? "deny" : "warn";
}

/** Our library packages under Gatekeeper's `lib.` prefix: `kubeward.lib.k8s` → `lib.kubeward.k8s`. */
export function rewriteLibraryRefs(rego: string): string {
  return rego.replace(/^package kubeward\.lib\./m, "package lib.kubeward.").replace(/\bdata\.kubeward\.lib\./g, "data.lib.kubeward.");
}

function withoutComments(rego: string): string {
  return rego
    .split("\n")
    .map((l) => l.replace(/#.*$/, ""))
    .join("\n");
}

/** `data.` references Gatekeeper cannot provide: anything but data.inventory and data.lib. */
/** lib/calico_selectors as Gatekeeper gets it: `precomputed := {}`, no data.kubeward reference. */
export function withoutPrecomputedSelectors(rego: string): string {
  const out = rego.replace(/^default precomputed := \{\}\n\nprecomputed := data\.kubeward\.selectors\.calico\n/m, "precomputed := {}\n");
  if (out === rego) throw new KubewardError("policy-build", "lib/calico_selectors.rego changed shape: the Gatekeeper target cannot empty its precomputed selectors");
  return out;
}

export function foreignDataRefs(rego: string): string[] {
  const refs = new Set<string>();
  for (const m of withoutComments(rego).matchAll(/\bdata\.([\w.]+)/g)) {
    const ref = m[1]!;
    if (ref === "inventory" || ref.startsWith("inventory.") || ref.startsWith("lib.")) continue;
    refs.add(`data.${ref.split(".").slice(0, 3).join(".")}`);
  }
  return [...refs].sort();
}

function importedLibs(rego: string): string[] {
  return [...withoutComments(rego).matchAll(/^\s*import\s+data\.lib\.kubeward\.(\w+)/gm)].map((m) => m[1]!);
}

export interface GatekeeperOptions {
  policiesDir: string;
  catalog: readonly RuleMeta[];
  bundle: ResolvedBundle;
  failOn: FailOn;
  outDir: string;
  version: string;
}

export async function writeGatekeeperTarget(opts: GatekeeperOptions): Promise<GatekeeperTarget> {
  const dir = opts.outDir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "templates"), { recursive: true });
  fs.mkdirSync(path.join(dir, "constraints"), { recursive: true });

  const sources = librarySources(opts.policiesDir);
  const libs = new Map<string, string>();
  for (const s of sources.filter((x) => x.pkg.startsWith("kubeward.lib."))) libs.set(s.pkg.slice("kubeward.lib.".length), rewriteLibraryRefs(s.data.toString("utf8")));
  // Gatekeeper has no step that parses Calico selectors before evaluation (kubeward's engine does):
  // ship that lib empty, so Calico rules run and report unparsed selectors as "not evaluated"
  // instead of the whole network category being left out for a data reference.
  const calicoSelectors = libs.get("calico_selectors");
  if (calicoSelectors !== undefined) libs.set("calico_selectors", withoutPrecomputedSelectors(calicoSelectors));
  const rulesByPkg = new Map(sources.map((s) => [s.pkg, s]));
  const legacy = await legacyRego([...libs.entries()].map(([name, rego]) => ({ name: `lib/${name}.rego`, rego })), sources, opts.catalog);

  const config = shippedConfig(opts.bundle, opts.catalog, opts.failOn);
  const byId = new Map(opts.catalog.map((r) => [r.id, r]));
  const rules: GatekeeperRule[] = [];
  const omitted: Omitted[] = [];
  const schemaChanges: { rule: string; change: string }[] = [];
  const inventoryKinds = new Set<string>();

  for (const { id } of opts.bundle.rules) {
    const rule = byId.get(id)!;
    if (rule.family === "detection") {
      omitted.push({ rule: id, reason: "an audit-log detection: it judges audit Events, which never pass through admission" });
      continue;
    }
    const source = rulesByPkg.get(rule.package);
    if (!source) throw new KubewardError("policy-build", `no Rego source for rule ${id} (package ${rule.package})`);
    const rego = rewriteLibraryRefs(source.data.toString("utf8"));
    const closure = libClosure(importedLibs(rego), libs);
    const foreign = foreignDataRefs([rego, ...closure.map((l) => libs.get(l)!)].join("\n"));
    if (foreign.length > 0) {
      omitted.push({ rule: id, reason: `reads ${foreign.join(", ")}, which Gatekeeper cannot provide (only data.inventory and libraries under data.lib)` });
      continue;
    }
    const readsInventory = [rego, ...closure.map((l) => libs.get(l)!)].some((r) => /\bdata\.inventory\b/.test(withoutComments(r)));
    if (readsInventory) for (const k of namedKinds(rego, closure, libs)) inventoryKinds.add(k);

    const kind = gatekeeperKind(id);
    const templateName = kind.toLowerCase();
    const { schema, changes } = structuralSchema(rule.parameters);
    for (const change of changes) schemaChanges.push({ rule: id, change });
    const template = {
      apiVersion: "templates.gatekeeper.sh/v1",
      kind: "ConstraintTemplate",
      metadata: {
        name: templateName,
        labels: { "app.kubernetes.io/managed-by": "kubeward" },
        annotations: {
          "metadata.gatekeeper.sh/title": rule.title,
          "metadata.gatekeeper.sh/version": opts.version,
          description: rule.description.trim(),
          "kubeward.dev/rule": id,
          "kubeward.dev/severity": rule.severity,
          "kubeward.dev/category": rule.category,
          "kubeward.dev/controls": rule.controls.join(", "),
        },
      },
      spec: {
        crd: { spec: { names: { kind }, validation: { openAPIV3Schema: schema } } },
        targets: [
          {
            target: GATEKEEPER_TARGET,
            // Gatekeeper before v3.19 reads only these: the same Rego as v0 with future.keywords imports.
            rego: legacy.get(rule.package)!,
            libs: closure.map((l) => legacy.get(`lib.kubeward.${l}`)!),
            code: [{ engine: "Rego", source: { version: "v1", rego, libs: closure.map((l) => libs.get(l)!) } }],
          },
        ],
      },
    };
    const parameters = config.rules[id]?.parameters ?? {};
    const enforcementAction = enforcementActionFor(rule.severity, opts.failOn);
    const constraint = {
      apiVersion: "constraints.gatekeeper.sh/v1beta1",
      kind,
      metadata: {
        name: `kubeward-${id}`.slice(0, 253),
        labels: { "app.kubernetes.io/managed-by": "kubeward", "kubeward.dev/bundle": opts.bundle.name },
        annotations: { "kubeward.dev/rule": id, "kubeward.dev/severity": rule.severity },
      },
      spec: {
        enforcementAction,
        match: { kinds: matchKinds(rule.kinds) },
        ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
      },
    };
    const templateFile = path.join("templates", `${id}.yaml`);
    const constraintFile = path.join("constraints", `${id}.yaml`);
    fs.writeFileSync(path.join(dir, templateFile), toYaml(template, `ConstraintTemplate for kubeward rule ${id}`));
    fs.writeFileSync(path.join(dir, constraintFile), toYaml(constraint, `Constraint for kubeward rule ${id} (bundle ${opts.bundle.name})`));
    rules.push({ rule, kind, templateName, templateFile, constraintFile, enforcementAction, parameters, readsInventory });
  }

  const synced = [...inventoryKinds]
    .sort()
    .flatMap((k) => apiGroupsOf(k).filter((g) => g !== "*" && SYNC_VERSIONS[g] !== undefined).map((group) => ({ group, version: SYNC_VERSIONS[group]!, kind: k })));
  const syncConfig = {
    apiVersion: "config.gatekeeper.sh/v1alpha1",
    kind: "Config",
    // Gatekeeper reads exactly one Config, named config, in its own namespace.
    metadata: { name: "config", namespace: "gatekeeper-system" },
    spec: { sync: { syncOnly: synced } },
  };
  fs.writeFileSync(path.join(dir, "sync.yaml"), toYaml(syncConfig, "What cross-resource rules read from data.inventory"));

  const files = ["sync.yaml", ...rules.map((r) => r.templateFile), ...rules.map((r) => r.constraintFile)];
  return { dir, rules, omitted, synced, schemaChanges, files };
}

function libClosure(direct: string[], libs: Map<string, string>): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const rego = libs.get(name);
    if (rego === undefined) throw new KubewardError("policy-build", `a rule imports data.kubeward.lib.${name}, which is not in the library`);
    seen.add(name);
    for (const dep of importedLibs(rego)) visit(dep);
  };
  for (const d of direct) visit(d);
  return [...seen].sort();
}

/**
 * Kinds named in a cross-resource rule's Rego (its own and its libraries'): what it may look up
 * in data.inventory. Deliberately generous — syncing a kind too many costs memory, one too few
 * silently blinds the rule.
 */
function namedKinds(rego: string, closure: string[], libs: Map<string, string>): Set<string> {
  const code = withoutComments([rego, ...closure.map((l) => libs.get(l)!)].join("\n"));
  const found = new Set<string>();
  for (const m of code.matchAll(/[".]([A-Z][A-Za-z]+)(?=["[\s,\]])/g)) {
    const k = m[1]!;
    if (apiGroupsOf(k)[0] !== "*" || k === "AuthorizationPolicy") found.add(k);
  }
  return found;
}

/**
 * The legacy `rego`/`libs` fields, which Gatekeepers before v3.19 parse as Rego v0. v1 Rego is v0
 * Rego plus the `if`/`contains`/`in`/`every` keywords, so importing those from `future.keywords`
 * (which Gatekeeper allows; it rejects `import rego.v1`) gives the same policy in v0. `opa check
 * --v0-compatible` proves every module parses and compiles that way before it is shipped.
 */
export function toV0(rego: string): string {
  // `every` only where used: it is the newest of the four (OPA 0.38), so older Gatekeepers still take the rest.
  const keywords = ["contains", ...(/\bevery\b/.test(withoutComments(rego)) ? ["every"] : []), "if", "in"];
  return rego.replace(/^(package [\w.]+)$/m, `$1\n\n${keywords.map((k) => `import future.keywords.${k}`).join("\n")}`);
}

async function legacyRego(libFiles: { name: string; rego: string }[], sources: { rel: string; data: Buffer; pkg: string }[], catalog: readonly RuleMeta[]): Promise<Map<string, string>> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-gatekeeper-"));
  try {
    const rulePkgs = new Set(catalog.filter((r) => r.family !== "detection").map((r) => r.package));
    const out = new Map<string, string>();
    const write = (name: string, rego: string, pkg: string) => {
      const file = path.join(tmp, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const v0 = toV0(rego);
      fs.writeFileSync(file, v0);
      out.set(pkg, v0);
    };
    for (const l of libFiles) write(l.name, l.rego, `lib.kubeward.${path.basename(l.name, ".rego")}`);
    for (const s of sources.filter((x) => rulePkgs.has(x.pkg))) write(s.rel, rewriteLibraryRefs(s.data.toString("utf8")), s.pkg);
    await runOpa(["check", "--v0-compatible", tmp]);
    return out;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function toYaml(doc: unknown, comment?: string): string {
  const body = stringify(doc, { lineWidth: 0, blockQuote: "literal" });
  return comment ? `# ${comment}. Generated by kubeward build --target gatekeeper; do not edit, rebuild.\n${body}` : body;
}

/** Whether a kind is cluster-scoped, for the suite's namespace defaulting. */
export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED_KINDS.has(kind);
}

/** kustomization.yaml (templates before constraints before the sync Config) and the README. */
export function writeGatekeeperIndex(target: GatekeeperTarget, opts: { bundle: string; failOn: FailOn; suite?: { file: string; cases: number; omitted: Omitted[] } }): void {
  const resources = [...target.rules.map((r) => r.templateFile), ...target.rules.map((r) => r.constraintFile), "sync.yaml"];
  fs.writeFileSync(path.join(target.dir, "kustomization.yaml"), toYaml({ apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources }, `Gatekeeper resources of bundle ${opts.bundle}`));
  const lines = [
    `# kubeward bundle \`${opts.bundle}\` for Gatekeeper`,
    "",
    "Generated by `kubeward build --target gatekeeper`; do not edit, rebuild. See docs/shipping.md.",
    "",
    "    kubectl apply -f templates/            # wait until every template is created (its CRD exists)",
    "    kubectl apply -f constraints/ -f sync.yaml",
    `    gator verify ${opts.suite ? path.basename(opts.suite.file) : "suite.yaml"}                  # the rules' examples, judged by gator`,
    "",
    `Templates and constraints: ${target.rules.length}. enforcementAction from the rule's severity and --fail-on ${opts.failOn}:`,
    "at or above it `deny`, below it `warn`, `info` `dryrun` (audit only).",
    "",
    "| rule | kind | severity | enforcementAction | reads data.inventory |",
    "|---|---|---|---|---|",
    ...target.rules.map((r) => `| ${r.rule.id} | ${r.kind} | ${r.rule.severity} | ${r.enforcementAction} | ${r.readsInventory ? "yes" : ""} |`),
    "",
    "## Synced kinds (sync.yaml)",
    "",
    target.synced.length === 0 ? "None: no rule of this bundle reads data.inventory." : target.synced.map((s) => `- ${s.group || "core"}/${s.version} ${s.kind}`).join("\n"),
    "",
    "## Left out",
    "",
    target.omitted.length === 0 && (opts.suite?.omitted.length ?? 0) === 0
      ? "Nothing."
      : [...target.omitted.map((o) => `- ${o.rule}: ${o.reason}`), ...(opts.suite?.omitted ?? []).map((o) => `- ${o.rule} (suite only): ${o.reason}`)].join("\n"),
    "",
    "## Parameter schemas converted to structural schemas",
    "",
    target.schemaChanges.length === 0 ? "None." : target.schemaChanges.map((c) => `- ${c.rule}: ${c.change}`).join("\n"),
    "",
  ];
  fs.writeFileSync(path.join(target.dir, "README.md"), lines.join("\n"));
}

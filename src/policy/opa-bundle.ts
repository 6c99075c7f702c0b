// `kubeward build --target opa`: an OPA bundle (.tar.gz) that the real `opa run --server --bundle`
// loads and serves as a Kubernetes admission controller.
//
//   /.manifest         revision (library hash + bundle + fail-on), roots, rego_version 1, metadata,
//                      wasm: kubeward/main/findings → /policy.wasm
//   /data.json         data.kubeward.config: the bundle's rules (package, kinds, parameters, severity)
//                      and the admission threshold (admission.fail_on)
//   /policy.wasm       the library compiled by `kubeward build` (OPA evaluates the findings
//                      entrypoint with it; the Rego sources are shipped too, for everything else)
//   /<rego files>      lib/, main/, rules/, system/ — no tests, no examples
//   /.signatures.json  with --signing-key
//
// data.json and .manifest are written as canonical JSON (what OPA hashes when it verifies them).
// data.inventory and data.kubeward.external stay outside the roots, so a sidecar (kube-mgmt) or
// the Data API can fill them in while the bundle owns everything else.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ResolvedBundle } from "../config/bundle.ts";
import { buildPolicyData, type RuleData } from "../engine/evaluate-documents.ts";
import type { FailOn } from "../report/exit-code.ts";
import type { RuleMeta, Severity } from "../types.ts";
import { writeTarGz, type TarFile } from "../util/tar-writer.ts";
import { ENTRYPOINT } from "./build-library.ts";
import { canonicalJson, signBundleFiles, type SigningOptions } from "./bundle-signing.ts";

export interface BundleRuleData extends RuleData {
  severity: Severity;
}

/** `data.kubeward.config` as the OPA bundle and the conftest policy directory carry it. */
export interface ShippedConfig {
  bundle: string;
  rules: Record<string, BundleRuleData>;
  admission: { fail_on: FailOn };
}

export interface OpaBundleOptions {
  policiesDir: string;
  wasm: Buffer;
  catalog: readonly RuleMeta[];
  libraryHash: string;
  bundle: ResolvedBundle;
  failOn: FailOn;
  version: string;
  /** Leave policy.wasm out: OPA then evaluates everything from the Rego sources. */
  withoutWasm?: boolean;
  signing?: SigningOptions;
}

export interface OpaBundle {
  archive: Buffer;
  revision: string;
  roots: string[];
  files: string[];
  config: ShippedConfig;
}

export function shippedConfig(bundle: ResolvedBundle, catalog: readonly RuleMeta[], failOn: FailOn): ShippedConfig {
  const { rules } = buildPolicyData(bundle, catalog, []).kubeward.config;
  const severity = new Map(catalog.map((r) => [r.id, r.severity]));
  const out: Record<string, BundleRuleData> = {};
  for (const [id, rule] of Object.entries(rules)) out[id] = { ...rule, severity: severity.get(id)! };
  return { bundle: bundle.name, rules: out, admission: { fail_on: failOn } };
}

/** The library's Rego sources as shipped: every .rego under policies/ but tests and examples. */
export function librarySources(policiesDir: string, opts: { exclude?: (rel: string) => boolean } = {}): { rel: string; data: Buffer; pkg: string }[] {
  const out: { rel: string; data: Buffer; pkg: string }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "examples") walk(p);
        continue;
      }
      if (!e.name.endsWith(".rego") || e.name.endsWith("_test.rego")) continue;
      const rel = path.relative(policiesDir, p).split(path.sep).join("/");
      if (opts.exclude?.(rel)) continue;
      const data = fs.readFileSync(p);
      const pkg = /^package\s+([\w.]+)/m.exec(data.toString("utf8"))?.[1];
      if (!pkg) continue;
      out.push({ rel, data, pkg });
    }
  };
  walk(policiesDir);
  return out;
}

/** Bundle roots: one per top-level package family (kubeward/lib, kubeward/rules, …, system) plus the config. */
function rootsFor(packages: readonly string[]): string[] {
  const roots = new Set<string>(["kubeward/config"]);
  for (const pkg of packages) {
    const segs = pkg.split(".");
    roots.add(segs[0] === "kubeward" && segs.length > 1 ? `kubeward/${segs[1]}` : segs[0]!);
  }
  return [...roots].sort();
}

export function buildOpaBundle(opts: OpaBundleOptions): OpaBundle {
  const sources = librarySources(opts.policiesDir);
  const config = shippedConfig(opts.bundle, opts.catalog, opts.failOn);
  const roots = rootsFor(sources.map((s) => s.pkg));
  const revision = `${opts.bundle.name}-${createHash("sha256").update(`${opts.libraryHash}\n${canonicalJson(config)}\n${opts.withoutWasm ? "rego" : "wasm"}`).digest("hex").slice(0, 16)}`;
  const manifest: Record<string, unknown> = {
    revision,
    roots,
    rego_version: 1,
    metadata: {
      kubeward: { version: opts.version, bundle: opts.bundle.name, library: opts.libraryHash, rules: Object.keys(config.rules).length, fail_on: opts.failOn },
    },
  };
  if (!opts.withoutWasm) manifest.wasm = [{ entrypoint: ENTRYPOINT, module: "/policy.wasm" }];

  const files: TarFile[] = [
    { path: "/.manifest", data: canonicalJson(manifest) },
    { path: "/data.json", data: canonicalJson({ kubeward: { config } }) },
  ];
  if (!opts.withoutWasm) files.push({ path: "/policy.wasm", data: opts.wasm });
  for (const s of sources) files.push({ path: `/${s.rel}`, data: s.data });
  if (opts.signing) {
    const signatures = signBundleFiles(files.map((f) => ({ name: f.path, data: Buffer.from(f.data) })), opts.signing);
    files.push({ path: "/.signatures.json", data: signatures });
  }
  return { archive: writeTarGz(files), revision, roots, files: files.map((f) => f.path), config };
}

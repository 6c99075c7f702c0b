// The real UiServices: the same modules the CLI commands use (policy/, scan.ts, config/), wired to
// one policies folder, one output folder and one scan target.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { listBundleNames, loadBundleSpec, validateRuleParameters, type BundleSpec } from "../config/bundle.ts";
import { KubewardError } from "../errors.ts";
import { BUILD_TARGETS, TARGET_SUMMARY, buildTargets } from "../policy/build-targets.ts";
import { loadSigningKey } from "../policy/signing-key.ts";
import { libraryCoverage } from "../policy/coverage-cache.ts";
import { streamLibraryTests } from "../policy/run-library-tests.ts";
import { watchLibrary } from "../policy/watch-library.ts";
import { toJsonReport, type JsonReport } from "../report/json-report.ts";
import { defaultLibraryDir } from "../library.ts";
import { scan } from "../scan.ts";
import type { RuleMeta } from "../types.ts";
import type { BuildOptions, BundleChoice, UiServices } from "./services.ts";

export interface NodeServicesOptions {
  policiesDir: string;
  /** Where the library compiles for tests (the CLI's choice, as for `kubeward test`). */
  libraryDir: string;
  /** Where bundle artefacts go (`kubeward build --out`). */
  outDir: string;
  cwd: string;
  scanTarget: string;
  /** Where each scan's JSON report is saved, and re-opened from. */
  lastReportFile: string;
  /** The compiled library scans use (scan's own default, dist/library, when absent). */
  scanLibraryDir?: string;
  bundle?: string;
  watch: boolean;
  version: string;
  now: () => number;
  today: string;
}

export function nodeServices(o: NodeServicesOptions): UiServices {
  const repoRoot = path.dirname(o.policiesDir);
  let catalog: RuleMeta[] | undefined;
  const catalogOf = () => {
    if (!catalog) {
      const file = path.join(o.scanLibraryDir ?? path.join(o.outDir, "library"), "catalog.json");
      catalog = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as RuleMeta[]) : [];
    }
    return catalog;
  };
  // The Findings detail pane reads the library the scan loads: scan's default when none is given,
  // whatever --out says (bundle artefacts there are another matter).
  let scanCatalog: RuleMeta[] | undefined;
  const scanCatalogOf = () => {
    if (!scanCatalog) {
      const file = path.join(o.scanLibraryDir ?? defaultLibraryDir(), "catalog.json");
      scanCatalog = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as RuleMeta[]) : [];
    }
    return scanCatalog;
  };
  const resolve = (file: string) => (path.isAbsolute(file) ? file : [path.resolve(o.cwd, file), path.resolve(repoRoot, file)].find((p) => fs.existsSync(p)) ?? path.resolve(o.cwd, file));
  return {
    scanTarget: o.scanTarget,
    now: o.now,
    streamTests: ({ rules, examplesOnly, libTests }) => streamLibraryTests({ policiesDir: o.policiesDir, libraryDir: o.libraryDir, repoRoot, rules, examplesOnly, libTests, now: o.now, includeLibTests: !rules, fast: true }),
    ...(o.watch ? { watch: (onChange) => watchLibrary(o.policiesDir, onChange) } : {}),
    // opa names files as given on its command line; run from the repository so they read policies/…
    loadCoverage: () => libraryCoverage(o.policiesDir, o.libraryDir),
    readSource: (file) => fs.readFileSync(resolve(file), "utf8"),
    scan: async (onProgress) => {
      const scanned = await scan({ paths: [o.scanTarget], cwd: o.cwd, bundle: o.bundle, libraryDir: o.scanLibraryDir, version: o.version, now: o.today, ...(onProgress ? { onProgress } : {}) });
      const report = toJsonReport(scanned);
      fs.mkdirSync(path.dirname(o.lastReportFile), { recursive: true });
      fs.writeFileSync(o.lastReportFile, `${JSON.stringify(report, null, 2)}\n`);
      return { report, rules: scanned.rules };
    },
    openLastReport: async () => {
      if (!fs.existsSync(o.lastReportFile)) throw new KubewardError("io", `no saved report at ${o.lastReportFile} yet: press s to scan ${o.scanTarget}`, { file: o.lastReportFile });
      try {
        return { report: JSON.parse(fs.readFileSync(o.lastReportFile, "utf8")) as JsonReport, rules: scanCatalogOf() };
      } catch (e) {
        throw new KubewardError("parse", `${o.lastReportFile} is not a JSON report: ${(e as Error).message}`, { file: o.lastReportFile });
      }
    },
    catalog: () => catalogOf(),
    listBundles: () => listBundleNames(),
    validateParameters: (rule, parameters) => {
      const meta = catalogOf().find((r) => r.id === rule);
      return meta ? validateRuleParameters(meta, parameters).problems : [`unknown rule id ${rule}`];
    },
    buildTargets: () => BUILD_TARGETS.map((name) => ({ name, summary: TARGET_SUMMARY[name], signs: name === "opa" })),
    buildBundle: (choice, opts) => buildChoice(o, choice, opts),
  };
}

async function* buildChoice(o: NodeServicesOptions, choice: BundleChoice, opts: BuildOptions) {
  // The key is read and proven able to sign before the library compiles: a typo'd path or a key
  // that cannot sign fails at once, in the build's error box. Only the opa target is signed.
  const keyFile = opts.signingKey?.trim();
  const signing = keyFile && opts.targets.includes("opa") ? loadSigningKey(path.resolve(o.cwd, keyFile.replace(/^~(?=$|\/)/, os.homedir()))) : undefined;
  const spec: BundleSpec = "bundle" in choice
    ? loadBundleSpec(choice.bundle)
    : {
      name: "custom",
      description: `categories ${choice.categories.join(", ") || "none"}; rules ${(choice.rules ?? []).join(", ") || "none"}`,
      select: { categories: choice.categories, ...(choice.rules?.length ? { ids: choice.rules } : {}) },
      ...(choice.parameters && Object.keys(choice.parameters).length > 0 ? { parameters: choice.parameters } : {}),
    };
  // --fail-on's default: findings at or above low block (opa admission, gatekeeper deny, conftest deny).
  yield* buildTargets({ policiesDir: o.policiesDir, outDir: o.outDir, bundle: spec, targets: opts.targets, failOn: "low", signing, version: o.version, cwd: o.cwd });
}

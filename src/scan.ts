// The programmatic scan: sources → parse → engine → report. Returns data; never prints.
import { discoverSources } from "./sources/index.ts";
import { parseDocuments } from "./parse/index.ts";
import { loadEngine } from "./engine/wasm-engine.ts";
import { evaluateDocuments } from "./engine/evaluate-documents.ts";
import { buildReport } from "./report/build-report.ts";
import { loadCompiledLibrary, loadResolvedBundle, defaultLibraryDir } from "./library.ts";
import type { Document, Report, ReportError, Severity } from "./types.ts";
import { toKubewardError } from "./errors.ts";
import { loadExternalData } from "./sources/external-data.ts";

export interface ScanOptions {
  paths: string[];
  cwd: string;
  bundle?: string;
  libraryDir?: string;
  failOn?: Severity | "none";
  version: string;
  readStdin?: () => Promise<string>;
  /** Trivy or Grype JSON reports → data.kubeward.external.vulnerabilities. */
  vulnReports?: string[];
  /** Signature attestations JSON → data.kubeward.external.signatures. */
  signatures?: string;
  /** Today's date (YYYY-MM-DD) → data.kubeward.external.now; the caller owns the clock. */
  now?: string;
}

export async function scan(opts: ScanOptions): Promise<Report> {
  const library = loadCompiledLibrary(opts.libraryDir ?? defaultLibraryDir());
  const bundle = loadResolvedBundle(library, opts.bundle ?? "recommended");

  const external = loadExternalData({ cwd: opts.cwd, vulnReports: opts.vulnReports, signatures: opts.signatures, now: opts.now });
  const { files, errors: sourceErrors } = await discoverSources(opts.paths, { cwd: opts.cwd, stdin: opts.readStdin });
  const errors: ReportError[] = [...sourceErrors];
  const documents: Document[] = [];
  let skipped = 0;
  for (const file of files) {
    const parsed = parseDocuments(file);
    documents.push(...parsed.documents);
    errors.push(...parsed.errors);
    skipped += parsed.skipped;
  }

  const engine = await loadEngine(library.wasm).catch((e: unknown) => {
    throw toKubewardError(e, "engine", `loading ${library.dir}/policy.wasm`);
  });
  // Audit-log detections a bundle selects run in `kubeward audit-log`, not on manifests.
  const detections = new Set(library.catalog.filter((r) => r.family === "detection").map((r) => r.id));
  const rules = { ...bundle, rules: bundle.rules.filter((r) => !detections.has(r.id)) };
  const enabled = new Set(rules.rules.map((r) => r.id));
  const catalog = library.catalog.filter((r) => enabled.has(r.id));
  const evaluated = evaluateDocuments(engine, documents, { bundle: rules, catalog, external });
  errors.push(...evaluated.errors);

  return buildReport({
    bundle: bundle.name,
    version: opts.version,
    files: files.length,
    documents,
    skipped,
    violations: evaluated.violations,
    errors,
    catalog,
  });
}

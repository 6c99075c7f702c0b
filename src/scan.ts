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
import { renderHelmChart, type HelmOptions } from "./sources/helm.ts";
import { renderKustomization } from "./sources/kustomize.ts";
import { expandAdmissionReview, isAdmissionReview } from "./parse/admission-review.ts";
import { effectiveNamespace } from "./engine/inventory.ts";
import { toRef } from "./parse/kube-object.ts";
import type { SourceFile } from "./types.ts";

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
  /** A Helm chart to render with the pinned `helm template` and scan (besides any paths). */
  helm?: Omit<HelmOptions, "cwd">;
  /** A kustomization directory to render with the pinned `kustomize build` and scan. */
  kustomize?: string;
}

export async function scan(opts: ScanOptions): Promise<Report> {
  const library = loadCompiledLibrary(opts.libraryDir ?? defaultLibraryDir());
  const bundle = loadResolvedBundle(library, opts.bundle ?? "recommended");

  const external = loadExternalData({ cwd: opts.cwd, vulnReports: opts.vulnReports, signatures: opts.signatures, now: opts.now });
  const { files, errors: sourceErrors } = await discoverSources(opts.paths, { cwd: opts.cwd, stdin: opts.readStdin });
  const errors: ReportError[] = [...sourceErrors];
  // Renderers run after the plain files; a render failure is a report error like an unreadable file.
  const rendered: Promise<{ files: SourceFile[]; errors: ReportError[] }>[] = [];
  if (opts.helm) rendered.push(renderHelmChart({ ...opts.helm, cwd: opts.cwd }));
  if (opts.kustomize !== undefined) rendered.push(renderKustomization({ dir: opts.kustomize, cwd: opts.cwd }));
  for (const r of await Promise.all(rendered)) {
    files.push(...r.files);
    errors.push(...r.errors);
  }
  const documents: Document[] = [];
  let skipped = 0;
  for (const file of files) {
    const parsed = parseDocuments(file);
    errors.push(...parsed.errors);
    skipped += parsed.skipped;
    for (const doc of parsed.documents) {
      if (isAdmissionReview(doc.object)) {
        const { document, error } = expandAdmissionReview(doc);
        if (document) documents.push(document);
        else if (error) errors.push(error);
        else skipped++; // a DELETE review: allowed without evaluation, as the webhook does
        continue;
      }
      if (file.origin !== undefined) doc.origin = file.origin;
      if (file.namespace !== undefined) placeInNamespace(doc, file.namespace);
      documents.push(doc);
    }
  }

  const engine = await loadEngine(library.wasm).catch((e: unknown) => {
    throw toKubewardError(e, "engine", `loading ${library.dir}/policy.wasm`);
  });
  const enabled = new Set(bundle.rules.map((r) => r.id));
  const catalog = library.catalog.filter((r) => enabled.has(r.id));
  const evaluated = evaluateDocuments(engine, documents, { bundle, catalog, external });
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

/** What the API server does to a namespaced object applied without a namespace under `-n NS`. */
function placeInNamespace(doc: Document, namespace: string): void {
  const meta = doc.object.metadata;
  if (effectiveNamespace(doc.object) === undefined || (typeof meta?.namespace === "string" && meta.namespace !== "")) return;
  doc.object = { ...doc.object, metadata: { ...(meta ?? {}), namespace } };
  doc.ref = toRef(doc.object);
}

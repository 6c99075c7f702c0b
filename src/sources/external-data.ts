// External facts the policy library cannot read from manifests — vulnerability reports and image
// signature attestations — loaded from files the user names, parsed and validated here, and handed
// to the engine as `data.kubeward.external`. Nothing is fetched over the network at scan time.
import fs from "node:fs";
import path from "node:path";
import { KubewardError } from "../errors.ts";
import type { ExternalData, Vulnerability } from "../types.ts";

export type VulnerabilityIndex = NonNullable<ExternalData["vulnerabilities"]>;
export type SignatureIndex = NonNullable<ExternalData["signatures"]>;

type Json = unknown;

function fail(file: string, what: string): never {
  throw new KubewardError("parse", `${file}: ${what}`, { file });
}

function readJson(file: string, cwd: string, what: string): Json {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), "utf8");
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const reason = code === "ENOENT" ? "no such file or directory" : code === "EISDIR" ? "is a directory" : (e as Error).message;
    throw new KubewardError("io", `cannot read ${what} ${file}: ${reason}`, { file });
  }
  try {
    return JSON.parse(text) as Json;
  } catch (e) {
    return fail(file, `not valid JSON (${(e as Error).message})`);
  }
}

const isObject = (x: Json): x is Record<string, Json> => typeof x === "object" && x !== null && !Array.isArray(x);

function str(file: string, at: string, x: Json): string {
  if (typeof x !== "string" || x === "") fail(file, `${at} must be a non-empty string`);
  return x;
}

function optionalStr(x: Json): string | undefined {
  return typeof x === "string" && x !== "" ? x : undefined;
}

function list(file: string, at: string, x: Json): Json[] {
  if (x === undefined || x === null) return [];
  if (!Array.isArray(x)) fail(file, `${at} must be an array`);
  return x;
}

function vulnerability(id: string, severity: string, pkg?: string, installed?: string, fixed?: string): Vulnerability {
  const v: Vulnerability = { id, severity: severity.toUpperCase() };
  if (pkg !== undefined) v.package = pkg;
  if (installed !== undefined) v.installedVersion = installed;
  if (fixed !== undefined) v.fixedVersion = fixed;
  return v;
}

/** Trivy `--format json` (schema 2): ArtifactName, Metadata.RepoDigests, Results[].Vulnerabilities[]. */
function fromTrivy(file: string, doc: Record<string, Json>): { names: string[]; vulnerabilities: Vulnerability[] } {
  const name = str(file, "ArtifactName", doc.ArtifactName);
  const vulnerabilities: Vulnerability[] = [];
  list(file, "Results", doc.Results).forEach((result, i) => {
    if (!isObject(result)) fail(file, `Results[${i}] must be an object`);
    list(file, `Results[${i}].Vulnerabilities`, result.Vulnerabilities).forEach((v, j) => {
      const at = `Results[${i}].Vulnerabilities[${j}]`;
      if (!isObject(v)) fail(file, `${at} must be an object`);
      vulnerabilities.push(
        vulnerability(str(file, `${at}.VulnerabilityID`, v.VulnerabilityID), str(file, `${at}.Severity`, v.Severity), optionalStr(v.PkgName), optionalStr(v.InstalledVersion), optionalStr(v.FixedVersion)),
      );
    });
  });
  const metadata = isObject(doc.Metadata) ? doc.Metadata : {};
  const digests = list(file, "Metadata.RepoDigests", metadata.RepoDigests).filter((d): d is string => typeof d === "string" && d !== "");
  return { names: [name, ...digests], vulnerabilities };
}

/** Grype `-o json`: source.target.userInput (+ repoDigests), matches[].vulnerability and .artifact. */
function fromGrype(file: string, doc: Record<string, Json>): { names: string[]; vulnerabilities: Vulnerability[] } {
  const source = isObject(doc.source) ? doc.source : fail(file, "source must be an object");
  const target = isObject(source.target) ? source.target : fail(file, "source.target must be an object (an image scan)");
  const name = str(file, "source.target.userInput", target.userInput);
  const vulnerabilities = list(file, "matches", doc.matches).map((m, i) => {
    const at = `matches[${i}]`;
    if (!isObject(m) || !isObject(m.vulnerability)) fail(file, `${at}.vulnerability must be an object`);
    const v = m.vulnerability;
    const artifact = isObject(m.artifact) ? m.artifact : {};
    const fix = isObject(v.fix) ? list(file, `${at}.vulnerability.fix.versions`, v.fix.versions).filter((x): x is string => typeof x === "string") : [];
    return vulnerability(str(file, `${at}.vulnerability.id`, v.id), str(file, `${at}.vulnerability.severity`, v.severity), optionalStr(artifact.name), optionalStr(artifact.version), fix.length > 0 ? fix.join(", ") : undefined);
  });
  const digests = list(file, "source.target.repoDigests", target.repoDigests).filter((d): d is string => typeof d === "string" && d !== "");
  return { names: [name, ...digests], vulnerabilities };
}

/** Parses one Trivy or Grype JSON report into vulnerabilities keyed by every image name it gives. */
export function parseVulnerabilityReport(file: string, doc: Json): VulnerabilityIndex {
  if (!isObject(doc)) fail(file, "a vulnerability report must be a JSON object");
  let parsed: { names: string[]; vulnerabilities: Vulnerability[] };
  let tool: string;
  if ("matches" in doc || "source" in doc) {
    parsed = fromGrype(file, doc);
    tool = "grype";
  } else if ("ArtifactName" in doc || "Results" in doc) {
    parsed = fromTrivy(file, doc);
    tool = "trivy";
  } else {
    return fail(file, "not a Trivy or Grype JSON report (expected ArtifactName and Results, or matches and source.target.userInput)");
  }
  const out: VulnerabilityIndex = {};
  for (const name of parsed.names) out[name] = { report: `${tool} ${file}`, vulnerabilities: parsed.vulnerabilities };
  return out;
}

/** Loads every report; reports naming the same image are merged (report names joined, vulnerabilities deduplicated). */
export function loadVulnerabilityReports(files: readonly string[], cwd: string): VulnerabilityIndex {
  const out: VulnerabilityIndex = {};
  for (const file of files) {
    for (const [name, entry] of Object.entries(parseVulnerabilityReport(file, readJson(file, cwd, "vulnerability report")))) {
      const seen = out[name];
      if (!seen) {
        out[name] = entry;
        continue;
      }
      const key = (v: Vulnerability) => `${v.id}\u0000${v.package ?? ""}`;
      const known = new Set(seen.vulnerabilities.map(key));
      out[name] = { report: `${seen.report}; ${entry.report}`, vulnerabilities: [...seen.vulnerabilities, ...entry.vulnerabilities.filter((v) => !known.has(key(v)))] };
    }
  }
  return out;
}

/** The attestations file: {"<image ref or digest>": [{"keyid": "...", ...}, ...], ...}. */
export function parseSignatures(file: string, doc: Json): SignatureIndex {
  if (!isObject(doc)) fail(file, 'signatures must be a JSON object mapping image references or digests to [{"keyid": ...}]');
  const out: SignatureIndex = {};
  for (const [image, attestations] of Object.entries(doc)) {
    const at = JSON.stringify(image);
    if (!Array.isArray(attestations)) fail(file, `${at} must be an array of attestations`);
    out[image] = attestations.map((a, i) => {
      if (!isObject(a)) fail(file, `${at}[${i}] must be an object with a keyid`);
      return { ...a, keyid: str(file, `${at}[${i}].keyid`, a.keyid) };
    });
  }
  return out;
}

export function loadSignatures(file: string, cwd: string): SignatureIndex {
  return parseSignatures(file, readJson(file, cwd, "signatures file"));
}

export interface ExternalDataOptions {
  cwd: string;
  vulnReports?: readonly string[];
  signatures?: string;
  /** Today's date, YYYY-MM-DD (the caller owns the clock). */
  now?: string;
}

/** `data.kubeward.external` for a scan; keys are present only for what was supplied. */
export function loadExternalData(opts: ExternalDataOptions): ExternalData {
  const out: ExternalData = {};
  if (opts.now !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.now)) throw new KubewardError("usage", `the current date must be YYYY-MM-DD (got "${opts.now}")`);
    out.now = opts.now;
  }
  if (opts.vulnReports && opts.vulnReports.length > 0) out.vulnerabilities = loadVulnerabilityReports(opts.vulnReports, opts.cwd);
  if (opts.signatures !== undefined) out.signatures = loadSignatures(opts.signatures, opts.cwd);
  return out;
}

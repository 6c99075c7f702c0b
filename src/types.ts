// The one type per seam of the pipeline (DESIGN.md §1):
//   sources → SourceFile[] → parse → Document[] → engine → Finding[] → report → Report → formatters
// Stages import from here, never from each other's internals.

export const SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A unit of input text, before parsing. `path` is what reports show (relative to the cwd when possible). */
export interface SourceFile {
  path: string;
  text: string;
  /**
   * Where rendered text came from, for people: e.g. `rendered from mychart/templates/deployment.yaml
   * with values: values-prod.yaml`. Absent for files read as they are.
   */
  origin?: string;
  /** Namespaced objects without `metadata.namespace` are created here (helm's release namespace). */
  namespace?: string;
}

/** The identity of a Kubernetes object as reports show it. */
export interface ResourceRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

/** One Kubernetes object read from a SourceFile, with what is needed to point at its fields. */
export interface Document {
  file: string;
  /** 0-based position of the YAML document in its file (List items share their document's index). */
  index: number;
  /** 1-based line of the object's first line in `file`. */
  line: number;
  object: KubeObject;
  ref: ResourceRef;
  /**
   * 1-based line of the field a rule's path names, e.g. `spec.containers[0].securityContext.privileged`.
   * Resolves as far as the path exists; undefined when not even the first segment does.
   */
  locate(path: string): number | undefined;
  /**
   * Mapping keys given more than once in this object (the last one wins, as in the API server), each
   * with its rule path and the 1-based line of the repeated (winning) key. Absent when there are none.
   */
  duplicateKeys?: { path: string; line: number }[];
  /** Copied from the SourceFile: how rendered input was produced (Helm, Kustomize, an AdmissionReview). */
  origin?: string;
  /**
   * The admission request this object arrived in (an AdmissionReview file): the engine reviews the
   * object with this operation, user, namespace and old object instead of a `kubectl apply` CREATE.
   */
  review?: DocumentReview;
}

/** The parts of an `admission.k8s.io/v1` AdmissionRequest that become `input.review` besides the object. */
export interface DocumentReview {
  operation: "CREATE" | "UPDATE" | "DELETE" | "CONNECT";
  uid?: string;
  name?: string;
  namespace?: string;
  kind?: { group: string; version: string; kind: string };
  oldObject: unknown;
  userInfo: { username: string; groups: string[]; [k: string]: unknown };
  dryRun: boolean;
  options: unknown;
}

export type KubeObject = { apiVersion: string; kind: string; metadata?: { name?: string; namespace?: string; [k: string]: unknown }; [k: string]: unknown };

/** A problem with an input or the toolchain that the report carries; never thrown past a stage. */
export interface ReportError {
  file: string;
  line?: number;
  message: string;
  code: string;
}

/** The rule catalogue entry, extracted from the rule's `# METADATA` (never restated in TypeScript). */
export interface RuleMeta {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  category: string;
  kinds: string[];
  controls: string[];
  remediation: string;
  parameters?: Record<string, unknown>;
  /** Rego package, e.g. `kubeward.rules.pod_security.privileged_container`. */
  package: string;
  /**
   * `detection` for audit-log detections (package kubeward.detections.<category>.<id>, input one
   * audit Event, rule `alert`); absent for admission rules. Set from the package path, not METADATA.
   */
  family?: "rule" | "detection";
  /** Repository-relative path of the rule's policy.rego. */
  file: string;
}

/** A rule result as the wasm entrypoint returns it, before the report dresses it. */
export interface RawViolation {
  rule: string;
  msg: string;
  details?: { path?: string; [k: string]: unknown };
}

export interface Finding {
  rule: string;
  title: string;
  severity: Severity;
  category: string;
  controls: string[];
  message: string;
  file: string;
  line: number;
  resource: ResourceRef;
  path?: string;
  /** From the Document: how rendered input was produced (additive to the JSON contract). */
  origin?: string;
  /** For audit-log alerts: the event that raised it (additive to the JSON contract). */
  event?: AuditEventRef;
}

/** The identity of an audit Event as alerts show it. */
export interface AuditEventRef {
  auditID: string;
  timestamp: string;
  user: string;
  verb: string;
  /** `pods/exec shop/web`, or the URI of a non-resource request. */
  object: string;
  stage?: string;
  sourceIPs?: string[];
}

export interface Summary {
  files: number;
  resources: number;
  findings: number;
  errors: number;
  bySeverity: Record<Severity, number>;
  /** Documents that are YAML but not Kubernetes objects (no apiVersion/kind): skipped and counted. */
  skipped: number;
  /** Findings silenced by an annotation or a config exception (listed in Report.suppressed, never counted in `findings`). */
  suppressed: number;
}

/** Why a finding is silenced. `kind` is SARIF's: inSource = an annotation on the resource, external = kubeward.yaml. */
export interface Suppression {
  kind: "inSource" | "external";
  justification?: string;
  /** YYYY-MM-DD: the last day it suppresses. */
  expires?: string;
  /** Where it is written: `file:line`. */
  source: string;
}

export interface SuppressedFinding extends Finding {
  suppression: Suppression;
}

export interface Report {
  tool: { name: "kubeward"; version: string };
  bundle: string;
  summary: Summary;
  findings: Finding[];
  errors: ReportError[];
  /** Findings an annotation or a config exception silences; they never affect the exit code. */
  suppressed: SuppressedFinding[];
  /**
   * What did not stop the scan but limits it, e.g. a kind the cluster user may not list (its rules
   * saw no such objects). Additive to the JSON contract; absent when there is none.
   */
  warnings?: string[];
  /** Rules that were evaluated (for SARIF's rule table and JUnit's test cases). Not part of the JSON contract. */
  rules: RuleMeta[];
  /**
   * How many evaluated objects of each kind the input held (audit-log reports: `Event`). The HTML
   * report's compliance summary needs it to tell a control that passed from one that did not apply.
   * Not part of the JSON contract; absent in reports built before it existed.
   */
  scannedKinds?: Record<string, number>;
}

/** One vulnerability of an image, normalised from a scanner report (Trivy, Grype). */
export interface Vulnerability {
  id: string;
  severity: string;
  package?: string;
  installedVersion?: string;
  fixedVersion?: string;
}

/** What the policy library reads as `data.kubeward.external`: facts kubeward cannot see in manifests. */
export interface ExternalData {
  /** Today's date (YYYY-MM-DD), supplied by the CLI: WebAssembly has no clock. */
  now?: string;
  /** Per image reference as the report names it: the report(s) and their vulnerabilities. */
  vulnerabilities?: Record<string, { report: string; vulnerabilities: Vulnerability[] }>;
  /** Per image reference or digest: verified signature attestations. */
  signatures?: Record<string, { keyid: string; [k: string]: unknown }[]>;
}

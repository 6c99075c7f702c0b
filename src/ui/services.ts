// What the UI asks of kubeward, as one interface: the real implementation (node-services.ts) wires
// the same modules the CLI uses; component tests pass stubs. Components never import src/policy,
// src/scan or src/config directly — they render what these return.
import type { BuildArtefact, BuildEvent, BuildTarget } from "../policy/build-targets.ts";
import type { Coverage } from "../policy/opa-test.ts";
import type { LibraryChange } from "../policy/watch-library.ts";
import type { TestEvent } from "../policy/run-library-tests.ts";
import type { JsonReport } from "../report/json-report.ts";
import type { ScanProgress } from "../scan.ts";
import type { RuleMeta } from "../types.ts";

/**
 * A named bundle, or one composed in the Bundles view: whole categories, single rules, and
 * per-rule parameters (validated like a bundle file's).
 */
export type BundleChoice = { bundle: string } | { categories: string[]; rules?: string[]; parameters?: Record<string, Record<string, unknown>> };

export type { BuildArtefact, BuildEvent, BuildTarget };

export interface BuildTargetChoice {
  name: BuildTarget;
  summary: string;
  /** Whether a signing key applies to it (only the OPA bundle is signed). */
  signs: boolean;
}

export interface BuildOptions {
  targets: BuildTarget[];
  signingKey?: string;
}

/**
 * What the Findings view shows: the report and the catalogue entries of the library that produced
 * it (the detail pane's description and remediation), so the two can never disagree.
 */
export interface FindingsResult {
  report: JsonReport;
  rules: RuleMeta[];
}

export interface UiServices {
  /** `libTests`: lib test files to run besides the rules' tests (a watch re-run of an edited lib). */
  streamTests(opts: { rules?: string[]; examplesOnly?: boolean; libTests?: string[] }): AsyncIterable<TestEvent>;
  /** Present in watch mode: subscribes to library changes, returns the unsubscribe. */
  watch?: (onChange: (change: LibraryChange) => void) => () => void;
  /** The library's coverage; `reused` when an earlier run on the same library content answered. */
  loadCoverage(): Promise<{ coverage: Coverage; reused: boolean }>;
  /** A coverage file's or a finding's source text, by the path the report names. */
  readSource(file: string): string;
  /**
   * Scans the UI's target path, telling `onProgress` where it is; also saves the report so
   * `openLastReport` can re-open it. `rules`: the scan's own rule table.
   */
  scan(onProgress?: (p: ScanProgress) => void): Promise<FindingsResult>;
  /** The saved report; `rules`: the catalogue of the library scans use. */
  openLastReport(): Promise<FindingsResult>;
  /** Rule metadata of the library bundles are built from (the Bundles view composes from it). */
  catalog(): RuleMeta[];
  listBundles(): string[];
  /** Problems with one rule's parameters (empty when valid): the check bundle files get. */
  validateParameters?: (rule: string, parameters: Record<string, unknown>) => string[];
  /** The build targets on offer (policy/build-targets.ts BUILD_TARGETS), each with a few words on what it is. */
  buildTargets(): BuildTargetChoice[];
  /**
   * Builds a named bundle, or one composed in the view (written nowhere but the artefacts), for
   * each chosen target; `signingKey` is a key file (relative to the UI's folder) that signs the opa
   * target, checked before anything compiles.
   */
  buildBundle(choice: BundleChoice, opts: BuildOptions): AsyncIterable<BuildEvent>;
  /** Milliseconds; injected so tests stub the clock. */
  now(): number;
  /** What the findings view scans, shown in its title. */
  scanTarget: string;
}

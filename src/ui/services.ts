// What the UI asks of kubeward, as one interface: the real implementation (node-services.ts) wires
// the same modules the CLI uses; component tests pass stubs. Components never import src/policy,
// src/scan or src/config directly — they render what these return.
import type { BuildEvent } from "../policy/build-bundle.ts";
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

/**
 * What the Findings view shows: the report and the catalogue entries of the library that produced
 * it (the detail pane's description and remediation), so the two can never disagree.
 */
export interface FindingsResult {
  report: JsonReport;
  rules: RuleMeta[];
}

export interface UiServices {
  streamTests(opts: { rules?: string[]; examplesOnly?: boolean }): AsyncIterable<TestEvent>;
  /** Present in watch mode: subscribes to library changes, returns the unsubscribe. */
  watch?: (onChange: (change: LibraryChange) => void) => () => void;
  loadCoverage(): Promise<Coverage>;
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
  /** A named bundle, or one composed of whole categories (written nowhere but the artefact). */
  buildBundle(choice: BundleChoice): AsyncIterable<BuildEvent>;
  /** Milliseconds; injected so tests stub the clock. */
  now(): number;
  /** What the findings view scans, shown in its title. */
  scanTarget: string;
}

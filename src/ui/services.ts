// What the UI asks of kubeward, as one interface: the real implementation (node-services.ts) wires
// the same modules the CLI uses; component tests pass stubs. Components never import src/policy,
// src/scan or src/config directly — they render what these return.
import type { BuildEvent } from "../policy/build-bundle.ts";
import type { Coverage } from "../policy/opa-test.ts";
import type { LibraryChange } from "../policy/watch-library.ts";
import type { TestEvent } from "../policy/run-library-tests.ts";
import type { JsonReport } from "../report/json-report.ts";
import type { RuleMeta } from "../types.ts";

/**
 * A named bundle, or one composed in the Bundles view: whole categories, single rules, and
 * per-rule parameters (validated like a bundle file's).
 */
export type BundleChoice = { bundle: string } | { categories: string[]; rules?: string[]; parameters?: Record<string, Record<string, unknown>> };

export interface UiServices {
  /** `libTests`: lib test files to run besides the rules' tests (a watch re-run of an edited lib). */
  streamTests(opts: { rules?: string[]; examplesOnly?: boolean; libTests?: string[] }): AsyncIterable<TestEvent>;
  /** Present in watch mode: subscribes to library changes, returns the unsubscribe. */
  watch?: (onChange: (change: LibraryChange) => void) => () => void;
  loadCoverage(): Promise<Coverage>;
  /** A coverage file's or a finding's source text, by the path the report names. */
  readSource(file: string): string;
  /** Scans the UI's target path; also saves the report so `openLastReport` can re-open it. */
  scan(): Promise<JsonReport>;
  openLastReport(): Promise<JsonReport>;
  /** Rule metadata (description, remediation, controls) for the findings detail pane. */
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

// Stubbed services and domain objects for the UI's component tests: no opa, no files, a fixed clock.
import { BUILD_TARGETS, type BuildArtefact, type BuildEvent, type BuildTarget } from "../../src/policy/build-targets.ts";
import type { Coverage } from "../../src/policy/opa-test.ts";
import type { TestEvent } from "../../src/policy/run-library-tests.ts";
import type { JsonReport } from "../../src/report/json-report.ts";
import type { RuleMeta } from "../../src/types.ts";
import type { UiServices } from "../../src/ui/services.ts";

export const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

export const RULE: RuleMeta = {
  id: "privileged-container", title: "Privileged containers", description: "A privileged container has every capability of the host.",
  severity: "high", category: "pod-security", kinds: ["Pod"], controls: ["PSS:baseline:privileged"], remediation: "Set securityContext.privileged to false.",
  package: "kubeward.rules.pod_security.privileged_container", file: "policies/rules/pod-security/privileged-container/policy.rego",
};

export const MANIFEST = ["apiVersion: v1", "kind: Pod", "metadata:", "  name: web", "spec:", "  containers:", "    - name: web", "      image: nginx:1.27", "      securityContext:", "        privileged: true"].join("\n");

export const REPORT: JsonReport = {
  tool: { name: "kubeward", version: "0.1.0" }, bundle: "recommended",
  summary: { files: 1, resources: 1, findings: 1, errors: 0, bySeverity: { critical: 0, high: 1, medium: 0, low: 0, info: 0 }, skipped: 0, suppressed: 0 },
  findings: [{ rule: RULE.id, title: RULE.title, severity: "high", category: RULE.category, controls: RULE.controls, message: 'container "web" is privileged', file: "k8s/pod.yaml", line: 10, resource: { apiVersion: "v1", kind: "Pod", name: "web" }, path: "spec.containers[0].securityContext.privileged" }],
  suppressed: [],
  errors: [],
};

export const COVERAGE: Coverage = {
  total: 87.5,
  files: [
    { file: "policies/lib/k8s.rego", coverage: 100, coveredLines: 4, notCoveredLines: 0, notCovered: [], covered: [{ start: 1, end: 4 }] },
    { file: RULE.file, coverage: 75, coveredLines: 3, notCoveredLines: 1, notCovered: [{ start: 4, end: 4 }], covered: [{ start: 2, end: 3 }, { start: 5, end: 5 }] },
  ],
};
export const RULE_SOURCE = ["# METADATA", "package x", "violation contains msg if {", "  input.never", "  msg := 1", "}"].join("\n");

export const PASSING_EVENTS: TestEvent[] = [
  { type: "phase", phase: "compile", rules: [] },
  { type: "catalog", rules: [RULE], cached: true },
  { type: "phase", phase: "opa", rules: [RULE.id] },
  { type: "opa-test", place: { category: "pod-security", rule: RULE.id }, test: { package: `${RULE.package}_test`, name: "test_denied", file: "policy_test.rego", line: 5, outcome: "pass", durationMs: 1.5 } },
  { type: "opa-test", place: { category: "lib", rule: "lib.k8s" }, test: { package: "kubeward.lib.k8s_test", name: "test_containers", file: "k8s_test.rego", line: 3, outcome: "skip", durationMs: 0 } },
  { type: "phase", phase: "examples", rules: [RULE.id] },
  { type: "example", place: { category: "pod-security", rule: RULE.id }, durationMs: 2, result: { rule: RULE.id, expect: "denied", file: "policies/rules/pod-security/privileged-container/examples/denied/pod.yaml", ok: true, violations: [{ rule: RULE.id, msg: "container \"web\" is privileged" }] } },
];

export const FAILING_EXAMPLE: TestEvent = {
  type: "example", place: { category: "pod-security", rule: RULE.id }, durationMs: 3,
  result: { rule: RULE.id, expect: "denied", file: "policies/rules/pod-security/privileged-container/examples/denied/deployment.yaml", ok: false, violations: [], problem: `expected a finding of ${RULE.id}, got none` },
};

/** One artefact per target, as build-targets.ts reports them. */
export const ARTEFACTS: Record<BuildTarget, BuildArtefact> = {
  wasm: {
    target: "wasm", bundle: "recommended", path: "/out/recommended", displayPath: "out/recommended",
    files: [{ path: "/out/recommended/policy.wasm", size: 512000 }, { path: "/out/recommended/catalog.json", size: 4096 }],
    bytes: 516096, revision: "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789", rules: 22, entrypoints: ["kubeward/main/findings"],
    run: "kubeward scan --library out/recommended --bundle recommended PATH...", notes: [], details: { target: "wasm" },
  },
  opa: {
    target: "opa", bundle: "recommended", path: "/out/opa/recommended.tar.gz", displayPath: "out/opa/recommended.tar.gz",
    files: [{ path: "/out/opa/recommended.tar.gz", size: 1258291 }], bytes: 1258291, revision: "recommended-8b683fcf15a43291", rules: 20,
    entrypoints: ["system/main", "kubeward/main/findings"], run: "opa run --server --bundle out/opa/recommended.tar.gz",
    notes: ["signed RS256 (keyid default)"], details: { target: "opa", roots: ["kubeward/config"], signed: { alg: "RS256", keyId: "default" } },
  },
  gatekeeper: {
    target: "gatekeeper", bundle: "recommended", path: "/out/gatekeeper/recommended", displayPath: "out/gatekeeper/recommended",
    files: Array.from({ length: 40 }, (_, i) => ({ path: `/out/gatekeeper/recommended/f${i}.yaml`, size: 1024 })), bytes: 40960,
    revision: "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789", rules: 18,
    entrypoints: ["templates/ (18)", "constraints/ (18)", "suite.yaml (40 cases)"],
    run: "kubectl apply -f out/gatekeeper/recommended/templates/ …", notes: ["left out 2 rules: an audit-log detection"],
    details: { target: "gatekeeper", templates: 18, synced: 3, cases: 40, omitted: [{ rule: "a", reason: "an audit-log detection" }, { rule: "b", reason: "an audit-log detection" }] },
  },
  conftest: {
    target: "conftest", bundle: "recommended", path: "/out/conftest/recommended", displayPath: "out/conftest/recommended",
    files: [{ path: "/out/conftest/recommended/conftest/main.rego", size: 2048 }], bytes: 2048,
    revision: "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789", rules: 20, entrypoints: ["main.deny", "main.warn"],
    run: "conftest test --policy out/conftest/recommended --data out/conftest/recommended/data.json MANIFEST...", notes: [], details: { target: "conftest", dataFile: "/out/conftest/recommended/data.json" },
  },
};

export function stubServices(over: Partial<UiServices> = {}): UiServices {
  return {
    scanTarget: "k8s/",
    now: () => 1000,
    async *streamTests() {
      for (const e of PASSING_EVENTS) yield e;
      yield { type: "done", run: { opa: [], examples: [], passed: 2, failed: 0, skipped: 1 } } as TestEvent;
    },
    loadCoverage: async () => ({ coverage: COVERAGE, reused: false }),
    readSource: (file) => (file.endsWith(".rego") ? RULE_SOURCE : MANIFEST),
    scan: async () => ({ report: REPORT, rules: [RULE] }),
    openLastReport: async () => ({ report: REPORT, rules: [RULE] }),
    catalog: () => [RULE],
    listBundles: () => ["all", "recommended"],
    buildTargets: () => BUILD_TARGETS.map((name) => ({ name, summary: `what ${name} is`, signs: name === "opa" })),
    async *buildBundle(_choice, opts): AsyncGenerator<BuildEvent> {
      const total = 2 + opts.targets.length;
      yield { type: "step", index: 0, total, label: "compiling the library to wasm" };
      yield { type: "library", rules: 105, cached: true, wasmFile: "/out/library/policy.wasm", wasmBytes: 512000 };
      yield { type: "step", index: 1, total, label: "resolving bundle recommended" };
      for (const [i, target] of opts.targets.entries()) {
        yield { type: "step", index: 2 + i, total, label: `writing ${target}`, target };
        yield { type: "artefact", artefact: ARTEFACTS[target] };
      }
    },
    ...over,
  };
}

/** Polls the last frame until it matches (Ink renders asynchronously), failing with the frame after `ms`. */
export async function frameMatching(lastFrame: () => string | undefined, pattern: RegExp, ms = 3000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const frame = lastFrame() ?? "";
    if (pattern.test(frame)) return frame;
    if (Date.now() > deadline) throw new Error(`no frame matched ${pattern} within ${ms} ms; last frame:\n${frame}`);
    await tick(20);
  }
}

/**
 * Types a key. With ink 6.8 and ink-testing-library 4.0 a key's state update shows only once stdin
 * is readable again (observed: each key appeared one key late), so an empty write follows the key.
 */
export async function press(ui: { stdin: { write(s: string): void } }, key: string): Promise<void> {
  ui.stdin.write(key);
  await tick(25);
  ui.stdin.write("");
  await tick(25);
}

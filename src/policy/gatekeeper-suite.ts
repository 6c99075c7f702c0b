// The gator Suite `kubeward build --target gatekeeper` writes next to the templates, so the real
// `gator verify suite.yaml` proves the templates judge every rule's examples as kubeward does.
//
// An example file is a little cluster: every object in it is reviewed, and all of them form
// data.inventory. gator reviews one object per case, so each object of an example becomes a case
// whose inventory is the whole file. The expected count is kubeward's own: the compiled wasm is
// run on the example at build time, so a case asserts `violations: <n>` exactly (`no` for 0) —
// allowed examples must stay at `no`, denied ones must find at least one violation in some case.
//
// Each case object is the AdmissionReview `kubectl apply` would send (operation CREATE, a
// namespaced object without metadata.namespace reviewed in `default`), which is how kubeward
// reviews a manifest; inventory copies of such objects carry namespace `default`, where the API
// server would have put them.
import fs from "node:fs";
import path from "node:path";
import type { ResolvedBundle } from "../config/bundle.ts";
import { evaluateDocuments } from "../engine/evaluate-documents.ts";
import { effectiveNamespace } from "../engine/inventory.ts";
import { buildReviewInput } from "../engine/review-input.ts";
import type { Engine } from "../engine/wasm-engine.ts";
import type { Document, KubeObject } from "../types.ts";
import { collectExamples, singleRuleBundle } from "./examples.ts";
import { toYaml, type GatekeeperRule, type Omitted } from "./gatekeeper-target.ts";

export interface SuiteCase {
  rule: string;
  example: string;
  name: string;
  /** kubeward's violation count for this object: what gator must find. */
  violations: number;
}

export interface GatekeeperSuite {
  file: string;
  cases: SuiteCase[];
  /** Rules or examples the suite cannot express, with the reason. */
  omitted: Omitted[];
}

export function writeGatekeeperSuite(opts: { dir: string; rules: readonly GatekeeperRule[]; repoRoot: string; engine: Engine; bundle: ResolvedBundle }): GatekeeperSuite {
  const suiteDir = path.join(opts.dir, "suite");
  fs.rmSync(suiteDir, { recursive: true, force: true });
  const cases: SuiteCase[] = [];
  const omitted: Omitted[] = [];
  const tests: unknown[] = [];
  for (const gk of opts.rules) {
    const examples = collectExamples([gk.rule], opts.repoRoot);
    const testCases: unknown[] = [];
    for (const ex of examples) {
      if (ex.errors.length > 0 || ex.documents.length === 0) {
        omitted.push({ rule: gk.rule.id, reason: `example ${ex.file} does not parse: ${ex.errors.map((e) => e.message).join("; ") || "no object"}` });
        continue;
      }
      if (ex.external) {
        omitted.push({ rule: gk.rule.id, reason: `example ${ex.file} needs external data (${path.basename(ex.file)} has a .external.json)` });
        continue;
      }
      const evaluated = evaluateDocuments(opts.engine, ex.documents, { bundle: singleRuleBundle(gk.rule, opts.bundle), catalog: [gk.rule], precompute: false });
      const counts = new Map(evaluated.violations.map((v) => [v.doc, v.violations.filter((x) => x.rule === gk.rule.id).length]));
      if (evaluated.errors.length > 0 || (ex.expect === "denied" && [...counts.values()].every((n) => n === 0))) {
        // `kubeward test` reports this example; a suite case would only restate kubeward's mistake.
        omitted.push({ rule: gk.rule.id, reason: `example ${ex.file} does not pass in kubeward itself (kubeward test)` });
        continue;
      }
      const base = `${ex.expect}-${path.basename(ex.file).replace(/\.[^.]+$/, "")}`;
      const caseDir = path.join(suiteDir, gk.rule.id);
      fs.mkdirSync(caseDir, { recursive: true });
      const inventoryFile = path.join(caseDir, `${base}.inventory.yaml`);
      const named = ex.documents.filter((d) => typeof d.object.metadata?.name === "string" && d.object.metadata.name !== "");
      if (named.length > 0) fs.writeFileSync(inventoryFile, named.map((d) => toYaml(inventoryCopy(d.object))).join("---\n"));
      ex.documents.forEach((doc, i) => {
        const n = counts.get(doc) ?? 0;
        const objectFile = path.join(caseDir, `${base}.${i}.yaml`);
        fs.writeFileSync(objectFile, toYaml(admissionReview(doc)));
        const name = `${ex.expect}/${path.basename(ex.file)}#${i} ${doc.ref.kind}/${doc.ref.name}`;
        testCases.push({
          name,
          object: path.relative(opts.dir, objectFile),
          ...(named.length > 0 ? { inventory: [path.relative(opts.dir, inventoryFile)] } : {}),
          assertions: [{ violations: n === 0 ? "no" : n }],
        });
        cases.push({ rule: gk.rule.id, example: ex.file, name, violations: n });
      });
    }
    if (testCases.length === 0) continue;
    tests.push({ name: gk.rule.id, template: gk.templateFile, constraint: gk.constraintFile, cases: testCases });
  }
  const suite = { apiVersion: "test.gatekeeper.sh/v1alpha1", kind: "Suite", metadata: { name: `kubeward-${opts.bundle.name}` }, tests };
  const file = path.join(opts.dir, "suite.yaml");
  fs.writeFileSync(file, toYaml(suite, `gator Suite from the examples of bundle ${opts.bundle.name}: gator verify ${path.basename(file)}`));
  return { file, cases, omitted };
}

function inventoryCopy(object: KubeObject): KubeObject {
  const ns = effectiveNamespace(object);
  if (ns === undefined || object.metadata?.namespace === ns) return object;
  return { ...object, metadata: { ...object.metadata, namespace: ns } };
}

/** The AdmissionReview kubeward builds for a manifest (review-input.ts), as gator reads one. */
function admissionReview(doc: Document): unknown {
  const { review } = buildReviewInput(doc);
  return {
    apiVersion: "admission.k8s.io/v1",
    kind: "AdmissionReview",
    request: {
      uid: review.uid ?? `kubeward-${doc.ref.kind}-${doc.ref.name}`.toLowerCase(),
      kind: review.kind,
      resource: { group: review.kind.group, version: review.kind.version, resource: `${review.kind.kind.toLowerCase()}s` },
      ...(review.name !== undefined ? { name: review.name } : {}),
      ...(review.namespace !== undefined ? { namespace: review.namespace } : {}),
      operation: review.operation,
      userInfo: review.userInfo,
      object: review.object,
      oldObject: review.oldObject,
      dryRun: review.dryRun,
      options: review.options,
    },
  };
}

// No rule fires on a kind it does not apply to. main.rego already filters by each rule's `kinds`;
// this goes further and forces every rule onto a Service, a ConfigMap and a custom resource that
// its metadata does not list, so a rule whose logic would misfire (and whose kinds list would
// then be the only thing standing between users and noise) is caught.
import fs from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadBundleSpec, resolveBundle } from "../../src/config/bundle.ts";
import { evaluateDocuments } from "../../src/engine/evaluate-documents.ts";
import { loadEngine } from "../../src/engine/wasm-engine.ts";
import { buildLibrary } from "../../src/policy/build-library.ts";
import { parseDocuments } from "../../src/parse/index.ts";

const OBJECTS = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
  labels: {app.kubernetes.io/name: web}
spec:
  type: ClusterIP
  selector: {app.kubernetes.io/name: web}
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-settings
  namespace: shop
  labels: {app.kubernetes.io/name: web}
data:
  LOG_LEVEL: info
  image: nginx:latest
  hostPath: /var/run/docker.sock
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: web-tls
  namespace: shop
  labels: {app.kubernetes.io/name: web}
spec:
  secretName: web-tls
  dnsNames: [shop.example.com]
  issuerRef: {name: letsencrypt, kind: ClusterIssuer}
`;

test("every rule forced onto a Service, a ConfigMap and a Certificate it does not list stays silent", async () => {
  const library = await buildLibrary(path.resolve("policies"), path.resolve("dist", "library"));
  const engine = await loadEngine(fs.readFileSync(library.wasmFile));
  const reference = resolveBundle(loadBundleSpec("all"), library.catalog);
  const { documents, errors } = parseDocuments({ path: "kinds.yaml", text: OBJECTS });
  assert.equal(errors, []);
  const misfires: string[] = [];
  let checked = 0;
  for (const doc of documents) {
    for (const rule of library.catalog) {
      if (rule.kinds.includes(doc.ref.kind)) continue;
      const parameters = reference.rules.find((r) => r.id === rule.id)?.parameters ?? {};
      const result = evaluateDocuments(engine, [doc], { config: { rules: [{ id: rule.id, parameters, kinds: [doc.ref.kind] }] }, catalog: [rule] });
      checked += 1;
      for (const e of result.errors) misfires.push(`${rule.id} on ${doc.ref.kind}: error ${e.message}`);
      for (const v of result.violations.flatMap((x) => x.violations)) misfires.push(`${rule.id} on ${doc.ref.kind}: ${v.msg}`);
    }
  }
  assert.ok(checked >= library.catalog.length, `checked ${checked}`);
  assert.equal(misfires, []);
});

test.run();

// No rule fires on a kind it does not apply to: a Service, a ConfigMap and a custom resource run
// through every rule of the `all` bundle, exactly as a scan runs them.
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

test("with every rule enabled, a Service, a ConfigMap and a Certificate draw findings only from rules that list their kind", async () => {
  const library = await buildLibrary(path.resolve("policies"), path.resolve("dist", "library"));
  const engine = await loadEngine(fs.readFileSync(library.wasmFile));
  const all = resolveBundle(loadBundleSpec("all"), library.catalog);
  const { documents, errors } = parseDocuments({ path: "kinds.yaml", text: OBJECTS });
  assert.equal(errors, []);
  assert.is(documents.length, 3);
  const byId = new Map(library.catalog.map((r) => [r.id, r]));
  const result = evaluateDocuments(engine, documents, { bundle: all, catalog: library.catalog });
  assert.equal(result.errors, []);
  const misfires = result.violations.flatMap(({ doc, violations }) =>
    violations.filter((v) => !byId.get(v.rule)?.kinds.includes(doc.ref.kind)).map((v) => `${v.rule} on ${doc.ref.kind}: ${v.msg}`),
  );
  assert.equal(misfires, []);
  // And no rule lists these kinds by accident: only rules written for ConfigMaps (secrets in data)
  // or for every namespaced object (namespace hygiene, labels, API versions) may name them.
  const listing = library.catalog.filter((r) => r.kinds.some((k) => ["Service", "ConfigMap", "Certificate"].includes(k))).map((r) => r.id);
  for (const id of listing) assert.ok(/configmap|secret|entropy|namespace|label|api-version|^service-/.test(id), `${id} lists Service/ConfigMap/Certificate`);
});

test.run();

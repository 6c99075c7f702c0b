// examples/vendors: secret delivery through External Secrets, Sealed Secrets, Secrets Store CSI and
// the Vault Agent injector, Portieris image policies given with --image-policy, and the Grafeas
// output — through the built CLI, as a user runs it.
import fs from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Ajv } from "ajv";
import { json, kubeward } from "./helpers.ts";

interface JsonReport { findings: { rule: string; message: string; line: number }[]; errors: { file: string; line?: number; message: string }[] }

const DIR = "examples/vendors";
const base = ["scan", `${DIR}/manifests`, "--bundle", `${DIR}/bundle.yaml`, "--image-policy", `${DIR}/policy/image-policies.yaml`];

test("secrets: only the four planted mistakes; Portieris: namespace policies exclusively, signatures unverified", () => {
  const run = kubeward([...base, "--format", "json"]);
  assert.is(run.status, 1, run.stderr);
  const report = json<JsonReport>(run);
  assert.equal(report.errors, []);
  assert.equal(report.findings.map((f) => `${f.line} ${f.rule} ${f.message}`), [
    '46 external-secret-store-missing ExternalSecret "psp-api" reads from SecretStore "vault", which is not among the scanned objects in namespace "payments"',
    '69 plaintext-secret-beside-external-source Secret "webhook-signing" commits values in stringData for 1 key(s) ("key") although it is produced by SealedSecret "webhook-signing"',
    '105 portieris-signature-unverified container "ledger" uses image "icr.io/payments/ledger:3.2.0", which requires signature verification by payments-ci (pattern "icr.io/payments/*" of ImagePolicy payments/payments-signed); no --signatures data was given',
    '116 secret-not-from-external-store container "ledger" env "SMTP_PASSWORD" uses Secret "smtp-credentials", which no ExternalSecret, SealedSecret, SecretProviderClass or Certificate in namespace "payments" produces',
    '147 vault-secrets-shared-with-containers Vault Agent renders secret(s) "psp.env" into /vault/secrets, which the injector mounts into all 2 containers ("checkout", "metrics"): list the consumers in vault.hashicorp.com/agent-inject-containers',
    '158 portieris-signature-unverified container "checkout" uses image "icr.io/payments/checkout:1.8.4", which requires signature verification by checkout-release (pattern "icr.io/payments/checkout" of ImagePolicy payments/payments-signed); no --signatures data was given',
    '161 trusted-registries container "metrics" uses image "quay.io/prometheus/statsd-exporter:v0.26.1" (quay.io/prometheus/statsd-exporter), which no Portieris image policy for namespace "payments" allows',
  ]);
});

test("with --signatures the most specific Portieris entry's signer is checked", () => {
  const report = json<JsonReport>(kubeward([...base, "--format", "json", "--signatures", `${DIR}/signatures.json`]));
  assert.equal(report.findings.filter((f) => f.rule.startsWith("portieris-")).map((f) => `${f.line} ${f.rule} ${f.message}`), [
    '158 portieris-signature-required container "checkout" uses image "icr.io/payments/checkout:1.8.4", which is not signed by the required key(s) checkout-release (pattern "icr.io/payments/checkout" of ImagePolicy payments/payments-signed)',
  ]);
});

test("without the Portieris policies the bundle's default trusted-registry policy applies", () => {
  const report = json<JsonReport>(kubeward(["scan", `${DIR}/manifests`, "--bundle", `${DIR}/bundle.yaml`, "--format", "json"]));
  assert.is(report.findings.filter((f) => f.rule.startsWith("portieris-")).length, 0);
  assert.ok(report.findings.some((f) => f.rule === "trusted-registries" && f.message.includes("no trusted-registry policy for namespace \"payments\"")));
});

test("--image-policy accepts only Portieris objects: anything else is an error naming file and line (exit 2)", () => {
  const run = kubeward(["scan", `${DIR}/manifests`, "--bundle", `${DIR}/bundle.yaml`, "--format", "json", "--image-policy", `${DIR}/manifests/secrets.yaml`]);
  assert.is(run.status, 2);
  const report = json<JsonReport>(run);
  assert.is(report.errors.length, 8);
  assert.equal(report.errors[0], {
    file: `${DIR}/manifests/secrets.yaml`,
    line: 4,
    message: "--image-policy expects Portieris ImagePolicy or ClusterImagePolicy objects (securityenforcement.admission.cloud.ibm.com/v1beta1), not external-secrets.io/v1 ClusterSecretStore",
    code: "usage",
  });
  // the scan's own findings are still reported
  assert.ok(report.findings.length > 0);
  const missing = kubeward([...base.slice(0, 4), "--image-policy", `${DIR}/nope.yaml`]);
  assert.is(missing.status, 2);
  assert.match(missing.stdout + missing.stderr, /nope\.yaml/);
});

const validateGrafeas = new Ajv({ strict: true, allErrors: true, validateFormats: false }).compile(JSON.parse(fs.readFileSync("schemas/grafeas.schema.json", "utf8")) as object);

interface Grafeas {
  batchCreateNotes: { parent: string; notes: Record<string, { name: string }> };
  batchCreateOccurrences: { parent: string; occurrences: { resourceUri: string; noteName: string; compliance: { nonCompliantFiles: { path: string; displayCommand: string }[] } }[] };
}

test("--format grafeas: valid Grafeas v1 notes and occurrences in the --grafeas-project project", () => {
  const run = kubeward([...base, "--format", "grafeas", "--grafeas-project", "payments-sec"]);
  assert.is(run.status, 1, run.stderr);
  const out = json<Grafeas>(run);
  assert.ok(validateGrafeas(out), JSON.stringify(validateGrafeas.errors, null, 2));
  assert.is(out.batchCreateNotes.parent, "projects/payments-sec");
  // rules of the bundle that name controls; external-secret-store-missing and the like name none
  assert.equal(Object.keys(out.batchCreateNotes.notes), ["plaintext-secret-beside-external-source", "portieris-signature-required", "secret-not-from-external-store", "trusted-registries", "vault-secrets-shared-with-containers"]);
  assert.equal(out.batchCreateOccurrences.occurrences.map((o) => `${o.resourceUri} ${o.noteName}`), [
    "k8s:///api/v1/namespaces/payments/Secret/webhook-signing projects/payments-sec/notes/plaintext-secret-beside-external-source",
    "k8s:///apis/apps/v1/namespaces/payments/Deployment/ledger projects/payments-sec/notes/secret-not-from-external-store",
    "k8s:///apis/apps/v1/namespaces/payments/Deployment/checkout projects/payments-sec/notes/vault-secrets-shared-with-containers",
    "k8s:///apis/apps/v1/namespaces/payments/Deployment/checkout projects/payments-sec/notes/trusted-registries",
  ]);
  assert.equal(out.batchCreateOccurrences.occurrences[0]!.compliance.nonCompliantFiles.map((f) => f.displayCommand), [`sed -n '69p' ${DIR}/manifests/secrets.yaml`]);
});

test("--grafeas-project is a usage error without --format grafeas, or when it is no project id", () => {
  const other = kubeward([...base, "--grafeas-project", "x"]);
  assert.is(other.status, 2);
  assert.match(other.stderr, /--grafeas-project applies to --format grafeas/);
  const bad = kubeward([...base, "--format", "grafeas", "--grafeas-project", "a/b"]);
  assert.is(bad.status, 2);
  assert.match(bad.stderr, /--grafeas-project must be a Grafeas project id/);
});

test("help lists the new flags and format", () => {
  const help = kubeward(["scan", "--help"]).stdout;
  for (const s of ["--image-policy FILE", "--grafeas-project ID", "| grafeas"]) assert.ok(help.includes(s), s);
});

test.run();

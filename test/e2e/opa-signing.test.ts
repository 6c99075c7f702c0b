// Signed OPA bundles in the real OPA: `opa run --server --bundle --verification-key` accepts what
// `kubeward build --target opa --signing-key` signs (RS256, ES256, HS256, keys made here with
// node:crypto), and refuses the same bundle once one byte of one Rego file has changed.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readTarGz } from "../../src/engine/tar.ts";
import { canonicalJson } from "../../src/policy/bundle-signing.ts";
import { writeTarGz } from "../../src/util/tar-writer.ts";
import { kubeward } from "../cli/helpers.ts";
import { postJson, runOpaUntilExit, startOpa } from "./opa-server.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-sign-"));

interface KeyCase { alg: "RS256" | "ES256" | "HS256"; signingKey: string; verificationKey: string }

function keys(alg: KeyCase["alg"]): KeyCase {
  const dir = path.join(tmp, alg);
  fs.mkdirSync(dir, { recursive: true });
  if (alg === "HS256") {
    const secret = randomBytes(24).toString("hex");
    fs.writeFileSync(path.join(dir, "secret"), `${secret}\n`); // editors add a newline; kubeward drops it
    return { alg, signingKey: path.join(dir, "secret"), verificationKey: secret };
  }
  const pair = alg === "RS256" ? generateKeyPairSync("rsa", { modulusLength: 2048 }) : generateKeyPairSync("ec", { namedCurve: "P-256" });
  fs.writeFileSync(path.join(dir, "private.pem"), pair.privateKey.export({ type: "pkcs8", format: "pem" }));
  fs.writeFileSync(path.join(dir, "public.pem"), pair.publicKey.export({ type: "spki", format: "pem" }));
  return { alg, signingKey: path.join(dir, "private.pem"), verificationKey: path.join(dir, "public.pem") };
}

/** One byte of one Rego file changed, everything else (signatures included) as it was. */
function tamper(archive: Buffer): Buffer {
  const entries = readTarGz(archive);
  const target = entries.find((e) => e.path === "main/main.rego")!;
  const i = target.data.indexOf("findings contains");
  target.data[i] = "F".charCodeAt(0);
  return writeTarGz(entries.map((e) => ({ path: `/${e.path}`, data: e.data })));
}

for (const alg of ["RS256", "ES256", "HS256"] as const) {
  test(`${alg}: opa accepts the signed bundle and serves it; a tampered copy is rejected`, async () => {
    const k = keys(alg);
    const out = path.join(tmp, `${alg}-out`);
    const build = kubeward(["build", "--target", "opa", "--bundle", "pss-baseline", "--out", out, "--signing-key", k.signingKey, ...(alg === "RS256" ? [] : ["--signing-alg", alg])]);
    assert.is(build.status, 0, build.stderr);
    assert.match(build.stdout, `signed ${alg} (keyid default)`);
    const file = path.join(out, "opa", "pss-baseline.tar.gz");
    const entries = new Map(readTarGz(fs.readFileSync(file)).map((e) => [e.path, e.data]));
    const jwt = (JSON.parse(entries.get(".signatures.json")!.toString("utf8")) as { signatures: string[] }).signatures[0]!;
    const [header, payload] = jwt.split(".").slice(0, 2).map((p) => JSON.parse(Buffer.from(p!, "base64url").toString("utf8")) as Record<string, unknown>);
    assert.equal(header, { alg, kid: "default", typ: "JWT" });
    const listed = (payload!.files as { name: string; algorithm: string }[]).map((f) => f.name).sort();
    assert.equal(listed, [...entries.keys()].filter((p) => p !== ".signatures.json").sort());
    // data.json and .manifest are stored in the canonical form OPA hashes.
    for (const name of ["data.json", ".manifest"]) assert.is(entries.get(name)!.toString("utf8"), canonicalJson(JSON.parse(entries.get(name)!.toString("utf8"))));

    const verify = ["--verification-key", k.verificationKey, "--verification-key-id", "default", "--signing-alg", alg];
    const opa = await startOpa(["--bundle", file, ...verify]);
    try {
      const r = await postJson(`${opa.url}/v1/data/system/main`, {
        input: { apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview", request: { uid: "1", operation: "CREATE", kind: { group: "", version: "v1", kind: "Pod" }, name: "p", namespace: "default", object: { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { hostPID: true, containers: [{ name: "c", image: "x" }] } } } },
      });
      const response = (r.json.result as { response: { allowed: boolean; status: { message: string } } }).response;
      assert.is(response.allowed, false);
      assert.match(response.status.message, "pss-host-namespaces");
    } finally {
      await opa.stop();
    }

    const tampered = path.join(tmp, `${alg}-tampered.tar.gz`);
    fs.writeFileSync(tampered, tamper(fs.readFileSync(file)));
    const refused = await runOpaUntilExit(["run", "--server", "--addr", "127.0.0.1:0", "--bundle", tampered, ...verify]);
    assert.not.ok(refused.timedOut, `opa served a tampered bundle:\n${refused.output}`);
    assert.ok(refused.code !== 0);
    assert.match(refused.output, /main\/main\.rego/);
    assert.match(refused.output, /digest mismatch|hash/i);

    // The wrong key is refused too (a signature made with another key of the same kind).
    const other = keys(alg);
    const wrong = await runOpaUntilExit(["run", "--server", "--addr", "127.0.0.1:0", "--bundle", file, "--verification-key", other.verificationKey, "--verification-key-id", "default", "--signing-alg", alg]);
    assert.not.ok(wrong.timedOut, `opa served a bundle signed with another key:\n${wrong.output}`);
    assert.ok(wrong.code !== 0);
  });
}

test("an unsigned bundle is refused when opa is told to verify, and a key of the wrong type is a usage error", async () => {
  const out = path.join(tmp, "unsigned");
  assert.is(kubeward(["build", "--target", "opa", "--bundle", "pss-baseline", "--out", out]).status, 0);
  const k = keys("RS256");
  const r = await runOpaUntilExit(["run", "--server", "--addr", "127.0.0.1:0", "--bundle", path.join(out, "opa", "pss-baseline.tar.gz"), "--verification-key", k.verificationKey]);
  assert.not.ok(r.timedOut);
  assert.ok(r.code !== 0);
  const bad = kubeward(["build", "--target", "opa", "--bundle", "pss-baseline", "--out", out, "--signing-key", k.signingKey, "--signing-alg", "ES256"]);
  assert.is(bad.status, 2);
  assert.match(bad.stderr, "ES256 needs an EC private key");
});

test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test.run();

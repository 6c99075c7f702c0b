// The shared build (src/policy/build-targets.ts) against the real library: what `kubeward build`
// prints and the UI's Bundles view renders both come from these events, so they are checked here
// once — steps numbered through to the end, and each artefact's files, sizes, revision, rule count
// and entrypoints agreeing with what is on disk. Also the signing key reader the UI and CLI share.
import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readTarGz } from "../../../src/engine/tar.ts";
import { KubewardError } from "../../../src/errors.ts";
import { BUILD_TARGETS, buildTargets, type BuildArtefact, type BuildEvent } from "../../../src/policy/build-targets.ts";
import { inferSigningAlg, loadSigningKey } from "../../../src/policy/signing-key.ts";
import { packageRoot } from "../../../src/util/package-root.ts";
import { skipWithoutOpa } from "../../fixtures/pinned-opa.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-build-targets-"));
test("wasm, opa (signed) and conftest from one run: numbered steps, one artefact per target, as on disk", async () => {
  if (skipWithoutOpa()) return;
  const secret = path.join(tmp, "secret");
  fs.writeFileSync(secret, "s3cret\n");
  const out = path.join(tmp, "out");
  const events: BuildEvent[] = [];
  for await (const e of buildTargets({
    policiesDir: path.join(packageRoot(), "policies"),
    outDir: out,
    bundle: "pss-baseline",
    targets: ["wasm", "opa", "conftest"],
    failOn: "high",
    signing: loadSigningKey(secret),
    version: "0.0.0-test",
    libraryBundles: ["pss-baseline"],
    cwd: tmp,
  })) events.push(e);

  const steps = events.flatMap((e) => (e.type === "step" ? [e] : []));
  assert.equal(steps.map((s) => s.index), [0, 1, 2, 3, 4, 5], "compile, the library bundle, resolve, three targets");
  assert.ok(steps.every((s) => s.total === 6));
  assert.equal(steps.map((s) => s.label), [
    "compiling the library to wasm", "resolving bundle pss-baseline", "resolving bundle pss-baseline",
    "writing the wasm artefact", "writing the OPA bundle", "writing the conftest policies",
  ]);
  assert.ok(fs.existsSync(path.join(out, "library", "bundles", "pss-baseline.json")), "the named bundle is resolved into the library");

  const artefacts = events.flatMap((e) => (e.type === "artefact" ? [e.artefact] : []));
  assert.equal(artefacts.map((a) => a.target), ["wasm", "opa", "conftest"]);
  const library = events.find((e) => e.type === "library");
  assert.ok(library && library.type === "library" && library.rules > 200);
  for (const a of artefacts) {
    assert.ok(a.files.length > 0, a.target);
    for (const f of a.files) assert.is(fs.statSync(f.path).size, f.size, f.path);
    assert.is(a.bytes, a.files.reduce((n, f) => n + f.size, 0));
    assert.is(a.displayPath, path.relative(tmp, a.path));
    assert.is(a.bundle, "pss-baseline");
  }
  const [wasm, opaBundle, conftest] = artefacts as [BuildArtefact, BuildArtefact, BuildArtefact];

  assert.is(wasm.path, path.join(out, "pss-baseline"));
  assert.equal(wasm.entrypoints, ["kubeward/main/findings"]);
  assert.match(wasm.revision, /^[0-9a-f]{64}$/);
  assert.is(wasm.rules, 17);

  // The OPA bundle: revision and rule count are the archive's own.
  assert.is(opaBundle.path, path.join(out, "opa", "pss-baseline.tar.gz"));
  const entries = readTarGz(fs.readFileSync(opaBundle.path));
  const manifest = JSON.parse(entries.find((e) => e.path === ".manifest")!.data.toString()) as { revision: string };
  const data = JSON.parse(entries.find((e) => e.path === "data.json")!.data.toString()) as { kubeward: { config: { rules: object; admission: { fail_on: string } } } };
  assert.is(opaBundle.revision, manifest.revision);
  assert.is(opaBundle.rules, Object.keys(data.kubeward.config.rules).length);
  assert.is(data.kubeward.config.admission.fail_on, "high");
  assert.ok(entries.some((e) => e.path === ".signatures.json"), "signed");
  assert.equal(opaBundle.entrypoints, ["system/main", "kubeward/main/findings"]);
  assert.equal(opaBundle.notes, ["signed HS256 (keyid default)"]);
  assert.is(opaBundle.run, `opa run --server --bundle ${path.join("out", "opa", "pss-baseline.tar.gz")}`);

  // conftest: the same rules as the OPA bundle, the library's revision, the queries conftest runs.
  assert.ok(conftest.files.some((f) => f.path.endsWith(path.join("conftest", "main.rego"))));
  assert.is(conftest.rules, opaBundle.rules);
  assert.is(conftest.revision, wasm.revision);
  assert.equal(conftest.entrypoints, ["main.deny", "main.warn"]);
  assert.match(conftest.run, /^conftest test --policy out\/conftest\/pss-baseline --data out\/conftest\/pss-baseline\/data\.json/);
});

test("no targets: only the library (what kubeward build --target wasm without --bundle does)", async () => {
  if (skipWithoutOpa()) return;
  const events: BuildEvent[] = [];
  for await (const e of buildTargets({ policiesDir: path.join(packageRoot(), "policies"), outDir: path.join(tmp, "lib-only"), bundle: "does-not-exist", targets: [], failOn: "low", version: "0" })) events.push(e);
  assert.equal(events.map((e) => e.type), ["step", "library"], "the bundle is not even loaded");
});

test("BUILD_TARGETS: the four targets, wasm first (the UI's default)", () => {
  assert.equal([...BUILD_TARGETS], ["wasm", "opa", "gatekeeper", "conftest"]);
});

test("signing keys: inferred from the file, usage errors naming it when it cannot sign", () => {
  const { privateKey: ec } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const { privateKey: rsa } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const ecFile = path.join(tmp, "ec.pem");
  const rsaFile = path.join(tmp, "rsa.pem");
  fs.writeFileSync(ecFile, ec.export({ type: "pkcs8", format: "pem" }));
  fs.writeFileSync(rsaFile, rsa.export({ type: "pkcs8", format: "pem" }));
  assert.is(inferSigningAlg(fs.readFileSync(ecFile)), "ES256");
  assert.is(loadSigningKey(rsaFile).alg, "RS256");
  assert.is(loadSigningKey(ecFile).alg, "ES256");

  const usage = (file: string, pattern: RegExp) => {
    try {
      loadSigningKey(file);
      assert.unreachable(`${file} was accepted`);
    } catch (e) {
      assert.instance(e, KubewardError);
      assert.is((e as KubewardError).code, "usage");
      assert.match((e as Error).message, pattern);
    }
  };
  usage(path.join(tmp, "missing.pem"), /cannot read signing key .*missing\.pem: ENOENT/);
  const garbage = path.join(tmp, "garbage.pem");
  fs.writeFileSync(garbage, "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
  usage(garbage, /signing key .*garbage\.pem cannot sign a bundle: .*not a PEM private key/);
  const empty = path.join(tmp, "empty");
  fs.writeFileSync(empty, "\n");
  usage(empty, /signing key .*empty is empty/);
});

test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test.run();

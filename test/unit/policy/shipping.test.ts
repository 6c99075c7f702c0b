// Pure parts of the OPA and conftest targets: the tar writer (read back by our own reader), OPA's
// canonical JSON, the JWT shape, and the admission verdict.
import { createHmac, generateKeyPairSync, verify } from "node:crypto";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readTar, readTarGz } from "../../../src/engine/tar.ts";
import { canonicalJson, signJwt } from "../../../src/policy/bundle-signing.ts";
import { admissionResponse } from "../../../src/report/admission-response.ts";
import { writeTar, writeTarGz } from "../../../src/util/tar-writer.ts";

test("tar writer: round trip, ustar prefix for long paths, pax beyond, deterministic", () => {
  const long = `/rules/${"a".repeat(90)}/${"b".repeat(60)}/policy.rego`;
  const huge = `/${"c".repeat(300)}.rego`;
  const files = [
    { path: "/.manifest", data: "{}" },
    { path: "/policy.wasm", data: Buffer.alloc(1025, 7) },
    { path: long, data: "package x\n" },
    { path: huge, data: "" },
  ];
  const back = readTarGz(writeTarGz(files));
  assert.equal(back.map((e) => e.path), [".manifest", "policy.wasm", long.slice(1), huge.slice(1)]);
  assert.ok(back[1]!.data.equals(Buffer.alloc(1025, 7)));
  assert.is(back[2]!.data.toString(), "package x\n");
  assert.ok(writeTar(files).equals(writeTar(files)));
  assert.is(writeTar(files).length % 512, 0);
  assert.is(readTar(writeTar([])).length, 0);
});

test("canonical JSON: sorted keys at every level, no spaces, <>& kept, U+2028 escaped", () => {
  assert.is(canonicalJson({ b: [{ z: 1, a: "<&>" }], a: null, c: undefined }), `{"a":null,"b":[{"a":"<&>","z":1}]}`);
  assert.is(canonicalJson("x\u2028y"), `"x\\u2028y"`);
});

test("JWT: header and payload, RS256 verifiable, ES256 raw r||s, HS256 HMAC", () => {
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwt = signJwt({ files: [] }, { alg: "RS256", key: rsa.privateKey.export({ type: "pkcs8", format: "pem" }) });
  const [h, p, s] = jwt.split(".");
  assert.equal(JSON.parse(Buffer.from(h!, "base64url").toString()), { alg: "RS256", kid: "default", typ: "JWT" });
  assert.equal(JSON.parse(Buffer.from(p!, "base64url").toString()), { files: [] });
  assert.ok(verify("sha256", Buffer.from(`${h}.${p}`), rsa.publicKey, Buffer.from(s!, "base64url")));
  const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const es = signJwt({}, { alg: "ES256", key: ec.privateKey.export({ type: "pkcs8", format: "pem" }), keyId: "k2" }).split(".");
  assert.is(Buffer.from(es[2]!, "base64url").length, 64);
  assert.ok(verify("sha256", Buffer.from(`${es[0]}.${es[1]}`), { key: ec.publicKey, dsaEncoding: "ieee-p1363" }, Buffer.from(es[2]!, "base64url")));
  const hs = signJwt({}, { alg: "HS256", key: "s3cret" }).split(".");
  assert.is(hs[2], createHmac("sha256", "s3cret").update(`${hs[0]}.${hs[1]}`).digest("base64url"));
  assert.throws(() => signJwt({}, { alg: "ES256", key: rsa.privateKey.export({ type: "pkcs8", format: "pem" }) }), /needs an EC private key/);
  assert.throws(() => signJwt({}, { alg: "RS256", key: "not a key" }), /not a PEM private key/);
});

test("admission verdict: blocking vs warnings, most severe first, duplicates once, none blocks nothing", () => {
  const sev = (id: string) => ({ a: "high", b: "medium", c: "critical", d: "info" })[id] as "high";
  const v = [
    { rule: "b", msg: "m2" },
    { rule: "a", msg: "m1" },
    { rule: "c", msg: "m0" },
    { rule: "a", msg: "m1", details: { path: "other" } },
    { rule: "d", msg: "m3" },
  ];
  assert.equal(admissionResponse("u", v, sev, "high"), {
    uid: "u",
    allowed: false,
    status: { code: 403, reason: "Forbidden", message: "kubeward denied the request (2 finding(s)): [critical] c: m0; [high] a: m1" },
    warnings: ["[medium] b: m2", "[info] d: m3"],
  });
  assert.equal(admissionResponse("u", [], sev, "low"), { uid: "u", allowed: true });
  assert.is(admissionResponse("u", v, sev, "none").allowed, true);
});

test.run();

// OPA bundle signatures (`.signatures.json`), with node:crypto only. OPA verifies a bundle by a JWT
// whose payload lists every file of the bundle with its SHA-256: raw bytes for Rego and wasm, and
// for data.json and .manifest the hash of the JSON in OPA's canonical form (keys sorted, no spaces,
// no HTML escaping). kubeward writes those two files in that canonical form, so hashing the bytes
// written is hashing what OPA recomputes.
import { createHash, createHmac, createPrivateKey, sign as cryptoSign } from "node:crypto";
import { KubewardError } from "../errors.ts";

export const SIGNING_ALGS = ["RS256", "ES256", "HS256"] as const;
export type SigningAlg = (typeof SIGNING_ALGS)[number];

export interface SigningOptions {
  alg: SigningAlg;
  /** PEM private key (RS256, ES256) or the HMAC secret (HS256). */
  key: string | Buffer;
  /** `keyid` in the JWT (OPA's --verification-key-id); default "default". */
  keyId?: string;
  /** Optional `scope` claim (OPA's --scope). */
  scope?: string;
}

export interface SignedFile {
  name: string;
  data: Buffer;
}

/** JSON as OPA hashes it: object keys sorted, no whitespace, `<>&` unescaped, U+2028/2029 escaped as Go does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort(compareUtf8);
    return `{${keys.map((k) => `${goString(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
  }
  if (typeof value === "string") return goString(value);
  return JSON.stringify(value);
}

function goString(s: string): string {
  return JSON.stringify(s).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** Go sorts map keys by bytes (UTF-8); JavaScript's default sort is by UTF-16 code units. */
function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/** The `.signatures.json` content for these files (every file of the bundle except the signatures). */
export function signBundleFiles(files: readonly SignedFile[], opts: SigningOptions): string {
  const payload: Record<string, unknown> = {
    files: files.map((f) => ({ name: f.name.replace(/^\/+/, ""), hash: createHash("sha256").update(f.data).digest("hex"), algorithm: "SHA-256" })),
    keyid: opts.keyId ?? "default",
  };
  if (opts.scope !== undefined) payload.scope = opts.scope;
  return `${JSON.stringify({ signatures: [signJwt(payload, opts)] })}\n`;
}

export function signJwt(payload: object, opts: SigningOptions): string {
  const header = { alg: opts.alg, kid: opts.keyId ?? "default", typ: "JWT" };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  return `${signingInput}.${base64url(signature(signingInput, opts))}`;
}

function signature(input: string, opts: SigningOptions): Buffer {
  if (opts.alg === "HS256") return createHmac("sha256", opts.key).update(input).digest();
  let key;
  try {
    key = createPrivateKey(opts.key);
  } catch (e) {
    throw new KubewardError("usage", `--signing-key is not a PEM private key usable for ${opts.alg}: ${(e as Error).message}`, { cause: e });
  }
  const expected = opts.alg === "RS256" ? "rsa" : "ec";
  if (key.asymmetricKeyType !== expected) {
    throw new KubewardError("usage", `--signing-alg ${opts.alg} needs an ${expected.toUpperCase()} private key, got ${key.asymmetricKeyType ?? "an unknown"} key`);
  }
  if (opts.alg === "ES256" && key.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
    throw new KubewardError("usage", `--signing-alg ES256 needs a P-256 key, got curve ${key.asymmetricKeyDetails?.namedCurve ?? "unknown"}`);
  }
  // JWS wants ECDSA signatures as raw r||s, not DER.
  return cryptoSign("sha256", Buffer.from(input), opts.alg === "ES256" ? { key, dsaEncoding: "ieee-p1363" } : key);
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString("base64url");
}

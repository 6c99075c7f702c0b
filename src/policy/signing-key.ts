// A signing key file as SigningOptions, for `kubeward build --signing-key` and the UI's Bundles view:
// reading it, inferring the algorithm from what the file is, and (for the UI, before anything is
// compiled) proving that it can sign. Every problem is a KubewardError("usage") naming the file.
import { createPrivateKey } from "node:crypto";
import fs from "node:fs";
import { KubewardError } from "../errors.ts";
import { signJwt, type SigningAlg, type SigningOptions } from "./bundle-signing.ts";

/** The key file's bytes; `what` names it in the error ("--signing-key" on the command line). */
export function readSigningKeyFile(file: string, what = "--signing-key"): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new KubewardError("usage", `cannot read ${what} ${file}: ${(e as Error).message}`, { cause: e });
  }
}

/** Without an explicit algorithm: a PEM key says what it is; anything else is an HMAC secret. */
export function inferSigningAlg(key: Buffer): SigningAlg {
  if (!key.toString("utf8").includes("-----BEGIN")) return "HS256";
  return isEcKey(key) ? "ES256" : "RS256";
}

export function signingOptions(key: Buffer, opts: { alg: SigningAlg; keyId?: string; scope?: string }): SigningOptions {
  // An HMAC secret file is its content without the trailing newline editors add.
  const secret = opts.alg === "HS256" ? Buffer.from(key.toString("utf8").replace(/\r?\n$/, ""), "utf8") : key;
  const out: SigningOptions = { alg: opts.alg, key: secret, keyId: opts.keyId ?? "default" };
  if (opts.scope !== undefined) out.scope = opts.scope;
  return out;
}

/**
 * Reads, infers and checks a key in one go (the UI's path): signing a probe payload raises the
 * same usage errors a bundle signature would, so a bad key is reported before the library compiles.
 */
export function loadSigningKey(file: string, what = "signing key"): SigningOptions {
  const key = readSigningKeyFile(file, what);
  const opts = signingOptions(key, { alg: inferSigningAlg(key) });
  if (opts.alg === "HS256" && opts.key.length === 0) throw new KubewardError("usage", `${what} ${file} is empty: an HMAC secret needs at least one byte`);
  try {
    signJwt({ probe: true }, opts);
  } catch (e) {
    throw new KubewardError("usage", `${what} ${file} cannot sign a bundle: ${(e as Error).message}`, { cause: e });
  }
  return opts;
}

function isEcKey(pem: Buffer): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === "ec";
  } catch {
    return false;
  }
}

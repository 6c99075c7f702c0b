import { createPrivateKey } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { buildLibrary } from "../policy/build-library.ts";
import { writeWasmArtefact } from "../policy/build-bundle.ts";
import { listBundleNames, loadBundleSpec, resolveBundle } from "../config/bundle.ts";
import { resolvedBundleFile } from "../library.ts";
import { KubewardError } from "../errors.ts";
import { packageRoot } from "../util/package-root.ts";
import { buildOpaBundle } from "../policy/opa-bundle.ts";
import { writeConftestPolicies } from "../policy/conftest-target.ts";
import { writeGatekeeperIndex, writeGatekeeperTarget } from "../policy/gatekeeper-target.ts";
import { writeGatekeeperSuite } from "../policy/gatekeeper-suite.ts";
import { loadEngine } from "../engine/wasm-engine.ts";
import { SIGNING_ALGS, type SigningAlg, type SigningOptions } from "../policy/bundle-signing.ts";
import { SEVERITIES, type Severity } from "../types.ts";
import pkg from "../../package.json" with { type: "json" };
import type { CliIo } from "./io.ts";
import { MSG } from "./messages.ts";
import { createProgress } from "./progress-bar.ts";
import { oneOf, parseCommandArgs } from "./main.ts";

const TARGETS = ["wasm", "opa", "gatekeeper", "conftest", "all"] as const;

export async function runBuild(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    bundle: { type: "string", short: "b" },
    target: { type: "string", short: "t" },
    out: { type: "string" },
    force: { type: "boolean" },
    policies: { type: "string" },
    "fail-on": { type: "string" },
    "signing-key": { type: "string" },
    "signing-alg": { type: "string" },
    "signing-key-id": { type: "string" },
    "signing-scope": { type: "string" },
  });
  if (positionals.length > 0) throw new KubewardError("usage", `kubeward build takes no positional arguments (got ${positionals.join(" ")})`);
  const target = oneOf("--target", values.target, TARGETS, "wasm");
  const failOn = oneOf<Severity | "none">("--fail-on", values["fail-on"], [...SEVERITIES, "none"], "low");
  const signing = values["signing-key"] === undefined ? undefined : signingOptions(io.cwd, values);
  if (signing && target !== "opa" && target !== "all") throw new KubewardError("usage", "--signing-key signs OPA bundles: use it with --target opa (or all)");
  const root = packageRoot();
  const policiesDir = path.resolve(io.cwd, values.policies ?? path.join(root, "policies"));
  const outDir = path.resolve(io.cwd, values.out ?? path.join(root, "dist"));
  const libraryDir = path.join(outDir, "library");

  const started = Date.now();
  // On a terminal, a bar over the slow steps (the compile, then one resolve per bundle); it is
  // erased before each line the command prints, so the printed output is the same either way.
  const progress = createProgress(io);
  const bundleNames = listBundleNames();
  progress.update(0, bundleNames.length + 1, "compiling the library to wasm");
  const library = await buildLibrary(policiesDir, libraryDir, { force: values.force === true });
  progress.finish();
  const wasmSize = fs.statSync(library.wasmFile).size;
  io.stdout.write(
    `library: ${library.catalog.length} rules ${library.cached ? "unchanged (cache hit)" : `compiled in ${Date.now() - started} ms`}` +
      ` → ${rel(io.cwd, library.wasmFile)} (${(wasmSize / 1024).toFixed(0)} KiB)\n`,
  );

  // Resolve every named bundle now, so scan needs neither YAML nor schema work for them.
  fs.mkdirSync(path.join(libraryDir, "bundles"), { recursive: true });
  for (const [i, name] of bundleNames.entries()) {
    progress.update(i + 1, bundleNames.length + 1, `resolving bundle ${name}`);
    const resolved = resolveBundle(loadBundleSpec(name), library.catalog);
    progress.finish();
    fs.writeFileSync(resolvedBundleFile(libraryDir, name), `${JSON.stringify(resolved, null, 2)}\n`);
    io.stdout.write(`bundle ${name}: ${resolved.rules.length} rules\n`);
  }

  if (target === "opa" || target === "conftest" || target === "gatekeeper" || target === "all") {
    const resolved = resolveBundle(loadBundleSpec(values.bundle ?? "recommended"), library.catalog);
    if (target === "opa" || target === "all") {
      const bundle = buildOpaBundle({
        policiesDir,
        wasm: fs.readFileSync(library.wasmFile),
        catalog: library.catalog,
        libraryHash: library.hash,
        bundle: resolved,
        failOn,
        version: pkg.version,
        signing,
      });
      const file = path.join(outDir, "opa", `${resolved.name}.tar.gz`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bundle.archive);
      io.stdout.write(
        `opa bundle ${resolved.name}: ${Object.keys(bundle.config.rules).length} rules, revision ${bundle.revision}${signing ? `, signed ${signing.alg} (keyid ${signing.keyId})` : ""}` +
          ` → ${rel(io.cwd, file)} (serve it with: opa run --server --bundle ${rel(io.cwd, file)})\n`,
      );
    }
    if (target === "conftest" || target === "all") {
      const dir = path.join(outDir, "conftest", resolved.name);
      const written = writeConftestPolicies({ policiesDir, catalog: library.catalog, bundle: resolved, failOn, outDir: dir });
      io.stdout.write(`conftest policies ${resolved.name}: ${written.files} files → ${rel(io.cwd, dir)}/ (run: conftest test --policy ${rel(io.cwd, dir)} --data ${rel(io.cwd, written.dataFile)} MANIFEST...)\n`);
    }
    if (target === "gatekeeper" || target === "all") {
      const dir = path.join(outDir, "gatekeeper", resolved.name);
      const written = await writeGatekeeperTarget({ policiesDir, catalog: library.catalog, bundle: resolved, failOn, outDir: dir, version: pkg.version });
      const engine = await loadEngine(fs.readFileSync(library.wasmFile));
      const suite = writeGatekeeperSuite({ dir, rules: written.rules, repoRoot: path.dirname(policiesDir), engine, bundle: resolved });
      writeGatekeeperIndex(written, { bundle: resolved.name, failOn, suite: { file: suite.file, cases: suite.cases.length, omitted: suite.omitted } });
      io.stdout.write(MSG.gatekeeperBuilt({
        bundle: resolved.name,
        templates: written.rules.length,
        synced: written.synced.length,
        cases: suite.cases.length,
        dir: rel(io.cwd, dir),
        omitted: [...written.omitted, ...suite.omitted],
      }));
    }
    return 0;
  }

  if (values.bundle) {
    const resolved = resolveBundle(loadBundleSpec(values.bundle), library.catalog);
    const artefact = writeWasmArtefact(outDir, resolved, library.catalog, library.wasmFile, library.hash);
    const dir = rel(io.cwd, artefact.dir);
    io.stdout.write(`wasm artefact for bundle ${resolved.name} → ${dir}/ (scan it with --library ${dir} --bundle ${resolved.name})\n`);
  }
  return 0;
}

function signingOptions(cwd: string, values: { "signing-key"?: string; "signing-alg"?: string; "signing-key-id"?: string; "signing-scope"?: string }): SigningOptions {
  const file = path.resolve(cwd, values["signing-key"]!);
  let key: Buffer;
  try {
    key = fs.readFileSync(file);
  } catch (e) {
    throw new KubewardError("usage", `cannot read --signing-key ${file}: ${(e as Error).message}`, { cause: e });
  }
  // Without --signing-alg: a PEM key says what it is; anything else is an HMAC secret.
  const text = key.toString("utf8");
  const inferred: SigningAlg = !text.includes("-----BEGIN") ? "HS256" : isEcKey(key) ? "ES256" : "RS256";
  const alg = oneOf<SigningAlg>("--signing-alg", values["signing-alg"], SIGNING_ALGS, inferred);
  // An HMAC secret file is its content without the trailing newline editors add.
  const secret = alg === "HS256" ? Buffer.from(text.replace(/\r?\n$/, ""), "utf8") : key;
  const opts: SigningOptions = { alg, key: secret, keyId: values["signing-key-id"] ?? "default" };
  if (values["signing-scope"] !== undefined) opts.scope = values["signing-scope"];
  return opts;
}

function isEcKey(pem: Buffer): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === "ec";
  } catch {
    return false;
  }
}

function rel(cwd: string, p: string): string {
  const r = path.relative(cwd, p);
  return r.startsWith("..") ? p : r;
}

// `kubeward build`: the command-line face of policy/build-targets.ts. It prints one line per event
// of the shared build (the UI renders the same events) and draws its progress bar from the steps.
import path from "node:path";
import { listBundleNames } from "../config/bundle.ts";
import { KubewardError } from "../errors.ts";
import { packageRoot } from "../util/package-root.ts";
import { ALL_TARGETS, BUILD_TARGETS, buildTargets, type BuildArtefact, type BuildTarget } from "../policy/build-targets.ts";
import { inferSigningAlg, readSigningKeyFile, signingOptions } from "../policy/signing-key.ts";
import { SIGNING_ALGS, type SigningAlg, type SigningOptions } from "../policy/bundle-signing.ts";
import { SEVERITIES, type Severity } from "../types.ts";
import pkg from "../../package.json" with { type: "json" };
import type { CliIo } from "./io.ts";
import { MSG } from "./messages.ts";
import { createProgress } from "./progress-bar.ts";
import { oneOf, parseCommandArgs } from "./main.ts";

const TARGETS = [...BUILD_TARGETS, "all"] as const;

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
  const signing = values["signing-key"] === undefined ? undefined : cliSigningOptions(io.cwd, values);
  if (signing && target !== "opa" && target !== "all") throw new KubewardError("usage", "--signing-key signs OPA bundles: use it with --target opa (or all)");
  const root = packageRoot();
  const policiesDir = path.resolve(io.cwd, values.policies ?? path.join(root, "policies"));
  const outDir = path.resolve(io.cwd, values.out ?? path.join(root, "dist"));
  // The wasm target without --bundle is the library alone (what scan and serve load from dist/).
  const targets: readonly BuildTarget[] = target === "all" ? ALL_TARGETS : target === "wasm" ? (values.bundle ? ["wasm"] : []) : [target];

  const started = Date.now();
  // On a terminal, a bar over the steps; it is erased before each line the command prints, so the
  // printed output is the same either way.
  const progress = createProgress(io);
  const print = (line: string) => {
    progress.finish();
    io.stdout.write(line);
  };
  const events = buildTargets({
    policiesDir, outDir, targets, failOn, signing, version: pkg.version, cwd: io.cwd,
    bundle: values.bundle ?? "recommended",
    force: values.force === true,
    libraryBundles: listBundleNames(),
  });
  try {
    for await (const e of events) {
      if (e.type === "step") progress.update(e.index, e.total, e.label);
      else if (e.type === "library") {
        print(
          `library: ${e.rules} rules ${e.cached ? "unchanged (cache hit)" : `compiled in ${Date.now() - started} ms`}` +
            ` → ${rel(io.cwd, e.wasmFile)} (${(e.wasmBytes / 1024).toFixed(0)} KiB)\n`,
        );
      } else if (e.type === "library-bundle") print(`bundle ${e.bundle.name}: ${e.bundle.rules.length} rules\n`);
      else if (e.type === "artefact") print(artefactLine(io.cwd, e.artefact));
    }
  } finally {
    progress.finish();
  }
  return 0;
}

/** The line (or lines) `kubeward build` has always printed for an artefact. */
function artefactLine(cwd: string, a: BuildArtefact): string {
  const d = a.details;
  const at = rel(cwd, a.path);
  if (d.target === "wasm") return `wasm artefact for bundle ${a.bundle} → ${at}/ (scan it with --library ${at} --bundle ${a.bundle})\n`;
  if (d.target === "opa") {
    return `opa bundle ${a.bundle}: ${a.rules} rules, revision ${a.revision}${d.signed ? `, signed ${d.signed.alg} (keyid ${d.signed.keyId})` : ""}` +
      ` → ${at} (serve it with: opa run --server --bundle ${at})\n`;
  }
  if (d.target === "conftest") return `conftest policies ${a.bundle}: ${a.files.length} files → ${at}/ (run: conftest test --policy ${at} --data ${rel(cwd, d.dataFile)} MANIFEST...)\n`;
  return MSG.gatekeeperBuilt({ bundle: a.bundle, templates: d.templates, synced: d.synced, cases: d.cases, dir: at, omitted: d.omitted });
}

function cliSigningOptions(cwd: string, values: { "signing-key"?: string; "signing-alg"?: string; "signing-key-id"?: string; "signing-scope"?: string }): SigningOptions {
  const key = readSigningKeyFile(path.resolve(cwd, values["signing-key"]!));
  const alg = oneOf<SigningAlg>("--signing-alg", values["signing-alg"], SIGNING_ALGS, inferSigningAlg(key));
  return signingOptions(key, { alg, keyId: values["signing-key-id"], scope: values["signing-scope"] });
}

function rel(cwd: string, p: string): string {
  const r = path.relative(cwd, p);
  return r.startsWith("..") ? p : r;
}

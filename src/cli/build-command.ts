import fs from "node:fs";
import path from "node:path";
import { buildLibrary } from "../policy/build-library.ts";
import { writeWasmArtefact } from "../policy/build-bundle.ts";
import { listBundleNames, loadBundleSpec, resolveBundle } from "../config/bundle.ts";
import { resolvedBundleFile } from "../library.ts";
import { KubewardError } from "../errors.ts";
import { packageRoot } from "../util/package-root.ts";
import type { CliIo } from "./io.ts";
import { MSG } from "./messages.ts";
import { oneOf, parseCommandArgs } from "./main.ts";

const TARGETS = ["wasm", "opa", "gatekeeper", "conftest", "all"] as const;

export async function runBuild(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    bundle: { type: "string", short: "b" },
    target: { type: "string", short: "t" },
    out: { type: "string" },
    force: { type: "boolean" },
    policies: { type: "string" },
  });
  if (positionals.length > 0) throw new KubewardError("usage", `kubeward build takes no positional arguments (got ${positionals.join(" ")})`);
  const target = oneOf("--target", values.target, TARGETS, "wasm");
  if (target !== "wasm") throw new KubewardError("usage", MSG.targetNotYet(target));
  const root = packageRoot();
  const policiesDir = path.resolve(io.cwd, values.policies ?? path.join(root, "policies"));
  const outDir = path.resolve(io.cwd, values.out ?? path.join(root, "dist"));
  const libraryDir = path.join(outDir, "library");

  const started = Date.now();
  const library = await buildLibrary(policiesDir, libraryDir, { force: values.force === true });
  const wasmSize = fs.statSync(library.wasmFile).size;
  io.stdout.write(
    `library: ${library.catalog.length} rules ${library.cached ? "unchanged (cache hit)" : `compiled in ${Date.now() - started} ms`}` +
      ` → ${rel(io.cwd, library.wasmFile)} (${(wasmSize / 1024).toFixed(0)} KiB)\n`,
  );

  // Resolve every named bundle now, so scan needs neither YAML nor schema work for them.
  fs.mkdirSync(path.join(libraryDir, "bundles"), { recursive: true });
  for (const name of listBundleNames()) {
    const resolved = resolveBundle(loadBundleSpec(name), library.catalog);
    fs.writeFileSync(resolvedBundleFile(libraryDir, name), `${JSON.stringify(resolved, null, 2)}\n`);
    io.stdout.write(`bundle ${name}: ${resolved.rules.length} rules\n`);
  }

  if (values.bundle) {
    const resolved = resolveBundle(loadBundleSpec(values.bundle), library.catalog);
    const artefact = writeWasmArtefact(outDir, resolved, library.catalog, library.wasmFile, library.hash);
    const dir = rel(io.cwd, artefact.dir);
    io.stdout.write(`wasm artefact for bundle ${resolved.name} → ${dir}/ (scan it with --library ${dir} --bundle ${resolved.name})\n`);
  }
  return 0;
}

function rel(cwd: string, p: string): string {
  const r = path.relative(cwd, p);
  return r.startsWith("..") ? p : r;
}

#!/usr/bin/env node
// `npm run build`: bundles the CLI into one ESM file (fast start-up) and prebuilds the policy
// library (content-hash cached), so `kubeward scan` needs no opa at run time.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

await build({
  // admission-worker: the evaluation thread of `kubeward serve` (src/server/worker-evaluator.ts).
  entryPoints: { kubeward: path.join(root, "src", "cli", "entry.ts"), index: path.join(root, "src", "index.ts"), "admission-worker": path.join(root, "src", "server", "evaluation-worker.ts") },
  outdir: path.join(root, "dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // opa-wasm stays a real package: the engine swaps one of its builtins by module identity.
  // react-devtools-core is only loaded by Ink when DEV=true; it is not a dependency.
  external: ["@open-policy-agent/opa-wasm", "react-devtools-core"],
  // Code splitting puts Ink and React in their own chunk, loaded only by `kubeward ui`.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  // Bundled CommonJS dependencies (ajv) call require() for Node builtins.
  banner: { js: "import { createRequire as __kwCreateRequire } from 'node:module'; const require = __kwCreateRequire(import.meta.url);" },
  jsx: "automatic",
  sourcemap: "linked",
  minifyWhitespace: false,
  logLevel: "warning",
});

const r = spawnSync(process.execPath, [path.join(root, "bin", "kubeward.js"), "build", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(r.status ?? 1);

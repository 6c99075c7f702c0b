#!/usr/bin/env node
// Writes policies/capabilities.json: the builtins a kubeward policy may use, so that
// `opa check`/`opa build --capabilities policies/capabilities.json` reject a rule that calls a
// builtin the in-process engine cannot run (http.send, time.now_ns, ...).
//
//   node scripts/gen-capabilities.mjs          # regenerate
//   node scripts/gen-capabilities.mjs --check  # exit 1 if the committed file is stale
//
// Sources:
// - node_modules/@open-policy-agent/opa-wasm/capabilities.json: what the wasm module implements
//   natively plus what the opa-wasm JS SDK implements;
// - `opa capabilities --current` (the pinned opa): the declarations of the extra builtins that
//   src/engine implements in TypeScript (ENGINE_BUILTINS below), and the language features
//   (future_keywords, features) without which Rego v1 does not parse. wasm_abi_versions comes
//   from opa-wasm when the opa binary reports none (opa built without a wasm runtime does not).
// Node builtins only, deterministic output (sorted, 2-space JSON, trailing newline).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Builtins the TypeScript engine implements on top of opa-wasm, with OPA's semantics. sprintf is
// already in the opa-wasm list (the engine replaces its implementation, not its declaration).
const ENGINE_BUILTINS = ["sprintf"];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "policies", "capabilities.json");
const wasmCaps = JSON.parse(
  fs.readFileSync(path.join(root, "node_modules", "@open-policy-agent", "opa-wasm", "capabilities.json"), "utf8"),
);

function opaBinary() {
  if (process.env.KUBEWARD_OPA) return process.env.KUBEWARD_OPA;
  const local = path.join(root, ".tools", "bin", process.platform === "win32" ? "opa.exe" : "opa");
  return fs.existsSync(local) ? local : "opa";
}

const r = spawnSync(opaBinary(), ["capabilities", "--current"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
if (r.error || r.status !== 0) {
  console.error(`gen-capabilities: \`opa capabilities --current\` failed: ${r.error?.message ?? r.stderr}`);
  process.exit(2);
}
const current = JSON.parse(r.stdout);
const currentByName = new Map(current.builtins.map((b) => [b.name, b]));

const builtins = new Map(wasmCaps.builtins.map((b) => [b.name, b]));
for (const name of ENGINE_BUILTINS) {
  if (builtins.has(name)) continue;
  const decl = currentByName.get(name);
  if (!decl) {
    console.error(`gen-capabilities: opa does not know the builtin ${JSON.stringify(name)}`);
    process.exit(2);
  }
  builtins.set(name, decl);
}

// Sort object keys recursively so the file only changes when its content does.
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
  }
  return value;
}

const caps = {
  builtins: [...builtins.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  future_keywords: [...(current.future_keywords ?? [])].sort(),
  features: [...(current.features ?? [])].sort(),
  wasm_abi_versions: current.wasm_abi_versions ?? wasmCaps.wasm_abi_versions ?? [],
};
const text = `${JSON.stringify(sortKeys(caps), null, 2)}\n`;

if (process.argv.includes("--check")) {
  const have = fs.existsSync(out) ? fs.readFileSync(out, "utf8") : "";
  if (have !== text) {
    console.error("gen-capabilities: policies/capabilities.json is stale; run `node scripts/gen-capabilities.mjs`");
    process.exit(1);
  }
  process.exit(0);
}
fs.writeFileSync(out, text);
console.log(`gen-capabilities: wrote ${path.relative(root, out)} (${caps.builtins.length} builtins)`);

// Compiles one Gatekeeper ConstraintTemplate's Rego (the template module and its libs) to
// WebAssembly with the pinned opa: v0 Rego with --v0-compatible, entrypoint <package>/violation, and
// the capabilities of this opa plus Gatekeeper's `external_data` (the host answers it). A content
// hash over the sources, the Rego version and the opa version makes an unchanged template a cache
// hit: no opa run at all.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import toolsManifest from "../../scripts/tools.json" with { type: "json" };
import { KubewardError } from "../errors.ts";
import type { ConstraintTemplate } from "../parse/gatekeeper-objects.ts";
import { readTarGz } from "../engine/tar.ts";
import { runOpa } from "./opa.ts";

export interface CompiledTemplate {
  wasm: Buffer;
  entrypoint: string;
  cached: boolean;
}

const OPA_VERSION = toolsManifest.tools.find((t) => t.name === "opa")?.version ?? "";

/** Gatekeeper's external data builtin, declared so opa compiles templates that call it. */
const EXTERNAL_DATA_DECL = {
  name: "external_data",
  decl: { type: "function", args: [{ type: "object", dynamic: { key: { type: "any" }, value: { type: "any" } } }], result: { type: "any" } },
};

export function templateEntrypoint(template: Pick<ConstraintTemplate, "package">): string {
  return `${template.package.replace(/\./g, "/")}/violation`;
}

export function hashTemplate(template: ConstraintTemplate): string {
  const h = createHash("sha256");
  h.update(`opa ${OPA_VERSION}\nrego ${template.regoVersion}\nentrypoint ${templateEntrypoint(template)}\nexternal_data 1\n`);
  for (const m of template.modules) h.update(`${m.name}\0${m.text}\0`);
  return h.digest("hex");
}

export async function compileTemplate(template: ConstraintTemplate, cacheDir: string): Promise<CompiledTemplate> {
  const hash = hashTemplate(template);
  const entrypoint = templateEntrypoint(template);
  const cached = path.join(cacheDir, `${hash}.wasm`);
  if (fs.existsSync(cached)) return { wasm: fs.readFileSync(cached), entrypoint, cached: true };
  fs.mkdirSync(cacheDir, { recursive: true });
  const capabilities = await capabilitiesFile(cacheDir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-template-"));
  try {
    const src = path.join(tmp, "src");
    fs.mkdirSync(src);
    for (const m of template.modules) fs.writeFileSync(path.join(src, m.name), m.text);
    const out = path.join(tmp, "bundle.tar.gz");
    const args = ["build", "-t", "wasm", "-e", entrypoint, "--capabilities", capabilities, ...(template.regoVersion === "v0" ? ["--v0-compatible"] : []), "-o", out, src];
    const r = await runOpa(args, { allowFailure: true });
    if (r.status !== 0) throw buildError(template, (r.stderr || r.stdout).trim(), src);
    const wasm = readTarGz(fs.readFileSync(out)).find((e) => e.path.replace(/^\/+/, "") === "policy.wasm")?.data;
    if (!wasm) throw new KubewardError("policy-build", `ConstraintTemplate ${template.name}: opa build wrote no policy.wasm`, { file: template.file, line: template.line });
    // Written under a temporary name and renamed: a concurrent run never reads half a module.
    const partial = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(partial, wasm);
    fs.renameSync(partial, cached);
    return { wasm, entrypoint, cached: false };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * opa's error names `<tmp>/src/template.rego:LINE`; the user needs the template file and the line
 * inside it, so the module's position in the template is added.
 */
function buildError(template: ConstraintTemplate, detail: string, src: string): KubewardError {
  let firstLine: number | undefined;
  const text = detail.split(src + path.sep).join("").replace(/\b((?:template|lib-\d+)\.rego):(\d+)/g, (_all, name: string, line: string) => {
    const module = template.modules.find((m) => m.name === name);
    if (!module) return `${name}:${line}`;
    const at = module.line + Number(line) - 1;
    firstLine ??= at;
    return `${template.file}:${at}`;
  });
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  return new KubewardError("policy-build", `ConstraintTemplate ${template.name}: the Rego does not compile:\n${lines.map((l) => `  ${l.trim()}`).join("\n")}`, { file: template.file, line: firstLine ?? template.line, detail });
}

const capabilities = new Map<string, Promise<string>>();

/** This opa's own capabilities plus external_data, written once per cache folder. */
function capabilitiesFile(cacheDir: string): Promise<string> {
  const known = capabilities.get(cacheDir);
  if (known) return known;
  const p = (async () => {
    const file = path.join(cacheDir, `capabilities-${OPA_VERSION}.json`);
    if (fs.existsSync(file)) return file;
    const r = await runOpa(["capabilities", "--current"]);
    const caps = JSON.parse(r.stdout) as { builtins: { name: string }[] };
    caps.builtins = [...caps.builtins.filter((b) => b.name !== "external_data"), EXTERNAL_DATA_DECL as { name: string }];
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, JSON.stringify(caps));
    fs.renameSync(partial, file);
    return file;
  })();
  capabilities.set(cacheDir, p);
  p.catch(() => capabilities.delete(cacheDir));
  return p;
}

// Gatekeeper's `external_data` builtin, answered from a file instead of a provider service, so
// templates that call providers run offline. The answer has the shape Gatekeeper's builtin returns:
//   {"responses": [[key, value], ...], "errors": [[key, message], ...], "status_code": 200, "system_error": ""}
import type { BuiltinImpl } from "./wasm-engine.ts";

/** provider → key → {value} or {error}: the --external-data FILE (docs/gatekeeper.md). */
export type ExternalDataAnswers = Record<string, Record<string, { value?: unknown; error?: string }>>;

export const NO_EXTERNAL_DATA = "no external data was given: kubeward answers external_data from --external-data FILE";

export function externalDataBuiltin(answers: ExternalDataAnswers | undefined): Record<string, BuiltinImpl> {
  return {
    external_data: (request: unknown) => {
      const req = (request ?? {}) as { provider?: unknown; keys?: unknown };
      const provider = typeof req.provider === "string" ? req.provider : "";
      const keys = Array.isArray(req.keys) ? req.keys : [];
      const reply = (systemError: string, status: number, responses: unknown[][] = [], errors: unknown[][] = []) => ({ responses, errors, status_code: status, system_error: systemError });
      if (answers === undefined) return reply(NO_EXTERNAL_DATA, 0);
      const table = answers[provider];
      if (table === undefined) return reply(`provider ${JSON.stringify(provider)} is not in the external data file`, 0);
      const responses: unknown[][] = [];
      const errors: unknown[][] = [];
      for (const key of keys) {
        const entry = table[String(key)];
        if (entry === undefined) errors.push([key, `key ${JSON.stringify(key)} is not in the external data file for provider ${provider}`]);
        else if (typeof entry.error === "string") errors.push([key, entry.error]);
        else responses.push([key, entry.value]);
      }
      return reply("", 200, responses, errors);
    },
  };
}

/** Checks the file's shape; returns a message naming what is wrong, or the answers. */
export function readExternalDataAnswers(value: unknown): ExternalDataAnswers | string {
  if (!value || typeof value !== "object" || Array.isArray(value)) return "must be a JSON object: provider → key → {\"value\": ...} or {\"error\": \"...\"}";
  for (const [provider, table] of Object.entries(value)) {
    if (!table || typeof table !== "object" || Array.isArray(table)) return `provider ${JSON.stringify(provider)}: must map keys to {"value": ...} or {"error": "..."}`;
    for (const [key, entry] of Object.entries(table as Record<string, unknown>)) {
      const e = entry as { value?: unknown; error?: unknown } | null;
      if (!e || typeof e !== "object" || Array.isArray(e) || (!("value" in e) && typeof e.error !== "string")) return `provider ${JSON.stringify(provider)}, key ${JSON.stringify(key)}: must be {"value": ...} or {"error": "..."}`;
    }
  }
  return value as ExternalDataAnswers;
}

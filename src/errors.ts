// Every thrown thing in kubeward is a KubewardError with a code from this union, wrapped where it
// enters (opa-wasm throws strings; the opa binary's failures carry stderr; ajv keeps its path).

export type ErrorCode =
  | "usage"
  | "config"
  | "io"
  | "parse"
  | "schema"
  | "bundle"
  | "policy-build"
  | "policy-test"
  | "policy-inspect"
  | "engine"
  | "tool-missing"
  | "cluster"
  | "internal";

export class KubewardError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly detail?: string;

  constructor(code: ErrorCode, message: string, opts: { file?: string; line?: number; detail?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "KubewardError";
    this.code = code;
    this.file = opts.file;
    this.line = opts.line;
    this.detail = opts.detail;
  }
}

/** Turns anything thrown (strings from opa-wasm, plain objects, Errors) into a KubewardError. */
export function toKubewardError(thrown: unknown, code: ErrorCode, context: string): KubewardError {
  if (thrown instanceof KubewardError) return thrown;
  let text: string;
  if (typeof thrown === "string") text = thrown;
  else if (thrown instanceof Error) text = thrown.message;
  else if (thrown && typeof thrown === "object" && "message" in thrown) text = String((thrown as { message: unknown }).message);
  else text = String(thrown);
  return new KubewardError(code, `${context}: ${text}`, { cause: thrown });
}

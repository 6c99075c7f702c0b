// Starts the real, pinned `opa run --server` on loopback for a test, bounded: a free port, a readiness
// wait, a hard timeout that kills it, and stop() for the end of the suite.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { resolveTool } from "../../src/policy/tools.ts";

export interface OpaServer {
  url: string;
  /** Everything opa wrote to stderr/stdout so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Runs `opa run --server --addr 127.0.0.1:<port> ...args` and waits until /health says the bundles
 * are activated. Rejects with opa's output if it exits first or is not ready in `readyMs`.
 */
export async function startOpa(args: string[], opts: { readyMs?: number; hardTimeoutMs?: number } = {}): Promise<OpaServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(resolveTool("opa"), ["run", "--server", "--addr", `127.0.0.1:${port}`, "--log-level", "error", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (b: Buffer) => (output += b.toString("utf8")));
  child.stderr!.on("data", (b: Buffer) => (output += b.toString("utf8")));
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => child.once("exit", (code) => ((exited = code), resolve())));
  const hard = setTimeout(() => child.kill("SIGKILL"), opts.hardTimeoutMs ?? 180_000);
  hard.unref();
  const stop = async () => {
    clearTimeout(hard);
    if (exited === undefined) {
      child.kill("SIGTERM");
      await exit;
    }
  };
  const deadline = Date.now() + (opts.readyMs ?? 30_000);
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`opa exited (${exited}) before it was ready:\n${output}`);
    try {
      const r = await fetch(`${url}/health?bundles=true`);
      if (r.status === 200) return { url, log: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`opa was not ready within ${opts.readyMs ?? 30_000} ms:\n${output}`);
}

/** Runs opa until it exits or `ms` pass (then kills it): for runs expected to fail at load. */
export function runOpaUntilExit(args: string[], ms = 30_000): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(resolveTool("opa"), args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (b: Buffer) => (output += b.toString("utf8")));
    child.stderr.on("data", (b: Buffer) => (output += b.toString("utf8")));
    let timedOut = false;
    const t = setTimeout(() => ((timedOut = true), child.kill("SIGKILL")), ms);
    child.once("exit", (code) => {
      clearTimeout(t);
      resolve({ code, output, timedOut });
    });
  });
}

export async function postJson(url: string, body: unknown, method = "POST"): Promise<{ status: number; json: Record<string, unknown> }> {
  let r: Response;
  try {
    r = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
  } catch (err) {
    // fetch's own message ("fetch failed") hides the reason; the cause says refused, reset or timed out.
    const cause = (err as { cause?: unknown }).cause;
    throw new Error(`${method} ${url}: ${(err as Error).message}${cause ? ` (${String((cause as Error).message ?? cause)})` : ""} — was opa killed by its hard timeout?`);
  }
  const text = await r.text();
  return { status: r.status, json: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

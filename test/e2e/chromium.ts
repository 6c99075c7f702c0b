// A minimal Chrome DevTools Protocol client for tests, over --remote-debugging-pipe: Chromium reads
// commands on fd 3 and writes replies and events on fd 4, each a JSON message ended by a NUL byte.
// No WebSocket and no npm package are needed. Every wait is bounded.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Readable, Writable } from "node:stream";

export interface CdpEvent { method: string; params: Record<string, unknown>; sessionId?: string }

/** Chromium's path: $KUBEWARD_CHROMIUM, else the first of the usual names on PATH; undefined if none runs. */
export function findChromium(): string | undefined {
  const candidates = [process.env.KUBEWARD_CHROMIUM, "chromium", "chromium-browser", "google-chrome"].filter((c): c is string => !!c);
  for (const c of candidates) {
    const r = spawnSync(c, ["--version"], { encoding: "utf8", timeout: 30_000 });
    if (r.status === 0 && /chrom/i.test(r.stdout)) return c;
  }
  return undefined;
}

export class Chromium {
  readonly events: CdpEvent[] = [];
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void; method: string }>();
  private waiters: { match: (e: CdpEvent) => boolean; resolve: (e: CdpEvent) => void }[] = [];
  private buffer = "";
  private stderr = "";

  private constructor(private readonly proc: ChildProcess, private readonly profile: string) {
    const out = proc.stdio[4] as Readable;
    out.setEncoding("utf8");
    out.on("data", (chunk: string) => this.onData(chunk));
    proc.stderr?.setEncoding("utf8");
    proc.stderr?.on("data", (s: string) => { this.stderr = (this.stderr + s).slice(-4000); });
    proc.on("exit", () => {
      for (const p of this.pending.values()) p.reject(new Error(`chromium exited while waiting for ${p.method}:\n${this.stderr}`));
      this.pending.clear();
    });
  }

  static launch(executable: string): Chromium {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kw-chromium-"));
    const proc = spawn(executable, [
      "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", `--user-data-dir=${profile}`,
      "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--mute-audio", "--hide-scrollbars",
      // The page must need no network; make sure none is there to hide a mistake.
      "--host-resolver-rules=MAP * ~NOTFOUND", "about:blank",
    ], { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] });
    return new Chromium(proc, profile);
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf("\0")) >= 0) {
      const msg = JSON.parse(this.buffer.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
      this.buffer = this.buffer.slice(end + 1);
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(`${p.method}: ${msg.error.message}`));
        else p?.resolve(msg.result ?? {});
      } else if (msg.method) {
        const e: CdpEvent = { method: msg.method, params: msg.params ?? {}, ...(msg.sessionId ? { sessionId: msg.sessionId } : {}) };
        this.events.push(e);
        this.waiters = this.waiters.filter((w) => (w.match(e) ? (w.resolve(e), false) : true));
      }
    }
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string, timeoutMs = 60_000): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    (this.proc.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer from chromium within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (v) => { clearTimeout(timer); resolve(v); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
    });
  }

  waitFor(match: (e: CdpEvent) => boolean, what: string, timeoutMs = 60_000): Promise<CdpEvent> {
    const seen = this.events.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ match, resolve: (e) => { clearTimeout(timer); resolve(e); } });
    });
  }

  /** A fresh page target attached in flat mode; returns its session id. */
  async newPage(): Promise<string> {
    const { targetId } = await this.send("Target.createTarget", { url: "about:blank" });
    const { sessionId } = await this.send("Target.attachToTarget", { targetId, flatten: true });
    return sessionId as string;
  }

  /** Evaluates an expression in the page and returns its value (JSON-serialisable results only). */
  async evaluate<T>(sessionId: string, expression: string): Promise<T> {
    const r = await this.send("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true }, sessionId);
    if (r.exceptionDetails) throw new Error(`page threw evaluating ${expression}: ${JSON.stringify(r.exceptionDetails)}`);
    return (r.result as { value: T }).value;
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) resolve();
      else this.proc.once("exit", () => resolve());
    });
    await this.send("Browser.close", {}, undefined, 10_000).catch(() => this.proc.kill("SIGKILL"));
    const timer = setTimeout(() => this.proc.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    fs.rmSync(this.profile, { recursive: true, force: true });
  }
}

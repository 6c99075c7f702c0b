// `kubeward serve` as a child process for the server tests: started from the built CLI, ready when
// it logs `listening` (the port it bound), with every log line kept for failure messages.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface ServeProcess { child: ChildProcess; port: number; logs: string[]; exited: Promise<number | null> }

/** Starts `kubeward serve ARGS`; rejects with the logs when it exits or is not listening within 15 s. */
export async function spawnServe(args: string[], env: Record<string, string> = {}, logs: string[] = []): Promise<ServeProcess> {
  const child = spawn(process.execPath, [path.resolve("bin", "kubeward.js"), "serve", ...args], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start in 15 s:\n${logs.join("\n")}`)), 15_000);
    let buf = "";
    child.stderr!.on("data", (b: Buffer) => {
      buf += b.toString("utf8");
      let nl;
      while ((nl = buf.indexOf("\n")) !== -1) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        logs.push(line);
        const entry = JSON.parse(line) as { msg: string; port?: number };
        if (entry.msg === "listening") {
          clearTimeout(timer);
          resolve(entry.port as number);
        }
      }
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}:\n${logs.join("\n")}`)));
  });
  return { child, port, logs, exited };
}

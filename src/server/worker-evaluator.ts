// Evaluates in a worker thread (evaluation-worker.ts): the HTTP thread reads bodies and writes
// answers while the worker runs the policy, so on two cores TLS/HTTP and evaluation overlap
// instead of queueing behind each other. If the worker dies, its pending requests are answered as
// internal errors (per --failure-policy) and the next request starts a new one.
import { Worker } from "node:worker_threads";
import { KubewardError } from "../errors.ts";
import type { AdmissionOptions } from "./admission.ts";
import { failedEvaluation, type EvaluationOutcome, type Evaluator } from "./evaluation.ts";
import type { KubeObject } from "../types.ts";

export interface WorkerInit {
  bundle: string;
  libraryDir?: string;
  admission: Omit<AdmissionOptions, "exemptNamespaces" | "exemptUsers"> & { exemptNamespaces: string[]; exemptUsers: string[] };
}
type Ask = { type: "review"; text: string } | { type: "reload" } | { type: "inventory"; objects: readonly KubeObject[] };
export type WorkerRequest = Ask & { id: number };
export type WorkerReply =
  | { type: "ready"; bundle: string; revision: string }
  | { type: "failed"; message: string }
  | { type: "outcome"; id: number; outcome: EvaluationOutcome }
  | { type: "reloaded"; id: number; bundle: string; revision: string }
  | { type: "reload-failed"; id: number; message: string }
  | { type: "inventory-set"; id: number };

interface Running {
  worker: Worker;
  pending: Map<number, { resolve: (m: WorkerReply) => void; reject: (e: Error) => void }>;
}

export async function startWorkerEvaluator(workerFile: string, spec: { bundle: string; libraryDir?: string }, opts: AdmissionOptions): Promise<Evaluator> {
  const init: WorkerInit = { ...spec, admission: { ...opts, exemptNamespaces: [...opts.exemptNamespaces], exemptUsers: [...opts.exemptUsers] } };
  let bundle = "";
  let revision = "";
  let nextId = 1;
  let closing = false;
  // The latest inventory: a new thread (after the old one died) gets it before its first review.
  let inventory: readonly KubeObject[] | undefined;

  let current: Promise<Running> | undefined;
  const start = (): Promise<Running> => {
    const started: Promise<Running> = new Promise((resolve, reject) => {
      const worker = new Worker(workerFile, { workerData: init });
      const running: Running = { worker, pending: new Map() };
      let ready = false;
      worker.on("message", (m: WorkerReply) => {
        if (m.type === "ready") {
          ready = true;
          bundle = m.bundle;
          revision = m.revision;
          // Messages are handled in order, so this lands before any review sent after resolve().
          if (inventory) worker.postMessage({ type: "inventory", objects: inventory, id: 0 } satisfies WorkerRequest);
          resolve(running);
        } else if (m.type === "failed") {
          void worker.terminate();
          reject(new KubewardError("engine", m.message));
        } else {
          const p = running.pending.get(m.id);
          running.pending.delete(m.id);
          p?.resolve(m);
        }
      });
      const die = (reason: string) => {
        if (current === started) current = undefined; // the next request starts a new worker
        for (const p of running.pending.values()) p.reject(new Error(reason));
        running.pending.clear();
        if (!ready) reject(new KubewardError("engine", reason));
      };
      worker.on("error", (e) => die(`the evaluation thread failed: ${e.message}`));
      worker.on("exit", (code) => die(`the evaluation thread exited (${code})`));
    });
    return started;
  };

  // A policy that does not load at start-up is the caller's error, as with the inline evaluator.
  current = start();
  await current;

  const ask = async (request: Ask): Promise<WorkerReply> => {
    current ??= start();
    const running = await current;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      running.pending.set(id, { resolve, reject });
      const message: WorkerRequest = { ...request, id };
      running.worker.postMessage(message);
    });
  };

  return {
    get bundle() {
      return bundle;
    },
    get revision() {
      return revision;
    },
    async review(text) {
      try {
        const reply = await ask({ type: "review", text });
        if (reply.type === "outcome") return reply.outcome;
        throw new Error(`unexpected reply ${reply.type}`);
      } catch (e) {
        return failedEvaluation(text, (e as Error).message, opts);
      }
    },
    async reload() {
      const reply = await ask({ type: "reload" });
      if (reply.type === "reload-failed") throw new KubewardError("engine", reply.message);
      if (reply.type === "reloaded") {
        bundle = reply.bundle;
        revision = reply.revision;
      }
    },
    async setInventory(objects) {
      inventory = objects;
      await ask({ type: "inventory", objects });
    },
    async close() {
      if (closing) return;
      closing = true;
      const running = await current?.catch(() => undefined);
      await running?.worker.terminate();
    },
  };
}

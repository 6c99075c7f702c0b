// The evaluation thread of `kubeward serve` (bundled as dist/admission-worker.mjs): holds the
// policy, answers request bodies, reloads on request. Messages are handled in order; a reload
// loads the new policy while reviews keep being answered by the old one, then swaps the reference,
// so each review is evaluated wholly by one policy.
import { parentPort, workerData } from "node:worker_threads";
import { evaluateBody } from "./evaluation.ts";
import { loadPolicyState, type PolicyState } from "./policy-state.ts";
import type { WorkerInit, WorkerReply, WorkerRequest } from "./worker-evaluator.ts";
import type { KubeObject } from "../types.ts";

const init = workerData as WorkerInit;
const opts = { ...init.admission, exemptNamespaces: new Set(init.admission.exemptNamespaces), exemptUsers: new Set(init.admission.exemptUsers) };
const port = parentPort!;
const load = () => loadPolicyState({ bundle: init.bundle, libraryDir: init.libraryDir });
const post = (m: WorkerReply) => port.postMessage(m);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

let policy: PolicyState | undefined;
// The latest inventory (serve --inventory-from-cluster), given to reloaded policies too.
let inventory: readonly KubeObject[] | undefined;
try {
  policy = await load();
  post({ type: "ready", bundle: policy.bundle, revision: policy.revision });
} catch (e) {
  post({ type: "failed", message: message(e) });
}

port.on("message", (m: WorkerRequest) => {
  if (m.type === "review") {
    post({ type: "outcome", id: m.id, outcome: evaluateBody(m.text, policy!, opts) });
  } else if (m.type === "inventory") {
    inventory = m.objects;
    policy?.setInventory?.(m.objects);
    post({ type: "inventory-set", id: m.id });
  } else {
    load().then(
      (next) => {
        if (inventory) next.setInventory?.(inventory);
        policy = next;
        post({ type: "reloaded", id: m.id, bundle: next.bundle, revision: next.revision });
      },
      (e: unknown) => post({ type: "reload-failed", id: m.id, message: message(e) }),
    );
  }
});

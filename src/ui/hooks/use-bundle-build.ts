// One hook per stream: a bundle build's progress events and its artefact.
import { useCallback, useState } from "react";
import type { BuildEvent, BundleArtefact, BuildStep } from "../../policy/build-bundle.ts";
import type { BundleChoice, UiServices } from "../services.ts";

export interface BuildState {
  status: "idle" | "building" | "done" | "error";
  bundle?: string;
  step?: BuildStep;
  stepIndex: number;
  stepTotal: number;
  log: string[];
  artefact?: BundleArtefact;
  error?: string;
  elapsedMs?: number;
}

const idle: BuildState = { status: "idle", stepIndex: 0, stepTotal: 3, log: [] };

export function describeBuildEvent(e: BuildEvent): string | undefined {
  if (e.type === "library") return `library: ${e.rules} rules, ${e.cached ? "unchanged (cache hit)" : "compiled"}, policy.wasm ${(e.wasmBytes / 1024).toFixed(0)} KiB`;
  if (e.type === "resolved") return `bundle ${e.bundle.name}: ${e.bundle.rules.length} rules resolved, parameters validated`;
  return undefined;
}

export function useBundleBuild(services: Pick<UiServices, "buildBundle" | "now">) {
  const [state, setState] = useState<BuildState>(idle);
  const build = useCallback((choice: BundleChoice) => {
    const started = services.now();
    setState({ ...idle, status: "building", bundle: "bundle" in choice ? choice.bundle : "custom" });
    void (async () => {
      try {
        for await (const e of services.buildBundle(choice)) {
          setState((s) => {
            const line = describeBuildEvent(e);
            const next = { ...s, log: line ? [...s.log, line] : s.log };
            if (e.type === "step") return { ...next, step: e.step, stepIndex: e.index, stepTotal: e.total };
            if (e.type === "artefact") return { ...next, status: "done", artefact: e.artefact, stepIndex: s.stepTotal, elapsedMs: services.now() - started };
            return next;
          });
        }
      } catch (e) {
        setState((s) => ({ ...s, status: "error", error: e instanceof Error ? e.message : String(e) }));
      }
    })();
  }, [services]);
  return { state, build };
}

// One hook per stream: a build's progress events (every step of every target) and its artefacts.
import { useCallback, useState } from "react";
import type { BuildArtefact, BuildEvent, BuildOptions, BundleChoice, UiServices } from "../services.ts";

export interface BuildState {
  status: "idle" | "building" | "done" | "error";
  bundle?: string;
  targets: string[];
  /** The step being worked on, as the build labels it ("writing the OPA bundle"). */
  step?: string;
  stepIndex: number;
  stepTotal: number;
  log: string[];
  /** One per target, in the order written. */
  artefacts: BuildArtefact[];
  error?: string;
  elapsedMs?: number;
}

export const IDLE_BUILD: BuildState = { status: "idle", targets: [], stepIndex: 0, stepTotal: 1, log: [], artefacts: [] };

export function describeBuildEvent(e: BuildEvent): string | undefined {
  if (e.type === "library") return `library: ${e.rules} rules, ${e.cached ? "unchanged (cache hit)" : "compiled"}, policy.wasm ${(e.wasmBytes / 1024).toFixed(0)} KiB`;
  if (e.type === "resolved") return `bundle ${e.bundle.name}: ${e.bundle.rules.length} rules resolved, parameters validated`;
  return undefined;
}

export function useBundleBuild(services: Pick<UiServices, "buildBundle" | "now">) {
  const [state, setState] = useState<BuildState>(IDLE_BUILD);
  const build = useCallback((choice: BundleChoice, opts: BuildOptions) => {
    const started = services.now();
    setState({ ...IDLE_BUILD, status: "building", bundle: "bundle" in choice ? choice.bundle : "custom", targets: [...opts.targets] });
    void (async () => {
      try {
        for await (const e of services.buildBundle(choice, opts)) {
          setState((s) => {
            const line = describeBuildEvent(e);
            const next = { ...s, log: line ? [...s.log, line] : s.log };
            if (e.type === "step") return { ...next, step: e.label, stepIndex: e.index, stepTotal: e.total };
            if (e.type === "artefact") return { ...next, artefacts: [...s.artefacts, e.artefact] };
            return next;
          });
        }
        setState((s) => ({ ...s, status: "done", stepIndex: s.stepTotal, step: undefined, elapsedMs: services.now() - started }));
      } catch (e) {
        setState((s) => ({ ...s, status: "error", error: e instanceof Error ? e.message : String(e) }));
      }
    })();
  }, [services]);
  return { state, build };
}

// One hook per stream: the library's test events, folded into the Tests view's tree.
import { useCallback, useEffect, useRef, useState } from "react";
import type { UiServices } from "../services.ts";
import { applyTestEvent, emptyTree, failTree, startRun, type TestTreeState } from "../model/test-tree.ts";

export function useTestStream(services: Pick<UiServices, "streamTests">, opts: { autoStart?: boolean } = {}) {
  const [state, setState] = useState<TestTreeState>(emptyTree);
  const generation = useRef(0);
  const run = useCallback((rules: string[] | "all" = "all", examplesOnly = false) => {
    const mine = ++generation.current;
    setState((s) => startRun(s, rules, examplesOnly));
    void (async () => {
      try {
        for await (const event of services.streamTests({ rules: rules === "all" ? undefined : rules, examplesOnly })) {
          if (mine !== generation.current) return; // a newer run replaced this one
          setState((s) => applyTestEvent(s, event));
        }
      } catch (e) {
        if (mine === generation.current) setState((s) => failTree(s, e instanceof Error ? e.message : String(e)));
      }
    })();
  }, [services]);
  useEffect(() => {
    if (opts.autoStart !== false) run("all");
    return () => {
      generation.current++;
    };
  }, [run, opts.autoStart]);
  return { state, run };
}

// One hook per stream: the library's test events, folded into the Tests view's tree.
import { useCallback, useEffect, useRef, useState } from "react";
import type { UiServices } from "../services.ts";
import { applyTestEvent, emptyTree, failTree, startRun, type TestTreeState } from "../model/test-tree.ts";

/** What one run covers; a run that replaces an unfinished one takes over its scope too. */
export interface RunScope { rules: string[] | "all"; examplesOnly: boolean; libTests: string[] }

/** Pure: the scope of a run that replaces `pending` (undefined when nothing is in flight). */
export function mergeScopes(pending: RunScope | undefined, next: RunScope): RunScope {
  if (!pending) return next;
  const rules = pending.rules === "all" || next.rules === "all" ? "all" : [...new Set([...pending.rules, ...next.rules])].sort();
  return { rules, examplesOnly: pending.examplesOnly && next.examplesOnly, libTests: [...new Set([...pending.libTests, ...next.libTests])].sort() };
}

export function useTestStream(services: Pick<UiServices, "streamTests">, opts: { autoStart?: boolean } = {}) {
  const [state, setState] = useState<TestTreeState>(emptyTree);
  const generation = useRef(0);
  // The unfinished run's scope: a burst of edits must not drop the rules an earlier edit asked for.
  const inFlight = useRef<RunScope | undefined>(undefined);
  const run = useCallback((rules: string[] | "all" = "all", examplesOnly = false, libTests: string[] = []) => {
    const scope = mergeScopes(inFlight.current, { rules, examplesOnly, libTests });
    // An edit that changed no rule's code (a comment in a lib without tests) has nothing to re-run.
    if (scope.rules !== "all" && scope.rules.length === 0 && scope.libTests.length === 0) return;
    const mine = ++generation.current;
    inFlight.current = scope;
    setState((s) => startRun(s, scope.rules, scope.examplesOnly));
    void (async () => {
      try {
        const narrowed = scope.rules !== "all";
        for await (const event of services.streamTests({ rules: narrowed ? scope.rules as string[] : undefined, examplesOnly: scope.examplesOnly, ...(narrowed && scope.libTests.length > 0 ? { libTests: scope.libTests } : {}) })) {
          if (mine !== generation.current) return; // a newer run replaced this one
          setState((s) => applyTestEvent(s, event));
        }
        if (mine === generation.current) inFlight.current = undefined;
      } catch (e) {
        if (mine === generation.current) {
          inFlight.current = undefined;
          setState((s) => failTree(s, e instanceof Error ? e.message : String(e)));
        }
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

// One hook per stream: `opa test --coverage`, loaded the first time the Coverage view is shown.
import { useEffect, useState } from "react";
import type { Coverage } from "../../policy/opa-test.ts";
import type { UiServices } from "../services.ts";

export type CoverageState = { status: "idle" | "loading" } | { status: "ready"; coverage: Coverage; reused?: boolean } | { status: "error"; message: string };

/**
 * `changes` counts library edits (watch mode): after one, the coverage shown is stale, so it is
 * loaded again the next time the view is wanted.
 */
export function useCoverage(services: Pick<UiServices, "loadCoverage">, wanted: boolean, changes = 0): CoverageState {
  const [state, setState] = useState<CoverageState>({ status: "idle" });
  const [loadedAt, setLoadedAt] = useState(changes);
  useEffect(() => {
    if (changes !== loadedAt && state.status !== "loading") {
      setLoadedAt(changes);
      setState({ status: "idle" });
    }
  }, [changes, loadedAt, state.status]);
  useEffect(() => {
    if (!wanted || state.status !== "idle") return;
    setState({ status: "loading" });
    services.loadCoverage().then(
      ({ coverage, reused }) => setState({ status: "ready", coverage, reused }),
      (e: unknown) => setState({ status: "error", message: e instanceof Error ? e.message : String(e) }),
    );
  }, [wanted, state.status, services]);
  return state;
}

// One hook per stream: library file changes (watch mode) → re-run only the affected rules.
import { useEffect, useRef, useState } from "react";
import type { LibraryChange } from "../../policy/watch-library.ts";
import type { UiServices } from "../services.ts";

export function useLibraryWatch(services: Pick<UiServices, "watch">, onChange: (change: LibraryChange) => void) {
  const [last, setLast] = useState<LibraryChange | undefined>(undefined);
  const [changes, setChanges] = useState(0);
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    if (!services.watch) return undefined;
    return services.watch((change) => {
      setLast(change);
      setChanges((n) => n + 1);
      handler.current(change);
    });
  }, [services]);
  return { watching: services.watch !== undefined, last, changes };
}

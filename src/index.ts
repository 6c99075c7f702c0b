// The programmatic API: returns data, never prints.
export { scan, type ScanOptions, type ScanProgress, type ScanPhase } from "./scan.ts";
export { exitCodeFor } from "./report/exit-code.ts";
export { formatReport, FORMAT_NAMES } from "./formatters/formatters.ts";
export { KubewardError } from "./errors.ts";
export type * from "./types.ts";

export { buildReport, type BuildReportInput } from "./build-report.ts";
export { exitCodeFor, blockingFindings, type FailOn } from "./exit-code.ts";
export { toJsonReport, type JsonReport, type JsonFinding } from "./json-report.ts";
export { compareFindings, compareErrors } from "./order.ts";

// What every report formatter is given besides the report. The CLI decides `color` (TTY, NO_COLOR,
// FORCE_COLOR); formatters never look at the process.
import path from "node:path";

export interface FormatContext {
  color: boolean;
  /** The directory paths are shown relative to. */
  cwd: string;
  /** Text and HTML: list suppressed findings too (--show-suppressed); machine formats always carry them. */
  showSuppressed?: boolean;
  /** When the run happened, from the CLI's clock — formatters never read one (policyreport timestamps, HTML header). */
  now?: Date;
  /** HTML only: what was scanned, as the user named it (paths, a chart, a kustomization, a log). */
  inputs?: string[];
  /** Grafeas only: the project notes and occurrences are filed under (--grafeas-project). */
  grafeasProject?: string;
}

/** A report path as shown to people and CI tools: relative to cwd when it lies inside, `/`-separated. */
export function displayPath(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return file.split(path.sep).join("/");
  const rel = path.relative(cwd, file);
  if (rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel)) return rel.split(path.sep).join("/");
  return file;
}

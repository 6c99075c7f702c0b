import fs from "node:fs";
import path from "node:path";
import type { SourceFile } from "../../../src/types.ts";

// Tests run from a bundle under .kubeward-cache, so fixtures are found from the repository root (cwd).
export const FIXTURES = path.resolve(process.cwd(), "test", "fixtures", "parse");

export function fixture(name: string): SourceFile {
  return { path: `fixtures/${name}`, text: fs.readFileSync(path.join(FIXTURES, name), "utf8") };
}

/** The 1-based line of the first line of `file` that contains `needle` (after `from`). */
export function lineOf(file: SourceFile, needle: string, from = 1): number {
  const lines = file.text.split("\n");
  for (let i = from - 1; i < lines.length; i++) if ((lines[i] as string).includes(needle)) return i + 1;
  throw new Error(`${needle} not in ${file.path}`);
}

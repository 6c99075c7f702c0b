// `opa test --coverage` over the whole library takes tens of seconds; its result depends only on
// the library's files. Kept under the library folder by the library's content hash, so opening the
// UI's Coverage view again on an unchanged library is instant, and any edit (a rule, a test, a lib)
// computes it afresh. Only the UI reuses it: `kubeward test --coverage` always runs the tests.
import fs from "node:fs";
import path from "node:path";
import { hashLibrary } from "./build-library.ts";
import { runOpaCoverage, type Coverage } from "./opa-test.ts";

export interface CoverageResult {
  coverage: Coverage;
  /** Whether it came from an earlier run on the same library content. */
  reused: boolean;
}

export async function libraryCoverage(policiesDir: string, cacheDir: string): Promise<CoverageResult> {
  const hash = hashLibrary(policiesDir, ["coverage"]);
  const file = path.join(cacheDir, `coverage-${hash.slice(0, 32)}.json`);
  try {
    return { coverage: JSON.parse(fs.readFileSync(file, "utf8")) as Coverage, reused: true };
  } catch {
    // absent or unreadable: compute it
  }
  const coverage = await runOpaCoverage(policiesDir);
  // Only when the library did not change while opa ran: otherwise this result is already stale.
  if (hashLibrary(policiesDir, ["coverage"]) === hash) {
    fs.mkdirSync(cacheDir, { recursive: true });
    for (const old of fs.readdirSync(cacheDir).filter((f) => /^coverage-[0-9a-f]+\.json$/.test(f))) fs.rmSync(path.join(cacheDir, old), { force: true });
    fs.writeFileSync(file, JSON.stringify(coverage));
  }
  return { coverage, reused: false };
}

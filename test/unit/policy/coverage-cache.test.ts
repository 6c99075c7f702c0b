// The UI's coverage is kept by the library's content hash: an unchanged library answers from the
// last run at once, any edit runs opa again. A two-file library keeps the real opa run short.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { libraryCoverage } from "../../../src/policy/coverage-cache.ts";
import { skipWithoutOpa } from "../../fixtures/pinned-opa.ts";

test("an unchanged library reuses its coverage; an edit runs opa test --coverage again", async () => {
  if (skipWithoutOpa()) return;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-coverage-"));
  try {
    const policies = path.join(tmp, "policies");
    fs.mkdirSync(policies);
    fs.writeFileSync(path.join(policies, "x.rego"), "package x\n\nallow if input.a == 1\n\ndeny if input.b == 2\n");
    fs.writeFileSync(path.join(policies, "x_test.rego"), "package x_test\n\nimport data.x\n\ntest_allow if x.allow with input as {\"a\": 1}\n");
    const cache = path.join(tmp, "cache");
    const first = await libraryCoverage(policies, cache);
    assert.is(first.reused, false);
    assert.ok(first.coverage.total > 0 && first.coverage.total < 100, `partial coverage: ${first.coverage.total}`);
    const again = await libraryCoverage(policies, cache);
    assert.is(again.reused, true);
    assert.equal(again.coverage, first.coverage);
    // Testing the other rule too changes the library, so opa runs again and sees more covered.
    fs.appendFileSync(path.join(policies, "x_test.rego"), "\ntest_deny if x.deny with input as {\"b\": 2}\n");
    const edited = await libraryCoverage(policies, cache);
    assert.is(edited.reused, false);
    assert.ok(edited.coverage.total > first.coverage.total, `${edited.coverage.total} > ${first.coverage.total}`);
    assert.is(fs.readdirSync(cache).length, 1, "only the current library's coverage is kept");
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();

import { test } from "uvu";
import * as assert from "uvu/assert";
import { KubewardError, toKubewardError } from "../../../src/errors.ts";

test("strings thrown by opa-wasm become typed errors with context", () => {
  const e = toKubewardError("not implemented: built-in function 3: foo", "engine", "rule x on a.yaml");
  assert.instance(e, KubewardError);
  assert.is(e.code, "engine");
  assert.is(e.message, "rule x on a.yaml: not implemented: built-in function 3: foo");
});

test.run();

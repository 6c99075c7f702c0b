import { test } from "uvu";
import * as assert from "uvu/assert";
import { bufferedLines } from "../../../src/cli/buffered-log.ts";

const nextTurn = () => new Promise((r) => setImmediate(r));

test("lines of one event-loop turn are written once, in order, right after the turn", async () => {
  const writes: string[] = [];
  const log = bufferedLines((s) => writes.push(s));
  log.line('{"n":1}');
  log.line('{"n":2}');
  assert.equal(writes, [], "nothing is written during the turn");
  await nextTurn();
  assert.equal(writes, ['{"n":1}\n{"n":2}\n']);
  log.line('{"n":3}');
  await nextTurn();
  assert.equal(writes, ['{"n":1}\n{"n":2}\n', '{"n":3}\n']);
});

test("flush() writes what is queued at once (shutdown), and nothing twice", async () => {
  const writes: string[] = [];
  const log = bufferedLines((s) => writes.push(s));
  log.line("a");
  log.flush();
  assert.equal(writes, ["a\n"]);
  await nextTurn();
  log.flush();
  assert.equal(writes, ["a\n"]);
});

test("a batch past maxBytes is written without waiting for the turn to end", () => {
  const writes: string[] = [];
  const log = bufferedLines((s) => writes.push(s), 10);
  log.line("12345");
  assert.equal(writes, []);
  log.line("6789");
  assert.equal(writes, ["12345\n6789\n"]);
  log.flush();
  assert.equal(writes.length, 1);
});

test.run();

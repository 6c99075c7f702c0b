// The audit-log reader: JSON lines streamed, one EventList document parsed whole under a size
// guard, every bad line an error with its number while the rest continue.
import { Readable } from "node:stream";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseAuditEvents, readAuditLog, type AuditLogItem } from "../../../src/sources/audit-log.ts";

const ev = (id: string) => ({ kind: "Event", apiVersion: "audit.k8s.io/v1", auditID: id, stage: "ResponseComplete", verb: "get", user: { username: "alice" } });

async function read(text: string, maxDocumentBytes?: number): Promise<AuditLogItem[]> {
  const out: AuditLogItem[] = [];
  for await (const item of readAuditLog("log", Readable.from([text]), { maxDocumentBytes })) out.push(item);
  return out;
}
const summary = (items: AuditLogItem[]) => items.map((i) => ("event" in i ? `${i.line}:${i.event.auditID}` : `${i.error.line}!${i.error.message.split(":")[0]}`));

test("JSON lines: blank lines skipped, bad lines reported by number, an EventList line expanded", async () => {
  const text = [JSON.stringify(ev("a")), "", "{not json", "[1]", JSON.stringify({ kind: "Status", code: 500 }), JSON.stringify({ kind: "EventList", items: [ev("b"), ev("c")] }), JSON.stringify(ev("d"))].join("\r\n");
  const items = await read(text);
  assert.equal(summary(items), ["1:a", "3!not a JSON audit Event", "4!not an audit Event", "5!not an audit Event", "6:b", "6:c", "7:d"]);
  assert.equal(summary(parseAuditEvents(text, "log")), summary(items));
});

test("a pretty-printed EventList is parsed whole; items point at their auditID lines", async () => {
  const text = `\n${JSON.stringify({ kind: "EventList", apiVersion: "audit.k8s.io/v1", items: [ev("a"), ev("b")] }, null, 2)}\n`;
  const items = await read(text);
  const lines = text.split("\n");
  assert.equal(summary(items), summary(parseAuditEvents(text, "log")));
  for (const item of items) {
    assert.ok("event" in item);
    assert.ok(lines[item.line - 1]!.includes(`"auditID": "${item.event.auditID}"`));
  }
});

test("a document above the size guard is refused with advice, not loaded", async () => {
  const text = JSON.stringify({ kind: "EventList", items: Array.from({ length: 50 }, (_, i) => ev(String(i))) }, null, 2);
  const items = await read(text, 1024);
  assert.is(items.length, 1);
  assert.ok("error" in items[0]! && /larger than .*jq -c/.test(items[0].error.message));
  const broken = await read("{\n  \"kind\": \"EventList\",\n");
  assert.equal(summary(broken), ["1!neither JSON lines nor one JSON document"]);
});

test("an unreadable file is one io error", async () => {
  const out: AuditLogItem[] = [];
  for await (const item of readAuditLog("/no/such/audit.log")) out.push(item);
  assert.is(out.length, 1);
  assert.ok("error" in out[0]! && out[0].error.code === "io");
  assert.equal(parseAuditEvents("\n\n", "x"), []);
});

test.run();

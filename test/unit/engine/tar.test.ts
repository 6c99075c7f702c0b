import { test } from "uvu";
import * as assert from "uvu/assert";
import { gzipSync } from "node:zlib";
import { readTar, readTarGz } from "../../../src/engine/tar.ts";
import { KubewardError } from "../../../src/errors.ts";

function header(name: string, size: number, type: string, prefix = ""): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, "utf8");
  h.write("0000644\0", 100);
  h.write(size.toString(8).padStart(11, "0") + "\0", 124);
  h.write(type, 156);
  h.write("ustar\u000000", 257, "latin1");
  h.write(prefix, 345, 155, "utf8");
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "latin1");
  return h;
}

function entry(name: string, body: Buffer | string, type = "0", prefix = ""): Buffer {
  const data = Buffer.from(body);
  const pad = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([header(name, data.length, type, prefix), data, pad]);
}

test("reads regular files: leading / stripped, ustar prefix joined, pax path honoured, dirs skipped", () => {
  const pax = "path=very/long/name.rego\n";
  const record = `${pax.length + 3} ${pax}`; // the length counts its own two digits and the space
  const tar = Buffer.concat([
    entry("/policy.wasm", "WASM"),
    entry("dir/", "", "5"),
    entry("data.json", "{}", "0", "nested"),
    entry("PaxHeader", record, "x"),
    entry("short", "rego"),
    Buffer.alloc(1024),
  ]);
  const files = readTarGz(gzipSync(tar)).map((e) => [e.path, e.data.toString()]);
  assert.equal(files, [["policy.wasm", "WASM"], ["nested/data.json", "{}"], ["very/long/name.rego", "rego"]]);
});

test("corrupt or non-gzip input is a bundle error", () => {
  assert.throws(() => readTarGz(Buffer.from("nope")), (e: unknown) => e instanceof KubewardError && e.code === "bundle");
  const bad = entry("x", "y");
  bad[0] = 0x41; // breaks the checksum
  assert.throws(() => readTar(bad), (e: unknown) => e instanceof KubewardError && /corrupt/.test((e as Error).message));
});

test.run();

// A minimal tar reader: `opa build` writes bundles as .tar.gz (policy.wasm, data.json, .manifest),
// and scanning needs only to pull regular files out of one. No dependency for 60 lines.
import { gunzipSync } from "node:zlib";
import { KubewardError } from "../errors.ts";

export interface TarEntry {
  /** Path inside the archive, without a leading `/` or `./` (opa writes `/policy.wasm`). */
  path: string;
  data: Buffer;
}

const BLOCK = 512;

/** The regular files of a gzip-compressed tar archive. */
export function readTarGz(archive: Uint8Array): TarEntry[] {
  let tar: Buffer;
  try {
    tar = gunzipSync(archive);
  } catch (e) {
    throw new KubewardError("bundle", `not a gzip archive: ${(e as Error).message}`, { cause: e });
  }
  return readTar(tar);
}

/** The regular files of an uncompressed (ustar, pax or GNU) tar archive. */
export function readTar(tar: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  let longName: string | undefined; // from a GNU 'L' or pax 'x' header, applies to the next entry
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break; // end-of-archive marker
    if (!checksumOk(header)) throw new KubewardError("bundle", `corrupt tar header at byte ${offset}`);
    const size = parseOctal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] ?? 0);
    const dataStart = offset + BLOCK;
    if (dataStart + size > tar.length) throw new KubewardError("bundle", `truncated tar entry at byte ${offset}`);
    const data = tar.subarray(dataStart, dataStart + size);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    if (type === "L") {
      longName = cString(data);
      continue;
    }
    if (type === "x") {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (type === "g") continue; // pax global header: nothing we need
    let name = longName ?? ustarName(header);
    longName = undefined;
    if (type !== "0" && type !== "\0" && type !== "7") continue; // directories, links, devices
    name = name.replace(/^(\.?\/)+/, "");
    entries.push({ path: name, data: Buffer.from(data) });
  }
  return entries;
}

function ustarName(header: Buffer): string {
  const name = cString(header.subarray(0, 100));
  const magic = header.subarray(257, 262).toString("latin1");
  const prefix = magic === "ustar" ? cString(header.subarray(345, 500)) : "";
  return prefix ? `${prefix}/${name}` : name;
}

function cString(b: Buffer): string {
  const nul = b.indexOf(0);
  return b.subarray(0, nul === -1 ? b.length : nul).toString("utf8");
}

function parseOctal(b: Buffer): number {
  const text = cString(b).trim();
  return text === "" ? 0 : parseInt(text, 8);
}

function checksumOk(header: Buffer): boolean {
  const stored = parseOctal(header.subarray(148, 156));
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return sum === stored;
}

// pax records are "<len> <key>=<value>\n".
function paxPath(data: Buffer): string | undefined {
  let path: string | undefined;
  let i = 0;
  while (i < data.length) {
    const space = data.indexOf(0x20, i);
    if (space === -1) break;
    const len = parseInt(data.subarray(i, space).toString("latin1"), 10);
    if (!Number.isFinite(len) || len <= 0) break;
    const record = data.subarray(space + 1, i + len - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (record.slice(0, eq) === "path") path = record.slice(eq + 1);
    i += len;
  }
  return path;
}

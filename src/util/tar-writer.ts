// A minimal, deterministic ustar writer for the archives kubeward ships (OPA bundles): regular files
// only, fixed mtime and mode, names longer than ustar's 100 (+155 prefix) bytes in a pax header.
// The same files in the same order always give the same bytes, so a bundle's hash is reproducible.
import { gzipSync } from "node:zlib";

export interface TarFile {
  /** Path inside the archive, written as given (OPA's own bundles use a leading `/`). */
  path: string;
  data: Buffer | string;
}

const BLOCK = 512;

export function writeTarGz(files: readonly TarFile[]): Buffer {
  return gzipSync(writeTar(files), { level: 9 });
}

export function writeTar(files: readonly TarFile[]): Buffer {
  const parts: Buffer[] = [];
  for (const file of files) {
    const data = typeof file.data === "string" ? Buffer.from(file.data, "utf8") : file.data;
    const split = splitName(file.path);
    if (split) parts.push(header(split.name, split.prefix, data.length, "0"));
    else {
      // pax extended header carrying the full path, then the entry under a truncated ustar name.
      const record = paxRecord("path", file.path);
      parts.push(header("PaxHeader", "", record.length, "x"), pad(record));
      parts.push(header(file.path.slice(-100), "", data.length, "0"));
    }
    parts.push(pad(data));
  }
  parts.push(Buffer.alloc(BLOCK * 2)); // end-of-archive: two zero blocks
  return Buffer.concat(parts);
}

/** ustar stores a path as prefix (≤155 bytes) + "/" + name (≤100 bytes); undefined when it cannot. */
function splitName(p: string): { name: string; prefix: string } | undefined {
  if (Buffer.byteLength(p) <= 100) return { name: p, prefix: "" };
  for (let i = p.indexOf("/"); i !== -1; i = p.indexOf("/", i + 1)) {
    const prefix = p.slice(0, i);
    const name = p.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== "") return { name, prefix };
  }
  return undefined;
}

function header(name: string, prefix: string, size: number, type: string): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, "utf8");
  h.write("0000644\0", 100, "latin1"); // mode
  h.write("0000000\0", 108, "latin1"); // uid
  h.write("0000000\0", 116, "latin1"); // gid
  h.write(`${size.toString(8).padStart(11, "0")}\0`, 124, "latin1");
  h.write("00000000000\0", 136, "latin1"); // mtime: fixed, for reproducible archives
  h.write("        ", 148, "latin1"); // checksum placeholder (spaces while summing)
  h.write(type, 156, "latin1");
  h.write("ustar\0" + "00", 257, "latin1");
  h.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "latin1");
  return h;
}

function pad(data: Buffer): Buffer {
  const rest = data.length % BLOCK;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(BLOCK - rest)]);
}

/** A pax record "<len> <key>=<value>\n", where <len> counts itself. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  const n = Buffer.byteLength(body);
  let len = n + String(n).length;
  if (String(len).length !== String(n).length) len = n + String(len).length;
  return Buffer.from(`${len}${body}`, "utf8");
}

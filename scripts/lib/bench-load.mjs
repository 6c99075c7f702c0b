// The admission benchmark's load generator, run as its own process so that the server under test
// never shares an event loop (or a JIT) with its client:
//   node bench-load.mjs SPEC.json   → one JSON line on stdout with a result per phase
// SPEC: { host, port, servername, ca (PEM file), path, bodies (JSON file: array of strings),
//         phases: [{ kind: "verify" } | { kind: "closed", connections, ms } | { kind: "open", rate, ms, connections }] }
// HTTP/1.1 over TLS with keep-alive, written on node:tls directly (like autocannon, which this
// project does not depend on): a request is one prebuilt buffer, a response is read by its
// Content-Length or chunked framing. Latencies are exact (every sample kept and sorted), and in the
// open loop they are measured from the moment a request was *due*, so a server that falls behind
// is charged for the queue it causes (no coordinated omission).
import fs from "node:fs";
import tls from "node:tls";

const spec = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const ca = fs.readFileSync(spec.ca);
const bodies = JSON.parse(fs.readFileSync(spec.bodies, "utf8"));
const requests = bodies.map((b) => {
  const body = Buffer.from(b, "utf8");
  const head = `POST ${spec.path} HTTP/1.1\r\nHost: ${spec.servername}:${spec.port}\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, "latin1"), body]);
});

/** One keep-alive connection; one request at a time (no pipelining, as the API server does). */
class Connection {
  constructor() {
    this.buf = Buffer.alloc(0);
    this.waiting = undefined;
    this.ready = new Promise((resolve, reject) => {
      this.socket = tls.connect({ host: spec.host, port: spec.port, servername: spec.servername, ca }, resolve);
      this.socket.once("error", reject);
    });
    this.socket.setNoDelay(true);
    this.socket.on("data", (chunk) => {
      this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
      this.parse();
    });
    this.socket.on("error", (e) => this.fail(e));
    this.socket.on("close", () => this.fail(new Error("connection closed by the server")));
  }

  fail(e) {
    const w = this.waiting;
    this.waiting = undefined;
    if (w) w.reject(e);
  }

  /** Sends one request; resolves { status, body } when its whole response has arrived. */
  send(request) {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(request);
    });
  }

  parse() {
    if (!this.waiting) return;
    const end = this.buf.indexOf("\r\n\r\n");
    if (end === -1) return;
    const head = this.buf.toString("latin1", 0, end);
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    let body;
    let consumed;
    if (length) {
      consumed = end + 4 + Number(length[1]);
      if (this.buf.length < consumed) return;
      body = this.buf.subarray(end + 4, consumed);
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      const parts = [];
      let pos = end + 4;
      for (;;) {
        const nl = this.buf.indexOf("\r\n", pos);
        if (nl === -1) return;
        const size = parseInt(this.buf.toString("latin1", pos, nl), 16);
        if (size === 0) {
          if (this.buf.length < nl + 4) return; // the empty trailer's CRLF
          consumed = nl + 4;
          break;
        }
        if (this.buf.length < nl + 2 + size + 2) return;
        parts.push(this.buf.subarray(nl + 2, nl + 2 + size));
        pos = nl + 2 + size + 2;
      }
      body = Buffer.concat(parts);
    } else {
      this.fail(new Error(`a response with neither Content-Length nor chunked framing: ${head}`));
      return;
    }
    const rest = this.buf.subarray(consumed);
    this.buf = rest.length === 0 ? Buffer.alloc(0) : Buffer.from(rest);
    const w = this.waiting;
    this.waiting = undefined;
    w.resolve({ status, body });
  }

  close() {
    this.socket.destroy();
  }
}

async function open(n) {
  const conns = Array.from({ length: n }, () => new Connection());
  await Promise.all(conns.map((c) => c.ready));
  return conns;
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function summarise(latencies, ms, statuses) {
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, ms, perSec: (latencies.length / ms) * 1000, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: latencies[latencies.length - 1], statuses };
}

const count = (statuses, s) => (statuses[s] = (statuses[s] ?? 0) + 1);

/** Every review once, in order: the verdicts the orchestrator compares between the two servers. */
async function verify() {
  const [c] = await open(1);
  const verdicts = [];
  for (const r of requests) {
    const { status, body } = await c.send(r);
    let allowed = null;
    try {
      allowed = JSON.parse(body.toString("utf8")).response?.allowed ?? null;
    } catch {
      // not JSON: the status says what went wrong
    }
    verdicts.push({ status, allowed });
  }
  c.close();
  return { verdicts };
}

/** N connections, each sending its next request as soon as the previous answer arrives. */
async function closed({ connections, ms }) {
  const conns = await open(connections);
  const latencies = [];
  const statuses = {};
  let next = 0;
  const t0 = performance.now();
  const end = t0 + ms;
  await Promise.all(
    conns.map(async (c) => {
      while (performance.now() < end) {
        const r = requests[next++ % requests.length];
        const s = performance.now();
        const { status } = await c.send(r);
        latencies.push(performance.now() - s);
        count(statuses, status);
      }
    }),
  );
  const took = performance.now() - t0;
  for (const c of conns) c.close();
  return summarise(latencies, took, statuses);
}

/**
 * A fixed offered rate: request k is due at t0 + k/rate, whatever the server's speed. A server that
 * cannot keep up would make this run for ever; `graceMs` after the last request was due, whatever
 * is still unanswered is counted as `unanswered`, with its wait so far as its latency (a lower bound).
 */
async function openLoop({ rate, ms, connections, graceMs = 5_000 }) {
  const conns = await open(connections);
  const idle = [...conns];
  const backlog = []; // due times of requests waiting for a free connection
  const latencies = [];
  const statuses = {};
  const total = Math.floor((rate * ms) / 1000);
  let issued = 0;
  let done = 0;
  let next = 0;
  const t0 = performance.now();
  let over = false;
  return new Promise((resolve) => {
    const report = (unanswered, pending) => {
      over = true;
      const now = performance.now();
      const took = now - t0;
      for (const x of conns) x.close();
      const answered = latencies.length;
      for (const due of pending) latencies.push(now - due);
      const result = summarise(latencies, took, statuses);
      resolve({ ...result, offered: rate, perSec: (answered / took) * 1000, unanswered });
    };
    const inFlight = new Map(); // connection → due time of its request
    const cutoff = setTimeout(() => {
      const pending = [...backlog, ...inFlight.values(), ...Array.from({ length: total - issued }, (_, k) => t0 + ((issued + k) * 1000) / rate)];
      report(pending.length, pending);
    }, ms + graceMs);
    const start = (c, due) => {
      inFlight.set(c, due);
      const r = requests[next++ % requests.length];
      c.send(r).then(
        ({ status }) => {
          if (over) return;
          latencies.push(performance.now() - due);
          count(statuses, status);
          finish(c);
        },
        () => {
          if (over) return;
          count(statuses, "error");
          finish(c);
        },
      );
    };
    const finish = (c) => {
      if (over) return;
      inFlight.delete(c);
      done++;
      if (backlog.length > 0) start(c, backlog.shift());
      else idle.push(c);
      if (done === total) {
        clearTimeout(cutoff);
        report(0, []);
      }
    };
    const tick = () => {
      const now = performance.now();
      while (issued < total && t0 + (issued * 1000) / rate <= now) {
        const due = t0 + (issued * 1000) / rate;
        issued++;
        const c = idle.pop();
        if (c) start(c, due);
        else backlog.push(due);
      }
      if (issued < total && !over) setTimeout(tick, 1);
    };
    tick();
  });
}

const results = [];
for (const phase of spec.phases) {
  if (phase.kind === "verify") results.push(await verify());
  else if (phase.kind === "closed") results.push(await closed(phase));
  else if (phase.kind === "open") results.push(await openLoop(phase));
  else throw new Error(`unknown phase ${phase.kind}`);
}
console.log(JSON.stringify(results));

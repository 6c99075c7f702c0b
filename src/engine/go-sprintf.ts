// OPA's `sprintf` builtin, reimplemented with Go's exact `fmt.Sprintf` semantics.
//
// The compiled wasm module does not contain `sprintf`; it calls back into the host, and the
// opa-wasm SDK's own implementation is sprintf-js, which prints objects as `[object Object]` and
// knows none of Go's verbs, flags or error strings. Rule messages are a contract (rule tests assert
// them exactly with the real `opa`), so the host must format exactly as OPA does.
//
// OPA (topdown/strings.go) converts each argument before handing it to Go's fmt:
//   - a number whose text has no fraction or exponent → int64 (or *big.Int past int64), else float64
//   - a string → string
//   - anything else → the Rego value's String(): `{"a": 1, "b": [1, "x"]}` (keys sorted), `[1, "x"]`,
//     `null`, `true` — a Go *string*, which is why `%t` of a boolean prints `%!t(string=true)`.
//
// Accepted limitations of the wasm path, where the SDK passes builtin arguments as JSON:
//   - sets arrive as arrays, so `%v` of `{1, 2}` prints `[1, 2]` here and `{1, 2}` in OPA;
//   - a number's text is lost, so `1.0` arrives as the integer 1 (`%d` prints `1`, where OPA prints
//     `%!d(float64=1)`), and integers past 2^53 have already lost precision.

type GoArg =
  | { type: "int64"; value: bigint }
  | { type: "big.Int"; value: bigint }
  | { type: "float64"; value: number }
  | { type: "string"; value: string };

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Formats `format` with `args` exactly as OPA's `sprintf(format, args)` does. */
export function sprintf(format: string, args: unknown[]): string {
  return new GoPrinter(args.map(toGoArg)).print(format);
}

function toGoArg(value: unknown): GoArg {
  if (typeof value === "string") return { type: "string", value };
  if (typeof value === "number" && Number.isFinite(value)) {
    if (!Number.isInteger(value)) return { type: "float64", value };
    const n = BigInt(value);
    return n >= INT64_MIN && n <= INT64_MAX ? { type: "int64", value: n } : { type: "big.Int", value: n };
  }
  if (typeof value === "bigint") return value >= INT64_MIN && value <= INT64_MAX ? { type: "int64", value } : { type: "big.Int", value };
  return { type: "string", value: regoString(value) };
}

/** The Rego value's String(), as OPA's ast package prints it. */
export function regoString(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return goQuote(value, false);
  if (Array.isArray(value)) return `[${value.map(regoString).join(", ")}]`;
  if (value instanceof Set) {
    const items = [...value].map(regoString);
    return items.length === 0 ? "set()" : `{${items.join(", ")}}`;
  }
  if (typeof value === "object") {
    const keys = Object.keys(value).sort(compareCodePoints);
    const obj = value as Record<string, unknown>;
    return `{${keys.map((k) => `${goQuote(k, false)}: ${regoString(obj[k])}`).join(", ")}}`;
  }
  return String(value);
}

// Go compares strings bytewise (UTF-8), which orders like code points, not like UTF-16 units.
function compareCodePoints(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = (ca[i]!.codePointAt(0) ?? 0) - (cb[i]!.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

interface Flags {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  plusV: boolean;
  sharpV: boolean;
  wid: number;
  widPresent: boolean;
  prec: number;
  precPresent: boolean;
}

const freshFlags = (): Flags => ({ plus: false, minus: false, sharp: false, space: false, zero: false, plusV: false, sharpV: false, wid: 0, widPresent: false, prec: 0, precPresent: false });

const LDIGITS = "0123456789abcdefx";
const UDIGITS = "0123456789ABCDEFX";

/** A port of the parts of Go's fmt.pp / fmt.fmt that OPA's four argument types can reach. */
class GoPrinter {
  private buf = "";
  private f: Flags = freshFlags();
  private reordered = false;
  private goodArgNum = true;

  constructor(private readonly args: GoArg[]) {}

  print(format: string): string {
    const end = format.length;
    let argNum = 0;
    let i = 0;
    formatLoop: while (i < end) {
      this.goodArgNum = true;
      const lasti = i;
      while (i < end && format[i] !== "%") i++;
      if (i > lasti) this.buf += format.slice(lasti, i);
      if (i >= end) break;
      i++; // skip %
      this.f = freshFlags();
      simpleFormat: for (; i < end; i++) {
        const c = format[i]!;
        switch (c) {
          case "#": this.f.sharp = true; break;
          case "0": this.f.zero = true; break;
          case "+": this.f.plus = true; break;
          case "-": this.f.minus = true; break;
          case " ": this.f.space = true; break;
          default:
            // Go's fast path for a simple lower-case verb with no width, precision or index.
            if (c >= "a" && c <= "z" && argNum < this.args.length) {
              if (c === "v") this.moveVFlags();
              this.printArg(this.args[argNum]!, c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simpleFormat;
        }
      }

      let afterIndex: boolean;
      [argNum, i, afterIndex] = this.argNumber(argNum, format, i);

      if (i < end && format[i] === "*") {
        i++;
        [this.f.wid, this.f.widPresent, argNum] = this.intFromArg(argNum);
        if (!this.f.widPresent) this.buf += "%!(BADWIDTH)";
        if (this.f.wid < 0) {
          this.f.wid = -this.f.wid;
          this.f.minus = true;
          this.f.zero = false;
        }
        afterIndex = false;
      } else {
        [this.f.wid, this.f.widPresent, i] = parsenum(format, i, end);
        if (afterIndex && this.f.widPresent) this.goodArgNum = false;
      }

      if (i + 1 < end && format[i] === ".") {
        i++;
        if (afterIndex) this.goodArgNum = false;
        [argNum, i, afterIndex] = this.argNumber(argNum, format, i);
        if (i < end && format[i] === "*") {
          i++;
          [this.f.prec, this.f.precPresent, argNum] = this.intFromArg(argNum);
          if (this.f.prec < 0) {
            this.f.prec = 0;
            this.f.precPresent = false;
          }
          if (!this.f.precPresent) this.buf += "%!(BADPREC)";
          afterIndex = false;
        } else {
          [this.f.prec, this.f.precPresent, i] = parsenum(format, i, end);
          if (!this.f.precPresent) {
            this.f.prec = 0;
            this.f.precPresent = true;
          }
        }
      }

      if (!afterIndex) [argNum, i, afterIndex] = this.argNumber(argNum, format, i);

      if (i >= end) {
        this.buf += "%!(NOVERB)";
        break;
      }

      const verb = String.fromCodePoint(format.codePointAt(i)!);
      i += verb.length;

      if (verb === "%") {
        this.buf += "%"; // does not absorb an operand and ignores width and precision
      } else if (!this.goodArgNum) {
        this.buf += `%!${verb}(BADINDEX)`;
      } else if (argNum >= this.args.length) {
        this.buf += `%!${verb}(MISSING)`;
      } else {
        if (verb === "v") this.moveVFlags();
        this.printArg(this.args[argNum]!, verb);
        argNum++;
      }
    }

    if (!this.reordered && argNum < this.args.length) {
      this.f = freshFlags();
      this.buf += "%!(EXTRA ";
      this.args.slice(argNum).forEach((arg, k) => {
        if (k > 0) this.buf += ", ";
        this.buf += `${arg.type === "big.Int" ? "*big.Int" : arg.type}=`;
        this.printArg(arg, "v");
      });
      this.buf += ")";
    }
    return this.buf;
  }

  // %+v and %#v are distinct, flag-less formats in Go: the flags move aside.
  private moveVFlags(): void {
    this.f.sharpV = this.f.sharp;
    this.f.sharp = false;
    this.f.plusV = this.f.plus;
    this.f.plus = false;
  }

  private argNumber(argNum: number, format: string, i: number): [number, number, boolean] {
    if (format.length <= i || format[i] !== "[") return [argNum, i, false];
    this.reordered = true;
    const [index, wid, ok] = parseArgNumber(format.slice(i));
    if (ok && index >= 0 && index < this.args.length) return [index, i + wid, true];
    this.goodArgNum = false;
    return [argNum, i + wid, ok];
  }

  private intFromArg(argNum: number): [number, boolean, number] {
    const arg = this.args[argNum];
    if (arg === undefined) return [0, false, argNum];
    if (arg.type === "int64" && arg.value <= 1_000_000n && arg.value >= -1_000_000n) return [Number(arg.value), true, argNum + 1];
    return [0, false, argNum + 1];
  }

  private printArg(arg: GoArg, verb: string): void {
    if (verb === "T") {
      this.fmtS(arg.type === "big.Int" ? "*big.Int" : arg.type);
      return;
    }
    if (verb === "p") {
      this.badVerb(verb, arg);
      return;
    }
    switch (arg.type) {
      case "float64": return this.printFloat(arg, verb);
      case "int64": return this.printInteger(arg, verb);
      case "string": return this.printString(arg, verb);
      case "big.Int": return this.printBigInt(arg.value, verb);
    }
  }

  private badVerb(verb: string, arg: GoArg): void {
    this.buf += `%!${verb}(${arg.type === "big.Int" ? "*big.Int" : arg.type}=`;
    this.printArg(arg, "v");
    this.buf += ")";
  }

  // ---- strings -----------------------------------------------------------------------------

  private printString(arg: Extract<GoArg, { type: "string" }>, verb: string): void {
    const s = arg.value;
    switch (verb) {
      case "v": return this.f.sharpV ? this.fmtQ(s) : this.fmtS(s);
      case "s": return this.fmtS(s);
      case "x": return this.fmtSx(s, LDIGITS);
      case "X": return this.fmtSx(s, UDIGITS);
      case "q": return this.fmtQ(s);
      default: return this.badVerb(verb, arg);
    }
  }

  private truncate(s: string): string {
    if (!this.f.precPresent) return s;
    const runes = [...s];
    return runes.length > this.f.prec ? runes.slice(0, this.f.prec).join("") : s;
  }

  private fmtS(s: string): void {
    this.pad(this.truncate(s));
  }

  private fmtQ(s: string): void {
    const t = this.truncate(s);
    if (this.f.sharp && canBackquote(t)) this.pad("`" + t + "`");
    else this.pad(goQuote(t, this.f.plus));
  }

  private fmtSx(s: string, digits: string): void {
    const bytes = Buffer.from(s, "utf8");
    let length = bytes.length;
    if (this.f.precPresent && this.f.prec < length) length = this.f.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.f.space) {
        if (this.f.sharp) width *= 2;
        width += length - 1;
      } else if (this.f.sharp) {
        width += 2;
      }
    } else {
      if (this.f.widPresent) this.writePadding(this.f.wid);
      return;
    }
    if (this.f.widPresent && this.f.wid > width && !this.f.minus) this.writePadding(this.f.wid - width);
    if (this.f.sharp) this.buf += "0" + digits[16];
    for (let i = 0; i < length; i++) {
      if (this.f.space && i > 0) {
        this.buf += " ";
        if (this.f.sharp) this.buf += "0" + digits[16];
      }
      const c = bytes[i]!;
      this.buf += digits[c >> 4]! + digits[c & 0xf]!;
    }
    if (this.f.widPresent && this.f.wid > width && this.f.minus) this.writePadding(this.f.wid - width);
  }

  // ---- padding -----------------------------------------------------------------------------

  private writePadding(n: number): void {
    if (n <= 0) return;
    this.buf += (this.f.zero && !this.f.minus ? "0" : " ").repeat(n);
  }

  /** Pads to the width in runes; Go pads strings with zeros too when the 0 flag is set. */
  private pad(s: string): void {
    if (!this.f.widPresent || this.f.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.f.wid - [...s].length;
    if (!this.f.minus) {
      this.writePadding(width);
      this.buf += s;
    } else {
      this.buf += s;
      this.writePadding(width);
    }
  }

  private padNoZero(s: string): void {
    const zero = this.f.zero;
    this.f.zero = false;
    this.pad(s);
    this.f.zero = zero;
  }

  // ---- integers ----------------------------------------------------------------------------

  private printInteger(arg: Extract<GoArg, { type: "int64" }>, verb: string): void {
    const v = arg.value;
    switch (verb) {
      case "v":
      case "d": return this.fmtInteger(v, 10, verb, LDIGITS);
      case "b": return this.fmtInteger(v, 2, verb, LDIGITS);
      case "o":
      case "O": return this.fmtInteger(v, 8, verb, LDIGITS);
      case "x": return this.fmtInteger(v, 16, verb, LDIGITS);
      case "X": return this.fmtInteger(v, 16, verb, UDIGITS);
      case "c": return this.pad(runeOf(v));
      case "q": return this.fmtQc(v);
      case "U": return this.fmtUnicode(v);
      default: return this.badVerb(verb, arg);
    }
  }

  private fmtInteger(value: bigint, base: number, verb: string, digits: string): void {
    const negative = value < 0n;
    const u = negative ? -value : value;
    let prec = 0;
    if (this.f.precPresent) {
      prec = this.f.prec;
      if (prec === 0 && u === 0n) {
        this.padNoZero(""); // precision 0 and value 0 print nothing but padding
        return;
      }
    } else if (this.f.zero && !this.f.minus && this.f.widPresent) {
      prec = this.f.wid;
      if (negative || this.f.plus || this.f.space) prec--; // leave room for the sign
    }
    let num = u.toString(base);
    if (digits === UDIGITS) num = num.toUpperCase();
    if (num.length < prec) num = "0".repeat(prec - num.length) + num;
    if (this.f.sharp) {
      if (base === 2) num = "0b" + num;
      else if (base === 8 && !num.startsWith("0")) num = "0" + num;
      else if (base === 16) num = "0" + digits[16] + num;
    }
    if (verb === "O") num = "0o" + num;
    if (negative) num = "-" + num;
    else if (this.f.plus) num = "+" + num;
    else if (this.f.space) num = " " + num;
    this.padNoZero(num);
  }

  private fmtQc(v: bigint): void {
    const r = runeOf(v);
    if (this.f.sharp && canBackquote(r)) this.pad("`" + r + "`");
    else this.pad(quoteRune(r, this.f.plus));
  }

  private fmtUnicode(v: bigint): void {
    let s = "U+" + (v < 0n ? (2n ** 64n + v) : v).toString(16).toUpperCase().padStart(4, "0");
    if (this.f.sharp && v >= 0n && v <= 0x10ffffn && isPrint(Number(v))) s += ` '${String.fromCodePoint(Number(v))}'`;
    this.padNoZero(s);
  }

  // ---- *big.Int (its own Format method) ----------------------------------------------------

  private printBigInt(x: bigint, verb: string): void {
    let base: number;
    switch (verb) {
      case "b": base = 2; break;
      case "o":
      case "O": base = 8; break;
      case "d":
      case "s":
      case "v": base = 10; break;
      case "x":
      case "X": base = 16; break;
      default:
        this.buf += `%!${verb}(big.Int=${x.toString()})`;
        return;
    }
    const plus = this.f.plus || this.f.plusV;
    const sharp = this.f.sharp || this.f.sharpV;
    const sign = x < 0n ? "-" : plus ? "+" : this.f.space ? " " : "";
    let prefix = "";
    if (sharp) prefix = ({ b: "0b", o: "0", x: "0x", X: "0X" } as Record<string, string>)[verb] ?? "";
    if (verb === "O") prefix = "0o";
    let digits = (x < 0n ? -x : x).toString(base);
    if (verb === "X") digits = digits.toUpperCase();
    let left = 0;
    let zeros = 0;
    let right = 0;
    if (this.f.precPresent) {
      if (digits.length < this.f.prec) zeros = this.f.prec - digits.length;
      else if (digits === "0" && this.f.prec === 0) return;
    }
    const length = sign.length + prefix.length + zeros + digits.length;
    if (this.f.widPresent && length < this.f.wid) {
      const d = this.f.wid - length;
      if (this.f.minus) right = d;
      else if (this.f.zero && !this.f.precPresent) zeros = d;
      else left = d;
    }
    this.buf += " ".repeat(left) + sign + prefix + "0".repeat(zeros) + digits + " ".repeat(right);
  }

  // ---- floats ------------------------------------------------------------------------------

  private printFloat(arg: Extract<GoArg, { type: "float64" }>, verb: string): void {
    switch (verb) {
      case "v": return this.fmtFloat(arg.value, "g", -1);
      case "g":
      case "G": return this.fmtFloat(arg.value, verb, -1);
      case "f":
      case "F":
      case "e":
      case "E": return this.fmtFloat(arg.value, verb, 6);
      default: return this.badVerb(verb, arg);
    }
  }

  private fmtFloat(v: number, verb: string, defaultPrec: number): void {
    const prec = this.f.precPresent ? this.f.prec : defaultPrec;
    let num = formatFloat(Math.abs(v), verb, prec);
    if (this.f.sharp) num = sharpFloat(num, verb, prec);
    const sign = v < 0 || Object.is(v, -0) ? "-" : this.f.plus ? "+" : this.f.space ? " " : "";
    if (sign !== "" && this.f.zero && !this.f.minus && this.f.widPresent && this.f.wid > num.length + 1) {
      // zero padding goes between the sign and the digits
      this.buf += sign + "0".repeat(this.f.wid - num.length - 1) + num;
      return;
    }
    this.pad(sign + num);
  }
}

function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let i = start;
  for (; i < end && s[i]! >= "0" && s[i]! <= "9"; i++) {
    if (num > 1_000_000) return [0, false, end]; // Go's tooLarge
    num = num * 10 + (s.charCodeAt(i) - 48);
    isnum = true;
  }
  return [num, isnum, i];
}

function parseArgNumber(format: string): [number, number, boolean] {
  if (format.length < 3) return [0, 1, false];
  for (let i = 1; i < format.length; i++) {
    if (format[i] === "]") {
      const [width, ok, newi] = parsenum(format, 1, i);
      if (!ok || newi !== i) return [0, i + 1, false];
      return [width - 1, i + 1, true];
    }
  }
  return [0, 1, false];
}

function runeOf(v: bigint): string {
  if (v < 0n || v > 0x10ffffn || (v >= 0xd800n && v <= 0xdfffn)) return "\ufffd";
  return String.fromCodePoint(Number(v));
}

// ---- strconv.Quote ---------------------------------------------------------------------------

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isPrint(cp: number): boolean {
  return cp === 0x20 || PRINTABLE.test(String.fromCodePoint(cp));
}

function escapeRune(cp: number, quote: string, asciiOnly: boolean): string {
  const ch = String.fromCodePoint(cp);
  if (ch === quote || ch === "\\") return "\\" + ch;
  if (asciiOnly ? cp < 0x80 && isPrint(cp) : isPrint(cp)) return ch;
  switch (ch) {
    case "\x07": return "\\a";
    case "\b": return "\\b";
    case "\f": return "\\f";
    case "\n": return "\\n";
    case "\r": return "\\r";
    case "\t": return "\\t";
    case "\v": return "\\v";
  }
  if (cp < 0x20 || cp === 0x7f) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // not a valid rune
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/** strconv.Quote (or QuoteToASCII when asciiOnly). */
export function goQuote(s: string, asciiOnly: boolean): string {
  let out = '"';
  for (const ch of s) out += escapeRune(ch.codePointAt(0)!, '"', asciiOnly);
  return out + '"';
}

function quoteRune(r: string, asciiOnly: boolean): string {
  return "'" + escapeRune(r.codePointAt(0)!, "'", asciiOnly) + "'";
}

function canBackquote(s: string): boolean {
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === "`" || ch === "\ufeff") return false;
    if (cp < 0x20 && ch !== "\t") return false;
    if (cp === 0x7f) return false;
  }
  return true;
}

// ---- strconv.FormatFloat ---------------------------------------------------------------------

interface Decimal {
  d: string; // significant digits, no leading or trailing zeros ("" for zero)
  dp: number; // position of the decimal point relative to d
}

/** The exact decimal expansion of a finite, non-negative double. */
function exactDecimal(x: number): Decimal {
  if (x === 0) return { d: "", dp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e2: number;
  if (exp === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = exp - 1075;
  }
  let digits: string;
  let dp: number;
  if (e2 >= 0) {
    digits = (mant << BigInt(e2)).toString();
    dp = digits.length;
  } else {
    // mant * 2^e2 == mant * 5^-e2 / 10^-e2
    digits = (mant * 5n ** BigInt(-e2)).toString();
    dp = digits.length + e2;
  }
  return trim({ d: digits, dp });
}

function trim(dec: Decimal): Decimal {
  let d = dec.d.replace(/0+$/, "");
  let dp = dec.dp;
  const lead = /^0*/.exec(d)![0].length;
  d = d.slice(lead);
  dp -= lead;
  return d === "" ? { d: "", dp: 0 } : { d, dp };
}

/** Rounds to nd significant digits, half to even on an exact tie (Go's decimal.Round). */
function roundDecimal(dec: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= dec.d.length) return dec;
  const next = dec.d[nd]!;
  const up = next > "5" || (next === "5" && (nd + 1 < dec.d.length || (nd > 0 && (dec.d.charCodeAt(nd - 1) - 48) % 2 === 1)));
  if (!up) return trim({ d: dec.d.slice(0, nd), dp: dec.dp });
  const digits = dec.d.slice(0, nd).split("");
  let i = nd - 1;
  while (i >= 0 && digits[i] === "9") {
    digits[i] = "0";
    i--;
  }
  if (i < 0) return { d: "1", dp: dec.dp + 1 };
  digits[i] = String.fromCharCode(digits[i]!.charCodeAt(0) + 1);
  return trim({ d: digits.join(""), dp: dec.dp });
}

/** The shortest digits that round-trip; JavaScript's toExponential() yields the same digits as Go's Ryū. */
function shortestDecimal(x: number): Decimal {
  if (x === 0) return { d: "", dp: 0 };
  const [mant, exp] = x.toExponential().split("e") as [string, string];
  return trim({ d: mant.replace(".", ""), dp: Number(exp) + 1 });
}

function formatFloat(x: number, verb: string, prec: number): string {
  const lower = verb.toLowerCase();
  const shortest = prec < 0;
  let digs: Decimal;
  if (shortest) {
    digs = shortestDecimal(x);
    prec = lower === "e" ? Math.max(digs.d.length - 1, 0) : lower === "f" ? Math.max(digs.d.length - digs.dp, 0) : digs.d.length;
  } else {
    const exact = exactDecimal(x);
    if (lower === "e") digs = roundDecimal(exact, prec + 1);
    else if (lower === "f") digs = roundDecimal(exact, exact.dp + prec);
    else {
      if (prec === 0) prec = 1;
      digs = roundDecimal(exact, prec);
    }
  }
  const upper = verb === "E" || verb === "G";
  switch (lower) {
    case "e": return fmtE(digs, prec, upper);
    case "f": return fmtF(digs, prec);
    default: {
      let eprec = prec;
      if (eprec > digs.d.length && digs.d.length >= digs.dp) eprec = digs.d.length;
      if (shortest) eprec = 6;
      const exp = digs.dp - 1;
      if (digs.d.length > 0 && (exp < -4 || exp >= eprec)) {
        if (prec > digs.d.length) prec = digs.d.length;
        return fmtE(digs, prec - 1, upper);
      }
      if (prec > digs.dp) prec = digs.d.length;
      return fmtF(digs, Math.max(prec - digs.dp, 0));
    }
  }
}

function fmtE(digs: Decimal, prec: number, upper: boolean): string {
  let out = digs.d.length === 0 ? "0" : digs.d[0]!;
  if (prec > 0) {
    out += ".";
    let i = 1;
    const m = Math.min(digs.d.length, prec + 1);
    if (i < m) {
      out += digs.d.slice(i, m);
      i = m;
    }
    out += "0".repeat(Math.max(prec + 1 - i, 0));
  }
  out += upper ? "E" : "e";
  let exp = digs.d.length === 0 ? 0 : digs.dp - 1;
  out += exp < 0 ? "-" : "+";
  exp = Math.abs(exp);
  out += exp < 10 ? "0" + exp : String(exp);
  return out;
}

function fmtF(digs: Decimal, prec: number): string {
  let out: string;
  if (digs.dp > 0) {
    const m = Math.min(digs.d.length, digs.dp);
    out = digs.d.slice(0, m) + "0".repeat(digs.dp - m);
  } else {
    out = "0";
  }
  if (prec > 0) {
    out += ".";
    for (let i = 1; i <= prec; i++) {
      const j = digs.dp + i - 1;
      out += j >= 0 && j < digs.d.length ? digs.d[j] : "0";
    }
  }
  return out;
}

/** The # flag: keep a decimal point, and for %g/%v keep trailing zeros up to the precision. */
function sharpFloat(num: string, verb: string, prec: number): string {
  const lower = verb.toLowerCase();
  let digits = 0;
  if (lower === "g" || lower === "v") digits = prec === -1 ? 6 : prec;
  const ePos = num.search(/[eE]/);
  let tail = "";
  let body = num;
  if (ePos >= 0) {
    tail = num.slice(ePos);
    body = num.slice(0, ePos);
  }
  let sawNonzero = false;
  let hasDot = false;
  for (const c of body) {
    if (c === ".") hasDot = true;
    else if (c >= "0" && c <= "9") {
      if (c !== "0") sawNonzero = true;
      if (sawNonzero) digits--;
    }
  }
  if (!hasDot) {
    if (body.length === 1) digits--; // a leading zero counts when it is the only digit
    body += ".";
  }
  if (digits > 0) body += "0".repeat(digits);
  return body + tail;
}

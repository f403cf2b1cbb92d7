// RFC 8785 JSON Canonicalization Scheme (JCS): the one byte form of a JSON value, so a signature
// over manifest.json can be recomputed by anyone. Only I-JSON input (RFC 7493) is accepted:
// finite numbers, well-formed strings (no lone surrogates), plain objects and arrays.

export class CanonicalJsonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CanonicalJsonError';
  }
}

/** The canonical JSON text of `value`. Object members whose value is undefined are left out. */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, out, '$');
  return out.join('');
}

function write(value: unknown, out: string[], at: string): void {
  if (value === null) out.push('null');
  else if (value === true) out.push('true');
  else if (value === false) out.push('false');
  else if (typeof value === 'number') out.push(serializeNumber(value, at));
  else if (typeof value === 'string') out.push(serializeString(value, at));
  else if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, i) => {
      if (i > 0) out.push(',');
      if (item === undefined) throw new CanonicalJsonError(`${at}[${i}] is undefined`);
      write(item, out, `${at}[${i}]`);
    });
    out.push(']');
  } else if (isPlainObject(value)) {
    // §3.2.3: members sorted by their names as arrays of UTF-16 code units. JavaScript's default
    // string comparison is exactly that (not locale, not code points).
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    out.push('{');
    keys.forEach((k, i) => {
      if (i > 0) out.push(',');
      out.push(serializeString(k, `${at} key`), ':');
      write(value[k], out, `${at}.${k}`);
    });
    out.push('}');
  } else {
    throw new CanonicalJsonError(`${at} is not JSON (${typeof value})`);
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * §3.2.2.3: ECMAScript's Number-to-String (ECMA-262 Number::toString), which is what String()
 * does for finite numbers: shortest round-tripping digits, exponent from 1e21 and below 1e-6,
 * and -0 written as 0.
 */
export function serializeNumber(n: number, at = '$'): string {
  if (!Number.isFinite(n)) throw new CanonicalJsonError(`${at} is ${n}, which JSON cannot hold`);
  if (Object.is(n, -0)) return '0';
  return String(n);
}

/**
 * §3.2.2.2: quotation mark and backslash escaped; the control characters U+0000–U+001F as
 * \b \t \n \f \r where those exist, else \u00xx with lower-case hex; everything else (DEL,
 * U+2028, non-ASCII) as itself. A lone surrogate is not I-JSON and is refused.
 */
export function serializeString(s: string, at = '$'): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
        continue;
      }
      throw new CanonicalJsonError(`${at} holds a lone surrogate (U+${c.toString(16).toUpperCase()})`);
    }
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c < 0x20) out += SHORT_ESCAPES[c] ?? `\\u00${c.toString(16).padStart(2, '0')}`;
    else out += s[i];
  }
  return `${out}"`;
}

const SHORT_ESCAPES: Record<number, string> = { 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0c: '\\f', 0x0d: '\\r' };

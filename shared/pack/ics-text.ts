// RFC 5545 content lines: TEXT escaping (§3.3.11), date-times (§3.3.5) and folding (§3.1) —
// lines longer than 75 octets continue on the next line after CRLF and one space, never
// splitting a UTF-8 sequence.

export const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Backslash, semicolon and comma escaped, newlines as \n, other control characters dropped. */
export function escapeText(s: string): string {
  // One pass (run sheets escape tens of thousands of values), and none for plain text.
  if (!SPECIAL.test(s)) return s;
  return s.replace(SPECIALS, (c) => (c === '\\' || c === ';' || c === ',' ? `\\${c}` : c === '\n' || c[0] === '\r' ? '\\n' : ''));
}
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\\;,\u0000-\u0008\u000a-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const SPECIALS = /\r\n?|[\\;,\n]|[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** 'YYYY-MM-DDTHH:MM' (local) → 'YYYYMMDDTHHMM00'. */
export function icsLocal(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`"${local}" is not a local date-time YYYY-MM-DDTHH:MM`);
  return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}00`;
}

/** An ISO instant → UTC form 'YYYYMMDDTHHMMSSZ'. */
export function icsUtc(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`"${iso}" is not an instant`);
  return `${d.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds one unfolded content line; the result has no trailing CRLF. */
export function foldLine(line: string): string {
  if (line.length <= MAX_OCTETS && ASCII.test(line)) return line; // the common case
  let out = '';
  let used = 0;
  let start = 0;
  for (let i = 0; i < line.length;) {
    const cp = line.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    const n = octets(cp);
    if (used + n > MAX_OCTETS) {
      out += `${line.slice(start, i)}${CRLF} `;
      start = i;
      used = 1; // the leading space counts toward the continuation line's 75
    }
    used += n;
    i += units;
  }
  return out + line.slice(start);
}
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

/** Joins content lines into a stream: each folded, each ended with CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map((l) => foldLine(l) + CRLF).join('');
}

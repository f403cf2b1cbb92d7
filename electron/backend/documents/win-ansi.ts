// PDF's standard fonts (Helvetica) encode text as WinAnsi: outside it a character prints as
// garbage. Map the few non-WinAnsi characters our messages use to plain equivalents.
const EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const MAP: Record<string, string> = { '≥': '>=', '≤': '<=', '→': '->', '←': '<-', '×': 'x', '✓': 'v', '−': '-', ' ': ' ', '\u2009': ' ' };

export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || ch === '\n' || EXTRA.has(ch)) out += ch;
    else out += MAP[ch] ?? '?';
  }
  return out;
}

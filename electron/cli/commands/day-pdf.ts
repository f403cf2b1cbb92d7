// The daily touchpoint PDFs (`briefing` at the start of the day, `closeout` at its end) take the
// same flags — `--db F --date D [--team T] --out F.pdf` — and write the PDF their contract call
// returns. One command body serves both; each names its call and how it describes the document.
import { isoDateSchema } from '../../../shared/domain/schemas';
import { outputTarget } from '../output-file';
import { callByName, withDb } from '../front-door';
import { parseFlags, required } from '../args';
import { CliError } from '../cli-error';

export interface DayPdfCommand {
  /** The command's name, as typed and in its messages. */
  command: string;
  /** The contract call that makes the PDF. */
  name: 'briefing/create-pdf' | 'closeout/create-pdf';
  /** What the PDF is, in the line that reports it ("briefing", "close-out"). */
  what: string;
}

export async function dayPdfCommand(spec: DayPdfCommand, argv: string[], out: (s: string) => void): Promise<void> {
  const { command } = spec;
  const { values } = parseFlags(
    argv,
    { db: { type: 'string' }, date: { type: 'string' }, team: { type: 'string' }, out: { type: 'string' } },
    command,
  );
  const db = required(values.db, 'db', command);
  const date = required(values.date, 'date', command);
  if (!isoDateSchema.safeParse(date).success) throw new CliError(`${command}: --date must be a real date YYYY-MM-DD (got "${date}")`);
  const target = required(values.out, 'out', command);
  if (!/\.pdf$/i.test(target)) throw new CliError(`${command}: --out must name a .pdf file (got "${target}")`);
  const output = outputTarget(target, command); // refuses devices, FIFOs and folders before any work
  // A typed --team goes to the contract, which checks it (an empty one is refused, not read as "all").
  const team = typeof values.team === 'string' ? values.team : undefined;
  await withDb(db, async (ws) => {
    const r = await callByName(ws, command, spec.name, { date, ...(team !== undefined ? { team } : {}) });
    output.write(Buffer.from(r.pdf_base64, 'base64'));
    out(`Wrote ${output.file}: ${spec.what} for ${date}${team !== undefined ? ` (team ${team})` : ''}, ${r.bytes} bytes`);
  });
}

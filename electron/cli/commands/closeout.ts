// `closeout --db F --date D [--team T] --out F.pdf`: the end-of-day close-out summary as a PDF
// (the briefing's twin at the other end of the day).
import { isoDateSchema } from '../../../shared/domain/schemas';
import { outputTarget } from '../output-file';
import { callByName, withDb } from '../front-door';
import { parseFlags, required } from '../args';
import { CliError } from '../cli-error';

export const CLOSEOUT_HELP =
  'closeout --db F --date YYYY-MM-DD [--team T] --out F.pdf   the end-of-day close-out (completions against plan, carry-overs, priority rebookings, deviations, tomorrow’s flags) as a PDF';

export async function closeoutCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(
    argv,
    { db: { type: 'string' }, date: { type: 'string' }, team: { type: 'string' }, out: { type: 'string' } },
    'closeout',
  );
  const db = required(values.db, 'db', 'closeout');
  const date = required(values.date, 'date', 'closeout');
  if (!isoDateSchema.safeParse(date).success) throw new CliError(`closeout: --date must be a real date YYYY-MM-DD (got "${date}")`);
  const target = required(values.out, 'out', 'closeout');
  if (!/\.pdf$/i.test(target)) throw new CliError(`closeout: --out must name a .pdf file (got "${target}")`);
  const output = outputTarget(target, 'closeout'); // refuses devices, FIFOs and folders before any work
  await withDb(db, async (ws) => {
    const team = typeof values.team === 'string' ? values.team : undefined;
    const r = await callByName(ws, 'closeout', 'closeout/create-pdf', { date, ...(team ? { team } : {}) });
    output.write(Buffer.from(r.pdf_base64, 'base64'));
    out(`Wrote ${output.file}: close-out for ${date}${team ? ` (team ${team})` : ''}, ${r.bytes} bytes`);
  });
}

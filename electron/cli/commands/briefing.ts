// `briefing --db F --date D [--team T] --out F.pdf`: the start-of-day briefing as a PDF.
import { isoDateSchema } from '../../../shared/domain/schemas';
import { outputTarget } from '../output-file';
import { callByName, withDb } from '../front-door';
import { parseFlags, required } from '../args';
import { CliError } from '../cli-error';

export const BRIEFING_HELP =
  'briefing --db F --date YYYY-MM-DD [--team T] --out F.pdf   the start-of-day briefing (diary, absences, exceptions, priority changes) as a PDF';

export async function briefingCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(
    argv,
    { db: { type: 'string' }, date: { type: 'string' }, team: { type: 'string' }, out: { type: 'string' } },
    'briefing',
  );
  const db = required(values.db, 'db', 'briefing');
  const date = required(values.date, 'date', 'briefing');
  if (!isoDateSchema.safeParse(date).success) throw new CliError(`briefing: --date must be a real date YYYY-MM-DD (got "${date}")`);
  const target = required(values.out, 'out', 'briefing');
  if (!/\.pdf$/i.test(target)) throw new CliError(`briefing: --out must name a .pdf file (got "${target}")`);
  const output = outputTarget(target, 'briefing'); // refuses devices, FIFOs and folders before any work
  await withDb(db, async (ws) => {
    const r = await callByName(ws, 'briefing', 'briefing/create-pdf', {
      date,
      ...(typeof values.team === 'string' ? { team: values.team } : {}),
    });
    output.write(Buffer.from(r.pdf_base64, 'base64'));
    out(`Wrote ${output.file}: briefing for ${date}${typeof values.team === 'string' ? ` (team ${values.team})` : ''}, ${r.bytes} bytes`);
  });
}

// `print --db F --date D [--operative ID] --out F.pdf`: printable day sheets as a PDF file —
// one operative's day, or (without --operative, or with several ids A,B) the team's: a cover
// listing everyone's day, then one sheet each. The app's print/create-day-sheets call; the file
// is written to a temporary name and renamed into place.
import { isoDateSchema } from '../../../shared/domain/schemas';
import { writeFileAtomic } from '../../backend/write-file-atomic';
import { callApi, withWorkspace } from '../api-call';
import { parseFlags, required } from '../args';
import { CliError } from '../cli-error';

export const PRINT_HELP =
  'print --db F --date YYYY-MM-DD [--operative ID[,ID…]] --out F.pdf [--scenario N]   day sheets as a PDF: one operative, or the team';

export async function printCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(
    argv,
    {
      db: { type: 'string' },
      date: { type: 'string' },
      operative: { type: 'string' },
      out: { type: 'string' },
      scenario: { type: 'string' },
    },
    'print',
  );
  const db = required(values.db, 'db', 'print');
  const date = required(values.date, 'date', 'print');
  if (!isoDateSchema.safeParse(date).success) throw new CliError(`print: --date must be a real date YYYY-MM-DD (got "${date}")`);
  const target = required(values.out, 'out', 'print');
  if (!/\.pdf$/i.test(target)) throw new CliError(`print: --out must name a .pdf file (got "${target}")`);
  const ids =
    typeof values.operative === 'string'
      ? values.operative
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
  await withWorkspace(db, async (ws) => {
    const r = await callApi(ws, 'print/create-day-sheets', { date, ...(ids ? { operative_ids: ids } : {}) }, values.scenario);
    try {
      writeFileAtomic(target, Buffer.from(r.pdf_base64, 'base64'));
    } catch (e) {
      throw new CliError(`print: cannot write ${target}: ${(e as Error).message}`);
    }
    out(
      `Wrote ${target}: day sheet${r.operatives === 1 ? '' : 's'} for ${r.operatives} operative${r.operatives === 1 ? '' : 's'}, ${r.jobs} jobs, ${r.pages} page${r.pages === 1 ? '' : 's'}`,
    );
  });
}

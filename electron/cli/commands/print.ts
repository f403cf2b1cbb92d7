// `print --db F --date D [--operative ID] --out F.pdf`: printable day sheets as a PDF file —
// one operative's day, or (without --operative, or with several ids A,B) the team's: a cover
// listing everyone's day, then one sheet each. The app's print/create-day-sheets call; the file
// is written to a temporary name and renamed into place.
import type { ApiInput } from '../../../shared/api/contract';
import { CliError } from '../cli-error';
import { WORKSPACE_FLAGS, checkInput, flag, parseCommand, requiredFlag, runContract } from '../front-door';
import { outputTarget } from '../output-file';

export const PRINT_HELP =
  'print --db F --date YYYY-MM-DD [--operative ID[,ID…]] --out F.pdf [--scenario N]   day sheets as a PDF: one operative, or the team';

export async function printCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const flags = { ...WORKSPACE_FLAGS, date: flag.text('date'), operative: flag.list('operative_ids'), out: flag.text() };
  const { values, input } = parseCommand(argv, flags, 'print');
  const request = input as ApiInput<'print/create-day-sheets'>;
  const opts = { flags, values, scenario: values.scenario };
  requiredFlag(values, 'db', 'print');
  checkInput('print', 'print/create-day-sheets', request, opts);
  const target = requiredFlag(values, 'out', 'print');
  if (!/\.pdf$/i.test(target)) throw new CliError(`print: --out must name a .pdf file (got "${target}")`);
  const output = outputTarget(target, 'print');
  const r = await runContract('print', 'print/create-day-sheets', request, opts);
  output.write(Buffer.from(r.pdf_base64, 'base64'));
  out(
    `Wrote ${output.file}: day sheet${r.operatives === 1 ? '' : 's'} for ${r.operatives} operative${r.operatives === 1 ? '' : 's'}, ${r.jobs} jobs, ${r.pages} page${r.pages === 1 ? '' : 's'}`,
  );
}

// `closeout --db F --date D [--team T] --out F.pdf`: the end-of-day close-out summary as a PDF
// (the briefing's twin at the other end of the day).
import { dayPdfCommand } from './day-pdf';

export const CLOSEOUT_HELP =
  'closeout --db F --date YYYY-MM-DD [--team T] --out F.pdf   the end-of-day close-out (completions against plan, carry-overs, priority rebookings, deviations, tomorrow’s flags) as a PDF';

export function closeoutCommand(argv: string[], out: (s: string) => void): Promise<void> {
  return dayPdfCommand({ command: 'closeout', name: 'closeout/create-pdf', what: 'close-out' }, argv, out);
}

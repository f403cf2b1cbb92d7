// `briefing --db F --date D [--team T] --out F.pdf`: the start-of-day briefing as a PDF.
import { dayPdfCommand } from './day-pdf';

export const BRIEFING_HELP =
  'briefing --db F --date YYYY-MM-DD [--team T] --out F.pdf   the start-of-day briefing (diary, absences, exceptions, priority changes) as a PDF';

export function briefingCommand(argv: string[], out: (s: string) => void): Promise<void> {
  return dayPdfCommand({ command: 'briefing', name: 'briefing/create-pdf', what: 'briefing' }, argv, out);
}

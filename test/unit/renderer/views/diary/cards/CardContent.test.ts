// What a job card says: its SLA mark (red when the placement would breach), its window in short,
// and the accessible name a screen reader reads for the card.
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobView } from '../../../../../../shared/api/views';
import { cardLabel, slaMark, windowShort } from '../../../../../../renderer/src/views/diary/cards/CardContent';
import { loadBoard } from '../board-fixture';

let job: (ref: string) => JobView;
beforeAll(async () => {
  const model = await loadBoard();
  job = (ref) => model.jobs.get(ref)!;
});

describe('job card wording', () => {
  it('SLA mark: breach when the placement finishes late, else the clock against now', () => {
    // J-1006 is due 08:00 on Tue 5 Jan.
    expect(slaMark(job('J-1006'), '2027-01-05T06:00', false)).toEqual({ mark: 'due-soon', text: '2h left' });
    expect(slaMark(job('J-1006'), '2027-01-05T09:30', false)).toEqual({ mark: 'overdue', text: 'Overdue 1h 30m' });
    expect(slaMark(job('J-1006'), '2027-01-05T06:00', true)).toEqual({ mark: 'breach', text: 'SLA breach · 2h left' });
    expect(slaMark(job('J-1002'), '2027-01-05T06:00', false)).toMatchObject({ mark: 'ok' });
    expect(slaMark({ ...job('J-1002'), sla_deadline: null }, '2027-01-05T06:00', false)).toEqual({ mark: 'none', text: 'No SLA' });
    expect(slaMark({ ...job('J-1002'), sla_deadline: null }, '2027-01-05T06:00', true)).toEqual({ mark: 'breach', text: 'SLA breach' });
  });

  it('windows in short: AM, PM, hours without :00, nothing for any time', () => {
    expect(['AM', 'PM', 'ALL', '10:00-12:00', '09:30-11:15', 'odd'].map(windowShort)).toEqual([
      'AM',
      'PM',
      '',
      '10–12',
      '9:30–11:15',
      'odd',
    ]);
  });

  it("the card's accessible name: ref, trade, priority, times, window, pinned and SLA", () => {
    const sla = slaMark(job('J-1005'), '2027-01-05T06:00', false);
    expect(cardLabel(job('J-1005'), { start: 8 * 60, end: 9 * 60 }, true, sla)).toBe(
      `J-1005, GAS 3, urgent, 08:00 to 09:00, window AM, pinned, ${sla.text}`,
    );
    expect(cardLabel({ ...job('J-1002'), sla_deadline: null }, null, false, { mark: 'none', text: 'No SLA' })).toBe(
      'J-1002, GAS 3, routine',
    );
  });
});

// The Unscheduled tray's search, filters and sort orders, on the board's real jobs (and copies of
// them with other priorities, trades, areas and deadlines for the properties).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobView } from '../../../../../../shared/api/views';
import { PRIORITIES } from '../../../../../../shared/domain/schemas';
import { slaMinutesLeft } from '../../../../../../shared/sla';
import {
  EMPTY_TRAY_FILTER,
  SLA_FILTERS,
  TRAY_SORTS,
  distinct,
  filterTray,
  priorityRank,
  type TrayFilter,
} from '../../../../../../renderer/src/views/diary/tray/trayFilter';
import { loadBoard } from '../board-fixture';

let jobs: JobView[];
beforeAll(async () => {
  jobs = [...(await loadBoard()).jobs.values()];
});

const NOW = '2027-01-05T06:00';
const refs = (js: readonly JobView[]) => js.map((j) => j.ref);
const filter = (patch: Partial<TrayFilter>, now = NOW) => refs(filterTray(jobs, { ...EMPTY_TRAY_FILTER, ...patch }, now));

describe('tray search and filters', () => {
  it('with no filter shows every job, soonest SLA deadline first', () => {
    const byDeadline = [...jobs].sort((a, b) => a.sla_deadline!.localeCompare(b.sla_deadline!));
    expect(filter({})).toEqual(refs(byDeadline));
    expect(filter({})[0]).toBe('J-1006'); // the emergency
  });

  it('searches ref and address, ignoring case and surrounding spaces', () => {
    expect(filter({ text: '  j-1003 ' })).toEqual(['J-1003']);
    expect(filter({ text: 'chapeltown' })).toEqual(['J-1004']);
    expect(filter({ text: 'leeds' })).toHaveLength(jobs.length);
    expect(filter({ text: 'GAS' })).toEqual([]); // the trade is a filter of its own, not searched
  });

  it('filters by priority, trade and area exactly', () => {
    expect(filter({ priority: 'EMERGENCY' })).toEqual(['J-1006']);
    expect(filter({ trade: 'PLUMB' }).sort()).toEqual(['J-1003', 'J-1006']);
    expect(filter({ area: 'LS7' })).toEqual(['J-1004']);
    expect(filter({ trade: 'PLUMB', area: 'LS7' })).toEqual([]);
  });

  it('filters by SLA: overdue, due within 24 hours, within 7 days; jobs with no SLA never match', () => {
    const noSla = { ...jobs[0]!, ref: 'J-NOSLA', sla_deadline: null };
    const all = [...jobs, noSla];
    const by = (sla: TrayFilter['sla'], now: string) => refs(filterTray(all, { ...EMPTY_TRAY_FILTER, sla }, now));
    expect(by('overdue', NOW)).toEqual([]);
    expect(by('day', NOW)).toEqual(['J-1006']); // due 08:00 today
    expect(by('overdue', '2027-01-05T09:00')).toEqual(['J-1006']);
    expect(by('week', NOW)).toEqual(['J-1006', 'J-1005']); // the urgent job is due Mon 11 Jan; routine ones in February
    expect(by('', NOW)).toContain('J-NOSLA');
  });
});

describe('tray sort orders', () => {
  it('priority: emergency, urgent, routine, planned, then by deadline', () => {
    const order = filter({ sort: 'priority' });
    const ranks = order.map((r) => priorityRank(jobs.find((j) => j.ref === r)!.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(order.slice(0, 2)).toEqual(['J-1006', 'J-1005']);
  });

  it('matrix order puts high impact, low effort first (as the auto-scheduler breaks ties)', () => {
    // J-1005 impact 5 effort 1, J-1006 5/2: both "do first"; J-1004 3/3 last.
    expect(filter({ sort: 'matrix' })).toEqual(['J-1005', 'J-1006', 'J-1002', 'J-1003', 'J-1004']);
  });

  it('trade, area and reference sort by that field (deadline breaking trade and area ties)', () => {
    // GAS: the urgent J-1005 first, then J-1002 and J-1004 (same deadline: as listed); PLUMB after.
    expect(filter({ sort: 'trade' })).toEqual(['J-1005', 'J-1002', 'J-1004', 'J-1006', 'J-1003']);
    // LS4, LS5, LS7, LS8, LS14: areas compare as people read them, numbers by value.
    expect(filter({ sort: 'area' })).toEqual(['J-1002', 'J-1006', 'J-1004', 'J-1005', 'J-1003']);
    expect(filter({ sort: 'ref' })).toEqual(['J-1002', 'J-1003', 'J-1004', 'J-1005', 'J-1006']);
  });

  it('an unknown priority sorts after every known one', () => {
    expect(priorityRank('SOMEDAY')).toBe(PRIORITIES.length);
    expect(priorityRank('EMERGENCY')).toBe(0);
  });
});

describe('tray filter properties', () => {
  const variant = fc.record({
    base: fc.nat({ max: 4 }),
    n: fc.integer({ min: 1, max: 99 }),
    priority: fc.constantFrom(...PRIORITIES),
    trade: fc.constantFrom('GAS', 'PLUMB', 'ELEC'),
    area: fc.constantFrom('LS4', 'LS7', 'LS14'),
    deadline: fc.option(fc.integer({ min: -3 * 1440, max: 10 * 1440 }), { nil: null }),
  });
  const filters = fc.record({
    text: fc.constantFrom('', 'j-10', 'leeds', 'road', 'x'),
    priority: fc.constantFrom('', ...PRIORITIES),
    trade: fc.constantFrom('', 'GAS', 'PLUMB'),
    area: fc.constantFrom('', 'LS4', 'LS7'),
    sla: fc.constantFrom(...SLA_FILTERS),
    sort: fc.constantFrom(...TRAY_SORTS),
  });
  const minutes = (m: number) => {
    const t = Date.UTC(2027, 0, 5, 6, 0) + m * 60_000;
    return new Date(t).toISOString().slice(0, 16); // as UK local in January (no offset)
  };

  it('shows exactly the jobs that meet every criterion, each once', () => {
    fc.assert(
      fc.property(fc.array(variant, { maxLength: 30 }), filters, (vs, f) => {
        const pool: JobView[] = vs.map((v) => ({
          ...jobs[v.base]!,
          ref: `J-${v.n}`,
          priority: v.priority,
          trade: v.trade,
          area: v.area,
          sla_deadline: v.deadline === null ? null : minutes(v.deadline),
        }));
        const shown = filterTray(pool, f, NOW);
        const meets = (j: JobView) => {
          const left = j.sla_deadline ? slaMinutesLeft(j.sla_deadline, NOW) : null;
          const needle = f.text.trim().toLowerCase();
          return (
            (!f.priority || j.priority === f.priority) &&
            (!f.trade || j.trade === f.trade) &&
            (!f.area || j.area === f.area) &&
            (!needle || j.ref.toLowerCase().includes(needle) || j.address.toLowerCase().includes(needle)) &&
            (f.sla === '' || (left !== null && (f.sla === 'overdue' ? left < 0 : f.sla === 'day' ? left < 1440 : left < 7 * 1440)))
          );
        };
        expect(new Set(shown)).toEqual(new Set(pool.filter(meets)));
        expect(shown).toHaveLength(pool.filter(meets).length);
        // Filtering what is shown again changes nothing.
        expect(filterTray(shown, f, NOW)).toEqual(shown);
      }),
    );
  });

  it('the menus list each value once, sorted, without blanks', () => {
    expect(distinct([...jobs, { ...jobs[0]!, area: '' }], (j) => j.area)).toEqual(['LS14', 'LS4', 'LS5', 'LS7', 'LS8'].sort());
    expect(distinct(jobs, (j) => j.trade)).toEqual(['GAS', 'PLUMB']);
  });
});

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  escapeText,
  foldLine,
  runsheetIcs,
  utf8,
  type PackIdentity,
  type PackJob,
  type PackOperative,
  type PackVisit,
} from '../../../../shared/pack';

const unfold = (s: string) => s.replace(/\r\n /g, '');
const octets = (s: string) => utf8(s).length;

describe('ICS content lines', () => {
  it('folds at 75 octets without splitting UTF-8 characters, and unfolds back', () => {
    for (const line of ['DESCRIPTION:' + 'a'.repeat(300), 'SUMMARY:' + 'é€😀x'.repeat(60), 'X:' + '€'.repeat(74)]) {
      const folded = foldLine(line);
      for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
      expect(
        folded
          .split('\r\n')
          .slice(1)
          .every((l) => l.startsWith(' ')),
      ).toBe(true);
      expect(unfold(folded)).toBe(line);
      expect(folded).not.toMatch(/\uFFFD/);
    }
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('escapes TEXT: backslash, semicolon, comma, newlines; drops other controls', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0001h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });
});

const op: PackOperative = {
  id: 'OP-A',
  name: 'Aisha Khan',
  trades: [{ trade: 'GAS', proficiency: 4 }],
  competences: [],
  shift_start: '08:00',
  shift_end: '16:30',
  working_days: ['Mon', 'Tue'],
  areas: [],
};
const job = (ref: string, extra: Partial<PackJob> = {}): PackJob => ({
  ref,
  address: '14 Brudenell Road, Leeds LS6 1HA',
  lat: 53.81,
  lon: -1.57,
  area: 'LS6',
  trade: 'GAS',
  min_proficiency: 2,
  competences: ['GAS_SAFE'],
  priority: 'URGENT',
  raised_at: '2027-06-01T09:00',
  duration_min: 60,
  window: 'AM',
  depends_on: [{ ref: 'J-0', lag_min: 30 }],
  impact: 3,
  effort: 2,
  owner: 'Priya Shah',
  done_when: 'Boiler running; certificate issued',
  notes: 'Key safe 1234; tenant vulnerable, call ahead; "dog"',
  status: 'open',
  sla_deadline: '2027-06-08T23:59',
  ...extra,
});
const id: PackIdentity = {
  pack_id: 'pack-1',
  version: 3,
  from: '2027-06-07',
  to: '2027-06-11',
  scenario: null,
  created_at: '2027-06-04T16:05:09.123Z',
  created_by: 'planner',
  app_version: '0.1.0',
  key_id: 'ABC',
  prev_version: 2,
  prev_manifest_sha256: 'f'.repeat(64),
};
const visits: PackVisit[] = [
  {
    ref: 'J-1',
    operative_id: 'OP-A',
    date: '2027-06-07',
    sequence: 0,
    start: '2027-06-07T08:30',
    end: '2027-06-07T09:30',
    booked_start: null,
    pinned: false,
    travel_min: 12,
  },
  {
    ref: 'J-2',
    operative_id: 'OP-A',
    date: '2027-12-06',
    sequence: 0,
    start: '2027-12-06T13:00',
    end: '2027-12-06T14:00',
    booked_start: '13:00',
    pinned: true,
    travel_min: 5,
  },
];

describe('run sheet calendar (.ics)', () => {
  const text = runsheetIcs(
    op,
    visits,
    new Map([
      ['J-1', job('J-1')],
      ['J-2', job('J-2', { notes: 'Line one\nLine two' })],
    ]),
    id,
  );

  it('is CRLF throughout with no line over 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const l of text.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  it('parses with ical.js: one event per visit, Europe/London times, address, window and notes', () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    const vtz = cal.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
    const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(2);
    const [summer, winter] = events;
    expect(summer!.uid).toBe('J-1@pack-1.planwright');
    expect(summer!.summary).toBe('J-1 GAS · 14 Brudenell Road, Leeds LS6 1HA');
    expect(summer!.location).toBe('14 Brudenell Road, Leeds LS6 1HA');
    expect(summer!.startDate.zone?.tzid).toBe('Europe/London');
    // 08:30 BST is 07:30 UTC; 13:00 GMT in December is 13:00 UTC.
    expect(new Date(summer!.startDate.toUnixTime() * 1000).toISOString()).toBe('2027-06-07T07:30:00.000Z');
    expect(new Date(summer!.endDate.toUnixTime() * 1000).toISOString()).toBe('2027-06-07T08:30:00.000Z');
    expect(new Date(winter!.startDate.toUnixTime() * 1000).toISOString()).toBe('2027-12-06T13:00:00.000Z');
    expect(summer!.description).toContain('appointment window AM');
    expect(summer!.description).toContain('Notes: Key safe 1234; tenant vulnerable, call ahead; "dog"');
    expect(summer!.description).toContain('Depends on: J-0 (+30 min)');
    expect(winter!.description).toContain('Notes: Line one\nLine two');
    expect(summer!.sequence).toBe(3);
    expect(summer!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2027-06-04T16:05:09Z');
  });
});

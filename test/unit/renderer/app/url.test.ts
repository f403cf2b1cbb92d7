// The address bar's parameters: every deep link in use reads as it always has, bad values fall back
// to defaults, and a change touches only the parameters it names (others, unknown ones included,
// stay where they were).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIEWS, VIEW_LABELS, isViewId } from '../../../../renderer/src/app/routes';
import { parseUrl, patchSearch, type UrlPatch, type UrlState } from '../../../../renderer/src/app/url';
import { SPANS } from '../../../../renderer/src/views/diary/range';

const TODAY = '2026-12-06';
const DEFAULTS: UrlState = { view: 'diary', date: TODAY, span: 'week', to: null, job: null, trade: null, scenario: null, operative: null };

describe('reading the URL', () => {
  it('an empty address opens the diary on today', () => {
    expect(parseUrl('', TODAY)).toEqual(DEFAULTS);
  });

  it('reads the deep links the app, its tests and external checks use', () => {
    expect(parseUrl('?view=jobs', TODAY)).toEqual({ ...DEFAULTS, view: 'jobs' });
    expect(parseUrl('?view=diary&date=2027-01-05&span=custom&to=2027-01-08', TODAY)).toEqual({
      ...DEFAULTS,
      date: '2027-01-05',
      span: 'custom',
      to: '2027-01-08',
    });
    expect(parseUrl('?view=dependencies&job=P-5', TODAY)).toMatchObject({ view: 'dependencies', job: 'P-5' });
    expect(parseUrl('?view=diary&date=2027-01-04&trade=GAS', TODAY)).toMatchObject({ trade: 'GAS', date: '2027-01-04' });
    expect(parseUrl('?view=diary&operative=OP-7', TODAY)).toMatchObject({ view: 'diary', operative: 'OP-7' });
    expect(parseUrl('?scenario=Storm%20cover', TODAY)).toMatchObject({ scenario: 'Storm cover' });
    // `?scenario=` names the live plan explicitly (it overrides the session's last choice).
    expect(parseUrl('?scenario=', TODAY).scenario).toBe('');
  });

  it('falls back to defaults for unknown views, impossible dates and unknown spans (links get hand-edited)', () => {
    expect(parseUrl('?view=reports&date=2027-02-30&span=month&job=&trade=', TODAY)).toEqual(DEFAULTS);
    expect(parseUrl('?date=05/01/2027', TODAY).date).toBe(TODAY);
  });

  it('every view has a name in the navigation', () => {
    for (const v of VIEWS) expect(VIEW_LABELS[v]).toMatch(/^[A-Z]/);
    expect(isViewId('matrix')).toBe(true);
    expect(isViewId('Matrix')).toBe(false);
    expect(isViewId(null)).toBe(false);
  });
});

describe('changing the URL', () => {
  it('changes a parameter in place and keeps the others, unknown ones too', () => {
    expect(patchSearch('?view=jobs&date=2027-01-04', { view: 'diary' })).toBe('?view=diary&date=2027-01-04');
    expect(patchSearch('?view=diary&date=2027-01-05&span=week&run=3', { date: '2027-01-12' })).toBe(
      '?view=diary&date=2027-01-12&span=week&run=3',
    );
  });

  it('appends new parameters after the existing ones, in a fixed order', () => {
    expect(patchSearch('?view=jobs&date=2027-01-04', { view: 'dependencies', job: 'J-1002' })).toBe(
      '?view=dependencies&date=2027-01-04&job=J-1002',
    );
    expect(patchSearch('?scenario=Storm', { date: '2027-01-04', view: 'jobs' })).toBe('?scenario=Storm&view=jobs&date=2027-01-04');
    expect(patchSearch('?view=roster&date=2027-01-04', { trade: 'GAS', view: 'diary', date: '2027-01-06' })).toBe(
      '?view=diary&date=2027-01-06&trade=GAS',
    );
  });

  it('null removes a parameter; a key left out is left alone; nothing left is no query at all', () => {
    expect(patchSearch('?view=diary&span=custom&to=2027-01-08', { span: 'week', to: null })).toBe('?view=diary&span=week');
    expect(patchSearch('?view=diary&job=P-1', { job: undefined })).toBe('?view=diary&job=P-1');
    expect(patchSearch('?scenario=Storm', { scenario: null })).toBe('');
  });

  it('writes values that need escaping so they read back the same', () => {
    const search = patchSearch('?view=diary', { scenario: 'Storm & flood = 50%', trade: 'GAS+' });
    expect(parseUrl(search, TODAY)).toMatchObject({ scenario: 'Storm & flood = 50%', trade: 'GAS+' });
  });

  it('reads back what was written and leaves everything else as it read before; writing twice is writing once', () => {
    const text = fc.string({ minLength: 1, maxLength: 12 });
    const date = fc.integer({ min: 0, max: 1000 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    const patch: fc.Arbitrary<UrlPatch> = fc.record(
      {
        view: fc.constantFrom(...VIEWS),
        date,
        span: fc.option(fc.constantFrom(...SPANS), { nil: null }),
        to: fc.option(date, { nil: null }),
        job: fc.option(text, { nil: null }),
        trade: fc.option(text, { nil: null }),
        scenario: fc.option(text, { nil: null }),
      },
      { requiredKeys: [] },
    );
    const search = fc
      .array(fc.tuple(fc.constantFrom('view', 'date', 'span', 'to', 'job', 'trade', 'scenario', 'run', 'x'), text))
      .map((pairs) => `?${new URLSearchParams(pairs).toString()}`);
    fc.assert(
      fc.property(search, patch, (s, p) => {
        const next = patchSearch(s, p);
        const before = parseUrl(s, TODAY);
        const after = parseUrl(next, TODAY);
        for (const key of Object.keys(DEFAULTS) as (keyof UrlState)[]) {
          if (!(key in p)) expect(after[key]).toEqual(before[key]);
          else if (p[key] === null) expect(after[key]).toEqual(key === 'span' ? 'week' : null);
          else expect(after[key]).toEqual(p[key]);
        }
        expect(patchSearch(next, p)).toBe(next);
        // Parameters the app doesn't know survive untouched.
        expect(new URLSearchParams(next).getAll('run')).toEqual(new URLSearchParams(s).getAll('run'));
      }),
    );
  });
});

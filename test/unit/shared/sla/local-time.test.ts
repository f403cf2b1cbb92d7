import { describe, it, expect } from 'vitest';
import { localToInstant, londonOffsetMinutes, parseInstant, toLocal } from '../../../../shared/sla';

const H = 3_600_000;

describe('parseInstant', () => {
  it('reads UTC and explicit offsets exactly', () => {
    expect(parseInstant('2026-03-28T12:00Z')).toBe(Date.UTC(2026, 2, 28, 12));
    expect(parseInstant('2026-03-28T12:00:00Z')).toBe(Date.UTC(2026, 2, 28, 12));
    expect(parseInstant('2026-03-28T12:00:00.250Z')).toBe(Date.UTC(2026, 2, 28, 12, 0, 0, 250));
    expect(parseInstant('2026-07-01T10:00:00+01:00')).toBe(Date.UTC(2026, 6, 1, 9));
    expect(parseInstant('2026-07-01T10:00+0100')).toBe(Date.UTC(2026, 6, 1, 9));
    expect(parseInstant('2026-01-15T10:00:00-05:00')).toBe(Date.UTC(2026, 0, 15, 15));
    expect(parseInstant('2026-01-15T10:00:00+05:30')).toBe(Date.UTC(2026, 0, 15, 4, 30));
    // An offset that is not London's is still honoured: the instant is what matters.
    expect(parseInstant('2026-01-15T10:00:00+01:00')).toBe(Date.UTC(2026, 0, 15, 9));
  });

  it('reads times without an offset as UK local wall-clock', () => {
    expect(parseInstant('2026-01-15T10:00')).toBe(Date.UTC(2026, 0, 15, 10)); // GMT
    expect(parseInstant('2026-07-01T10:00')).toBe(Date.UTC(2026, 6, 1, 9)); // BST
    expect(parseInstant('2026-07-01T10:00:30')).toBe(Date.UTC(2026, 6, 1, 9, 0, 30));
    expect(parseInstant('2026-07-01 10:00')).toBe(Date.UTC(2026, 6, 1, 9)); // spreadsheet style
  });

  it('reads a bare date as local midnight', () => {
    expect(parseInstant('2026-01-15')).toBe(Date.UTC(2026, 0, 15, 0));
    expect(parseInstant('2026-07-01')).toBe(Date.UTC(2026, 5, 30, 23));
  });

  it('rejects anything that is not an ISO 8601 date-time, naming the value', () => {
    for (const bad of [
      '',
      'tomorrow',
      '15/01/2026 10:00',
      '2026-02-30T10:00',
      '2026-01-15T24:00',
      '2026-01-15T10:60',
      '2026-01-15T10',
      '2026-01-15T10:00+25:00',
      '2026-01-15Z',
      '2026-01-15T10:00:00ZZ',
    ]) {
      expect(() => parseInstant(bad)).toThrow(`raised_at "${bad}" is not an ISO 8601 date-time`);
    }
    expect(() => parseInstant('nope', 'deadline')).toThrow('deadline "nope" is not an ISO 8601 date-time');
  });
});

describe('UK clock changes', () => {
  it('switches to BST at 01:00 UTC on the last Sunday of March', () => {
    expect(londonOffsetMinutes(Date.UTC(2026, 2, 29, 0, 59))).toBe(0);
    expect(londonOffsetMinutes(Date.UTC(2026, 2, 29, 1, 0))).toBe(60);
    expect(toLocal(Date.UTC(2026, 2, 29, 0, 59))).toEqual({ date: '2026-03-29', time: '00:59' });
    expect(toLocal(Date.UTC(2026, 2, 29, 1, 0))).toEqual({ date: '2026-03-29', time: '02:00' });
    expect(londonOffsetMinutes(Date.UTC(2027, 2, 28, 1, 0))).toBe(60);
    expect(londonOffsetMinutes(Date.UTC(2028, 2, 26, 0, 59))).toBe(0);
    expect(londonOffsetMinutes(Date.UTC(2028, 2, 26, 1, 0))).toBe(60);
  });

  it('returns to GMT at 01:00 UTC on the last Sunday of October', () => {
    expect(toLocal(Date.UTC(2026, 9, 25, 0, 59))).toEqual({ date: '2026-10-25', time: '01:59' });
    expect(toLocal(Date.UTC(2026, 9, 25, 1, 0))).toEqual({ date: '2026-10-25', time: '01:00' });
    expect(londonOffsetMinutes(Date.UTC(2027, 9, 31, 0, 59))).toBe(60);
    expect(londonOffsetMinutes(Date.UTC(2027, 9, 31, 1, 0))).toBe(0);
    expect(londonOffsetMinutes(Date.UTC(2028, 9, 29, 1, 0))).toBe(0);
  });

  it('shows local midnight crossings in BST', () => {
    expect(toLocal(Date.UTC(2026, 5, 30, 23, 30))).toEqual({ date: '2026-07-01', time: '00:30' });
    expect(toLocal(Date.UTC(2026, 5, 30, 23, 30, 59))).toEqual({ date: '2026-07-01', time: '00:30' }); // seconds truncated
  });

  it('resolves the skipped and repeated hours predictably', () => {
    // 01:30 on 29 Mar 2026 never shows on a UK clock: read with GMT, i.e. 02:30 BST.
    expect(localToInstant('2026-03-29', '01:30')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(localToInstant('2026-03-29', '02:00')).toBe(Date.UTC(2026, 2, 29, 1, 0));
    // 01:30 on 25 Oct 2026 happens twice: the first (BST) occurrence is taken.
    expect(localToInstant('2026-10-25', '01:30')).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(localToInstant('2026-10-25', '02:00')).toBe(Date.UTC(2026, 9, 25, 2, 0));
  });

  it('round-trips every local hour of 2026 except the repeated one', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += H) {
      const { date, time } = toLocal(t);
      const back = localToInstant(date, time);
      if (t === Date.UTC(2026, 9, 25, 1)) expect(back).toBe(t - H);
      else expect(back).toBe(t);
    }
  });
});

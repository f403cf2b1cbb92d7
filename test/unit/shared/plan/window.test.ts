import { describe, expect, it } from 'vitest';
import { parseWindow, shiftBounds } from '../../../../shared/plan/window';
import { operative } from '../rules/fixtures';

const ali = operative({ shift_start: '07:30', shift_end: '16:00' });

describe('parseWindow', () => {
  it('AM is 08:00–12:00 and PM 12:00–17:00 whatever the shift', () => {
    expect(parseWindow('AM', ali)).toEqual({ kind: 'AM', label: 'AM', start: 480, end: 720 });
    expect(parseWindow('PM', ali)).toEqual({ kind: 'PM', label: 'PM', start: 720, end: 1020 });
  });

  it("ALL is the operative's shift", () => {
    expect(parseWindow('ALL', ali)).toEqual({ kind: 'ALL', label: 'ALL', start: 450, end: 960 });
  });

  it('reads HH:MM-HH:MM, including one that crosses midnight', () => {
    expect(parseWindow('09:15-11:45', ali)).toEqual({ kind: 'RANGE', label: '09:15-11:45', start: 555, end: 705 });
    expect(parseWindow('22:00-02:00', ali)).toMatchObject({ start: 1320, end: 1560 });
  });

  it('rejects anything else', () => {
    expect(() => parseWindow('EVENING', ali)).toThrow(/not AM, PM, ALL or HH:MM-HH:MM/);
    expect(() => parseWindow('25:00-26:00', ali)).toThrow();
  });
});

describe('shiftBounds', () => {
  it('is minutes since midnight; an end at or before the start is the next day', () => {
    expect(shiftBounds(ali)).toEqual({ start: 450, end: 960 });
    expect(shiftBounds(operative({ shift_start: '20:00', shift_end: '04:00' }))).toEqual({ start: 1200, end: 1680 });
  });
});

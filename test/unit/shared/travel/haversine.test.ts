import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { haversineKm, haversineTravel } from '../../../../shared/travel/haversine';

const LONDON = { lat: 51.5074, lon: -0.1278 }; // Charing Cross
const CAMBRIDGE = { lat: 52.2053, lon: 0.1218 }; // Market Square

describe('haversineKm', () => {
  it('London to Cambridge is about 79 km in a straight line', () => {
    expect(haversineKm(LONDON, CAMBRIDGE)).toBeGreaterThan(78);
    expect(haversineKm(LONDON, CAMBRIDGE)).toBeLessThan(80);
  });

  it('one degree of latitude is about 111 km', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.2, 1);
  });

  it('is zero for the same point and symmetric', () => {
    expect(haversineKm(LONDON, LONDON)).toBe(0);
    expect(haversineKm(LONDON, CAMBRIDGE)).toBe(haversineKm(CAMBRIDGE, LONDON));
  });
});

describe('haversineTravel', () => {
  it('defaults: road factor 1.3 at 25 km/h', () => {
    const t = haversineTravel();
    const straight = haversineKm(LONDON, CAMBRIDGE);
    expect(t.km(LONDON, CAMBRIDGE)).toBeCloseTo(straight * 1.3, 9);
    expect(t.minutes(LONDON, CAMBRIDGE)).toBe(Math.ceil((straight * 1.3 * 60) / 25)); // ≈ 248 min
    expect(t.minutes(LONDON, CAMBRIDGE)).toBeGreaterThan(240);
    expect(t.minutes(LONDON, CAMBRIDGE)).toBeLessThan(255);
  });

  it('road factor stretches distance and time', () => {
    const straight = haversineTravel({ roadFactor: 1 });
    const winding = haversineTravel({ roadFactor: 2 });
    expect(winding.km(LONDON, CAMBRIDGE)).toBeCloseTo(2 * straight.km(LONDON, CAMBRIDGE), 9);
    expect(winding.minutes(LONDON, CAMBRIDGE)).toBeGreaterThanOrEqual(2 * straight.minutes(LONDON, CAMBRIDGE) - 1);
  });

  it('speed scales time, not distance', () => {
    const slow = haversineTravel({ speedKmh: 20 });
    const fast = haversineTravel({ speedKmh: 80 });
    expect(slow.km(LONDON, CAMBRIDGE)).toBe(fast.km(LONDON, CAMBRIDGE));
    const km = slow.km(LONDON, CAMBRIDGE);
    expect(slow.minutes(LONDON, CAMBRIDGE)).toBe(Math.ceil((km / 20) * 60));
    expect(fast.minutes(LONDON, CAMBRIDGE)).toBe(Math.ceil((km / 80) * 60));
  });

  it('rounds any part-minute up, and the same place is 0 minutes', () => {
    const t = haversineTravel({ roadFactor: 1, speedKmh: 60 }); // 1 km = 1 min
    const a = { lat: 51.5, lon: -0.1 };
    const b = { lat: 51.5 + 0.1 / 111.195, lon: -0.1 }; // ≈ 100 m
    expect(t.minutes(a, b)).toBe(1);
    expect(t.minutes(a, a)).toBe(0);
  });

  it('minutes are whole, non-negative and symmetric', () => {
    const t = haversineTravel();
    const pt = fc.record({ lat: fc.double({ min: 49, max: 59, noNaN: true }), lon: fc.double({ min: -8, max: 2, noNaN: true }) });
    fc.assert(
      fc.property(pt, pt, (a, b) => {
        const m = t.minutes(a, b);
        return Number.isInteger(m) && m >= 0 && m === t.minutes(b, a) && m >= (t.km(a, b) / 25) * 60 - 1e-6;
      }),
    );
  });

  it('rejects nonsense settings', () => {
    expect(() => haversineTravel({ roadFactor: 0.5 })).toThrow(/road factor/);
    expect(() => haversineTravel({ speedKmh: 0 })).toThrow(/speed/);
  });
});

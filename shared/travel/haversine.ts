// Offline travel estimate: great-circle distance stretched by a road factor, at an average urban
// speed. Good enough to sequence a day without a network; swap in a road model behind TravelModel.
import type { LatLon, TravelModel } from './model';

export const EARTH_RADIUS_KM = 6371.0088; // IUGG mean radius
const RAD = Math.PI / 180;
// Guards Math.ceil against float noise (e.g. 12.000000000001 → 13 minutes).
const EPSILON_MIN = 1e-9;

export interface HaversineOptions {
  /** Road distance ÷ straight-line distance; ~1.3 for UK towns. */
  roadFactor?: number;
  /** Average door-to-door speed including parking. */
  speedKmh?: number;
}

/** Straight-line (great-circle) distance in km. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const sLat = Math.sin((b.lat - a.lat) * RAD * 0.5);
  const sLon = Math.sin((b.lon - a.lon) * RAD * 0.5);
  const s = sLat * sLat + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * sLon * sLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

export function haversineTravel(opts: HaversineOptions = {}): TravelModel {
  const roadFactor = opts.roadFactor ?? 1.3;
  const speedKmh = opts.speedKmh ?? 25;
  if (!(roadFactor >= 1) || !Number.isFinite(roadFactor)) throw new Error(`road factor must be ≥ 1, got ${roadFactor}`);
  if (!(speedKmh > 0) || !Number.isFinite(speedKmh)) throw new Error(`speed must be a positive km/h, got ${speedKmh}`);
  const minPerKm = 60 / speedKmh;
  const km = (a: LatLon, b: LatLon): number => haversineKm(a, b) * roadFactor;
  return {
    km,
    // Rounded up: a plan that assumes 12.2 minutes is 12 will run late all day.
    minutes: (a, b) => {
      const m = km(a, b) * minPerKm;
      return m <= EPSILON_MIN ? 0 : Math.ceil(m - EPSILON_MIN);
    },
  };
}

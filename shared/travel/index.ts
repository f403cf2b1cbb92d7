// Public API of travel estimation.
export type { LatLon, TravelModel } from './model';
export { EARTH_RADIUS_KM, haversineKm, haversineTravel } from './haversine';
export type { HaversineOptions } from './haversine';

// The one seam between planning and geography. Everything that needs a journey time asks a
// TravelModel, so a road-network source can replace the offline estimate without touching rules.

export interface LatLon {
  lat: number;
  lon: number;
}

export interface TravelModel {
  /** Whole minutes to drive from a to b (0 when a and b are the same place). */
  minutes(a: LatLon, b: LatLon): number;
  /** Estimated road distance in km from a to b. */
  km(a: LatLon, b: LatLon): number;
}

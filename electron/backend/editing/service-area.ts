// The service area: where a job or an operative's start location may be. Either set for the
// workspace (settings key `service_area`, a latitude/longitude box), or, when not set, derived:
// the box around every job and every operative's start location already in the workspace,
// widened by SERVICE_MARGIN_KM on each side. A workspace with no locations yet has no area and
// accepts any valid coordinates. It catches the common slips — swapped lat/lon, a dropped
// minus sign, a postcode geocoded to the wrong city — without a map service.
import { ApiError } from '../../../shared/api/errors';
import type { ChangeRecorder } from '../store/change-recorder';
import type { Store } from '../store/store';
import type { FieldError } from './field-errors';

export const SERVICE_AREA_KEY = 'service_area';
export const SERVICE_MARGIN_KM = 25;
const KM_PER_DEGREE_LAT = 111.32;

export interface Box {
  min_lat: number;
  max_lat: number;
  min_lon: number;
  max_lon: number;
}

export interface ServiceArea {
  /** 'setting': configured; 'derived': around the workspace's locations; 'none': no locations yet. */
  source: 'setting' | 'derived' | 'none';
  box: Box | null;
  margin_km: number;
}

export function serviceAreaOf(store: Store): ServiceArea {
  const set = store.read.setting<Box>(SERVICE_AREA_KEY);
  if (set) return { source: 'setting', box: set, margin_km: 0 };
  const r = store.db
    .prepare(
      `SELECT MIN(lat) AS min_lat, MAX(lat) AS max_lat, MIN(lon) AS min_lon, MAX(lon) AS max_lon FROM (
         SELECT lat, lon FROM jobs UNION ALL SELECT start_lat AS lat, start_lon AS lon FROM operatives)`,
    )
    .get() as Record<keyof Box, number | null>;
  if (r.min_lat === null || r.max_lat === null || r.min_lon === null || r.max_lon === null) {
    return { source: 'none', box: null, margin_km: SERVICE_MARGIN_KM };
  }
  const dLat = SERVICE_MARGIN_KM / KM_PER_DEGREE_LAT;
  const midLat = ((r.min_lat + r.max_lat) / 2) * (Math.PI / 180);
  const dLon = SERVICE_MARGIN_KM / (KM_PER_DEGREE_LAT * Math.max(0.05, Math.cos(midLat)));
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    source: 'derived',
    box: {
      min_lat: round(Math.max(-90, r.min_lat - dLat)),
      max_lat: round(Math.min(90, r.max_lat + dLat)),
      min_lon: round(Math.max(-180, r.min_lon - dLon)),
      max_lon: round(Math.min(180, r.max_lon + dLon)),
    },
    margin_km: SERVICE_MARGIN_KM,
  };
}

/** Problems with a location, named by the caller's columns (lat/lon or start_lat/start_lon). */
export function locationProblems(area: ServiceArea, lat: number, lon: number, cols: { lat: string; lon: string }): FieldError[] {
  const box = area.box;
  if (!box) return [];
  const where =
    area.source === 'setting'
      ? `the workspace's service area`
      : `the service area (around this workspace's jobs and operatives, plus ${area.margin_km} km)`;
  const out: FieldError[] = [];
  if (lat < box.min_lat || lat > box.max_lat) {
    out.push({ field: cols.lat, message: `${cols.lat} ${lat} is outside ${where}: latitude ${box.min_lat} to ${box.max_lat}` });
  }
  if (lon < box.min_lon || lon > box.max_lon) {
    out.push({ field: cols.lon, message: `${cols.lon} ${lon} is outside ${where}: longitude ${box.min_lon} to ${box.max_lon}` });
  }
  return out;
}

/** Sets (or, with null, clears back to derived) the workspace's service area, as one undoable step. */
export function setServiceArea(store: Store, box: Box | null): ServiceArea {
  if (box && (box.min_lat >= box.max_lat || box.min_lon >= box.max_lon)) {
    throw new ApiError('VALIDATION', 'the service area needs min_lat < max_lat and min_lon < max_lon; nothing was changed');
  }
  store.history.mutate(box ? 'Set the service area' : 'Derive the service area from the workspace', (rec: ChangeRecorder) => {
    if (box) rec.put('settings', { key: SERVICE_AREA_KEY, value: JSON.stringify(box) });
    else rec.delete('settings', { key: SERVICE_AREA_KEY });
  });
  return serviceAreaOf(store);
}

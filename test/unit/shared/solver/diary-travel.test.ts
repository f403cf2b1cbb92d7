// The run's travel matrix is filled as needed: homes to every place at once, other pairs when
// first asked for. A pair not yet looked up reads as a journey longer than any day, so a plan
// through it is never feasible: a search can miss a move, never make a wrong one.
import { describe, expect, it } from 'vitest';
import type { Job, Operative } from '../../../../shared/domain/types';
import type { TravelModel } from '../../../../shared/travel/model';
import { travelMatrix, UNKNOWN_MIN } from '../../../../shared/solver/diary/travel';
import { DEFAULT_WEIGHTS } from '../../../../shared/solver/diary/index';
import { testWorld } from '../rules/test-world';

const op = (id: string, lat: number): Operative => ({
  id,
  name: id,
  trades: [{ trade: 'GAS', proficiency: 3 }],
  competences: [],
  start_lat: lat,
  start_lon: 0,
  shift_start: '08:00',
  shift_end: '16:00',
  working_days: ['Mon'],
  areas: [],
});
const job = (i: number): Job =>
  ({ ref: `J${i}`, lat: 51 + i / 100, lon: 0.01 * i, trade: 'GAS', duration_min: 30, window: 'ALL', depends_on: [] }) as unknown as Job;

describe('the travel matrix of a run', () => {
  it('knows every home-to-place journey at once and looks up the rest only when asked, each once', () => {
    const asked: string[] = [];
    const travel: TravelModel = {
      minutes: (a, b) => {
        asked.push(`${a.lat},${a.lon}>${b.lat},${b.lon}`);
        return Math.round(1000 * Math.abs(a.lat - b.lat)) + 1;
      },
      km: () => 1,
    };
    const ops = [op('a', 51), op('b', 52)];
    const jobs = [job(1), job(2), job(3)];
    const world = testWorld({ operatives: ops, jobs, travel });
    const m = travelMatrix(world, ops, jobs, DEFAULT_WEIGHTS);
    const L = m.nLoc;
    const [a, b] = [m.home.get('a')!, m.home.get('b')!];
    const [j1, j2, j3] = ['J1', 'J2', 'J3'].map((r) => m.job.get(r)!) as [number, number, number];
    for (const h of [a, b]) for (const x of [a, b, j1, j2, j3]) if (h !== x) expect(m.minutes[h * L + x]).not.toBe(UNKNOWN_MIN);
    expect(m.minutes[j1 * L + j2]).toBe(UNKNOWN_MIN);
    const before = asked.length;
    m.fill(j1, j2);
    m.fill(j1, j2);
    expect(asked.length).toBe(before + 1);
    expect(m.minutes[j1 * L + j2]).toBe(Math.round(1000 * 0.01) + 1);
    expect(m.minutes[j2 * L + j1]).toBe(UNKNOWN_MIN);
    m.fillBetween([j3], [j1, j2]);
    for (const [x, y] of [
      [j3, j1],
      [j1, j3],
      [j3, j2],
      [j2, j3],
    ] as const)
      expect(m.minutes[x * L + y]).not.toBe(UNKNOWN_MIN);
    // More than any day: a day through an unknown pair could never be on time.
    expect(UNKNOWN_MIN).toBeGreaterThan(31 * 24 * 60);
  });
});

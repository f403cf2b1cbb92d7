// The contract is organised by area: each `area/…` name sits in shared/api/areas/<area>.ts, and the
// backend has exactly one handler group per area in electron/backend/api/handlers/<area>.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS, CONTRACT_NAMES } from '../../../../shared/api/contract';
import { HANDLERS_BY_AREA } from '../../../../electron/backend/api/handlers';

const filesIn = (dir: string, skip: string[]) =>
  fs
    .readdirSync(path.resolve(dir))
    .filter((f) => f.endsWith('.ts') && !skip.includes(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();

describe('contract areas', () => {
  it('has one area file per prefix, named after it', () => {
    expect(filesIn('shared/api/areas', ['common.ts'])).toEqual(Object.keys(AREAS).sort());
  });

  it.each(Object.entries(AREAS))('%s: every name carries the prefix of its file', (area, entries) => {
    const names = Object.keys(entries);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !n.startsWith(`${area}/`))).toEqual([]);
  });

  it('joins every area once: no name is defined twice', () => {
    const all = Object.values(AREAS).flatMap((e) => Object.keys(e));
    expect(all.length).toBe(new Set(all).size);
    expect([...all].sort()).toEqual([...CONTRACT_NAMES].sort());
  });

  it('has one handler group per area, in a file named after it, with exactly its names', () => {
    expect(filesIn('electron/backend/api/handlers', ['index.ts'])).toEqual(Object.keys(AREAS).sort());
    for (const [area, entries] of Object.entries(AREAS)) {
      expect(Object.keys(HANDLERS_BY_AREA[area as keyof typeof AREAS]).sort(), area).toEqual(Object.keys(entries).sort());
    }
  });
});

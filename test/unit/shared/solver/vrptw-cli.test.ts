import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../cli-harness';
import { TINY } from './vrptw-fixtures';

function file(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-vrptw-'));
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
}

describe('vrptw CLI', () => {
  it('solves an instance and prints JSON in the benchmark convention', async () => {
    const r = await cli(['vrptw', file('tiny.txt', TINY), '--time-limit-ms', '50', '--seed', '3', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['instance', 'routes', 'distance', 'vehicles', 'ms', 'threads']);
    expect(j.threads).toBeGreaterThanOrEqual(1);
    expect(j.instance).toBe('TINY');
    expect(j.routes.flat().sort()).toEqual([1, 2, 3]);
    expect(j.vehicles).toBe(j.routes.length);
    expect(j.distance).toBe(30); // capacity forces two routes: {1,2} 20.0 + {3} 10.0 is optimal
  });

  it('prints routes as text by default, on the threads asked for', async () => {
    const r = await cli(['vrptw', file('tiny.txt', TINY), '--time-limit-ms', '20', '--threads', '2']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^TINY: \d routes?, distance \d+\.\d, \d+ ms \(seed 1, limit 20 ms, 2 threads\)/);
    expect(r.out).toMatch(/Route 1: /);
  });

  it('refuses bad input with exit code 2 and a clear message', async () => {
    const tiny = file('tiny.txt', TINY);
    expect(await cli(['vrptw', tiny, '--time-limit-ms', '0'])).toMatchObject({ code: 2, err: 'vrptw: time limit must be at least 1 ms' });
    expect((await cli(['vrptw', tiny, '--time-limit-ms', 'soon'])).err).toMatch(/--time-limit-ms must be a number/);
    expect((await cli(['vrptw'])).err).toMatch(/give exactly one instance file/);
    for (const bad of ['0', '65', '1.5', 'many']) {
      expect(await cli(['vrptw', tiny, '--threads', bad])).toMatchObject({
        code: 2,
        err: `vrptw: --threads must be a whole number from 1 to 64 (got "${bad}")`,
      });
    }
    expect((await cli(['vrptw', path.join(os.tmpdir(), 'no-such-file.txt')])).err).toMatch(/not found/);
    const bad = await cli(['vrptw', file('bad.txt', TINY.replace('   10         60', '   10         6O'))]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^vrptw: bad\.txt: line 12, column \d+: DUE DATE must be a number, got "6O"$/);
    const noVehicles = await cli(['vrptw', file('nov.txt', TINY.replace('  2         10', '  0         10'))]);
    expect(noVehicles).toMatchObject({ code: 2 });
    expect(noVehicles.err).toMatch(/NUMBER of vehicles must be a whole number ≥ 1/);
    const empty = await cli(['vrptw', file('empty.txt', TINY.split('\r\n').slice(0, 10).join('\r\n'))]);
    expect(empty).toMatchObject({ code: 2, err: 'vrptw: empty.txt has no customers to route (only the depot row)' });
    const heavy = await cli([
      'vrptw',
      file('heavy.txt', TINY.replace('    3      0          5          5', '    3      0          5         11')),
    ]);
    expect(heavy.code).toBe(2);
    expect(heavy.err).toMatch(/no feasible solution:\ncustomer 3 needs 11, more than the vehicle capacity 10/);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSolomon, SolomonParseError, solomonProblem } from '../../../../shared/solver/vrptw/solomon';
import { impossibleCustomers } from '../../../../shared/solver/vrptw/solomon-check';
import { TINY } from './vrptw-fixtures';

const DATA = join(__dirname, '../../../bench/vrptw/data/solomon');

function parseError(text: string): SolomonParseError {
  try {
    parseSolomon(text);
  } catch (e) {
    if (e instanceof SolomonParseError) return e;
    throw e;
  }
  throw new Error('expected a parse error');
}

describe('parseSolomon', () => {
  it('reads a benchmark file (CRLF) exactly', () => {
    const inst = parseSolomon(readFileSync(join(DATA, 'C101.txt'), 'utf8'));
    expect(inst.name).toBe('C101');
    expect(inst.vehicles).toBe(25);
    expect(inst.capacity).toBe(200);
    expect(inst.customers).toHaveLength(100);
    expect(inst.depot).toEqual({ id: 0, x: 40, y: 50, demand: 0, ready: 0, due: 1236, service: 0 });
    expect(inst.customers[0]).toEqual({ id: 1, x: 45, y: 68, demand: 10, ready: 912, due: 967, service: 90 });
  });

  it('reads LF files too, and builds the engine problem in tenths with truncated distances', () => {
    const inst = parseSolomon(TINY.replace(/\r\n/g, '\n'));
    expect(inst.customers.map((c) => c.id)).toEqual([1, 2, 3]);
    const p = solomonProblem(inst);
    expect(p.nJobs).toBe(3);
    expect(p.nVehicles).toBe(2);
    expect(p.dist[0 * 4 + 1]).toBe(50); // 3-4-5 triangle: 5.0
    expect(p.dist[1 * 4 + 3]).toBe(31); // √10 = 3.162… → 3.1
    expect(Array.from(p.due)).toEqual([500, 600, 900]);
    expect(Array.from(p.service)).toEqual([10, 10, 20]);
  });

  it('names line and column of a bad number', () => {
    const text = TINY.replace('   10         60', '   10         6O');
    const e = parseError(text);
    expect(e.line).toBe(12);
    expect(e.column).toBe(text.split('\r\n')[11]!.indexOf('6O') + 1);
    expect(e.message).toBe(`line 12, column ${e.column}: DUE DATE must be a number, got "6O"`);
  });

  it('rejects missing columns, negative values, due before ready, misnumbered rows', () => {
    expect(
      parseError(
        TINY.replace(
          '    3      0          5          5          0         90          2',
          '    3      0          5          5          0         90',
        ),
      ).message,
    ).toMatch(/line 13.*expected 7 values/);
    expect(parseError(TINY.replace('    1      3          4          4', '    1      3          4         -4')).message).toMatch(
      /line 11.*DEMAND must not be negative/,
    );
    expect(parseError(TINY.replace('   10         60', '   70         60')).message).toMatch(/DUE DATE 60 is before READY TIME 70/);
    expect(parseError(TINY.replace('    3      0', '    7      0')).message).toMatch(/CUST NO\. should be 3/);
    expect(parseError(TINY.replace('    2      6', '    2    1e999')).message).toMatch(/XCOORD\. must be a number/);
  });

  it('rejects no vehicles, a bad capacity, missing sections and an empty file', () => {
    expect(parseError(TINY.replace('  2         10', '  0         10')).message).toMatch(
      /line 5.*NUMBER of vehicles must be a whole number ≥ 1/,
    );
    expect(parseError(TINY.replace('  2         10', '  2.5       10')).message).toMatch(/NUMBER of vehicles/);
    expect(parseError(TINY.replace('  2         10', '  2         -1')).message).toMatch(/CAPACITY must be positive/);
    expect(parseError(TINY.replace('VEHICLE', 'VEHICLES')).message).toMatch(/expected "VEHICLE"/);
    expect(parseError(TINY.split('\r\n').slice(0, 8).join('\r\n')).message).toMatch(/no rows/);
    expect(parseError('   \n').message).toMatch(/empty/);
  });

  it('a depot-only file parses to no customers (the CLI refuses it)', () => {
    const inst = parseSolomon(TINY.split('\r\n').slice(0, 10).join('\r\n'));
    expect(inst.customers).toHaveLength(0);
  });

  it('finds customers no vehicle can serve even alone', () => {
    const heavy = parseSolomon(TINY.replace('    3      0          5          5', '    3      0          5         11'));
    expect(impossibleCustomers(heavy)).toEqual(['customer 3 needs 11, more than the vehicle capacity 10']);
    const late = parseSolomon(
      TINY.replace('    2      6          8          4         10         60', '    2     60         80          4          0          5'),
    );
    expect(impossibleCustomers(late)[0]).toMatch(/customer 2 cannot be reached before its due date 5/);
    expect(impossibleCustomers(parseSolomon(TINY))).toEqual([]);
  });
});

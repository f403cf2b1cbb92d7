import { describe, expect, it } from 'vitest';
import { parseSolomon } from '../../../../shared/solver/vrptw/solomon';
import { validateVrptw } from '../../../../shared/solver/validate';
import { TINY } from './vrptw-fixtures';

// TINY: depot (0,0) due 100; 1 at (3,4) [0,50] s1 d4; 2 at (6,8) [10,60] s1 d4; 3 at (0,5) [0,90] s2 d5; capacity 10, 2 vehicles.
const inst = parseSolomon(TINY);

describe('validateVrptw', () => {
  it('accepts a feasible solution and sums truncated legs', () => {
    const r = validateVrptw(inst, [[1, 2], [3]]);
    expect(r.errors).toEqual([]);
    expect(r.feasible).toBe(true);
    // 0→1 5.0, 1→2 5.0, 2→0 10.0, 0→3 5.0, 3→0 5.0
    expect(r.distance).toBe(30);
    expect(r.vehicles).toBe(2);
  });

  it('truncates each leg to one decimal, not the total', () => {
    // 0→3 5.0, 3→1 √10 → 3.1, 1→0 5.0
    expect(validateVrptw(inst, [[3, 1], [2]]).distance).toBeCloseTo(5 + 3.1 + 5 + 10 + 10, 9);
  });

  it('reports missing, repeated and unknown customers', () => {
    expect(validateVrptw(inst, [[1], [1]]).errors).toEqual(
      expect.arrayContaining(['customer 1 is served 2 times', 'customer 2 is not served', 'customer 3 is not served']),
    );
    expect(validateVrptw(inst, [[1, 2, 3, 4]]).errors).toContain('route 1: 4 is not a customer number (1..3)');
  });

  it('reports capacity, late starts, a late return and too many vehicles', () => {
    expect(validateVrptw(inst, [[1, 2, 3]]).errors).toContain('route 1: load 13 exceeds capacity 10');
    const tight = parseSolomon(TINY.replace('   10         60', '    0          6'));
    expect(validateVrptw(tight, [[1, 2], [3]]).errors).toEqual(['route 1: customer 2 starts at 11, after its due date 6']);
    const short = parseSolomon(TINY.replace('0        100', '0         19'));
    expect(validateVrptw(short, [[1, 2], [3]]).errors).toContain('route 1: back at the depot at 22, after its due date 19');
    expect(validateVrptw(inst, [[1], [2], [3]]).errors).toContain('3 vehicles used, only 2 available');
  });

  it('waits for a window to open rather than starting early', () => {
    // 1 then 2: arrive at 2 at 11 ≥ ready 10; with ready 40, start 40, back at 40+1+10 = 51 ≤ 100.
    const waits = parseSolomon(TINY.replace('   10         60', '   40         60'));
    expect(validateVrptw(waits, [[1, 2], [3]]).feasible).toBe(true);
    const tooLate = parseSolomon(TINY.replace('   10         60', '   95         99'));
    expect(validateVrptw(tooLate, [[1, 2], [3]]).errors).toContain('route 1: back at the depot at 106, after its due date 100');
  });
});

import { describe, expect, it } from 'vitest';
import { withoutRef } from '../../../../renderer/src/views/schedule/explainText';

describe('explanations under their own ref', () => {
  it('drops the ref the list item already shows, keeping other refs', () => {
    const s =
      'J-1 (GAS ≥ 3 and a valid GAS_SAFE): no operative with GAS ≥ 3 is available. trade blocks 5 of 10 (e.g. J-1 needs GAS ≥ 3; Ben has GAS 2). Nearest option: Ben on Tue 5 Jan: J-1 needs GAS ≥ 3.';
    const out = withoutRef(s, 'J-1');
    expect(out).toBe(
      'Needs GAS ≥ 3 and a valid GAS_SAFE: no operative with GAS ≥ 3 is available. trade blocks 5 of 10 (e.g. needs GAS ≥ 3; Ben has GAS 2). Nearest option: Ben on Tue 5 Jan: needs GAS ≥ 3.',
    );
    expect(out).not.toMatch(/\bJ-1\b/);
  });

  it('leaves longer refs that start with it, and other jobs, alone', () => {
    expect(withoutRef('Waits for J-10 after J-1', 'J-1')).toBe('Waits for J-10 after it');
    expect(withoutRef('J-1: starts after J-12 finishes', 'J-1')).toBe('Starts after J-12 finishes');
  });
});

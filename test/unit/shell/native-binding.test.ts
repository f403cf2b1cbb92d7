import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveNativeBinding } from '../../../electron/shell/native-binding';

describe('resolveNativeBinding', () => {
  const root = path.resolve('/proj');
  const expected = path.join(root, '.electron-native', 'better_sqlite3.node');

  it('returns the Electron-ABI build when it was produced', () => {
    expect(resolveNativeBinding(root, (p) => p === expected)).toBe(expected);
  });

  it('returns undefined when absent, so better-sqlite3 loads its default build', () => {
    expect(resolveNativeBinding(root, () => false)).toBeUndefined();
  });
});

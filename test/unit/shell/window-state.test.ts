import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isVisibleOnSomeDisplay, loadWindowState, saveWindowState } from '../../../electron/shell/window-state';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-winstate-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('window state file', () => {
  it('round-trips and leaves no temp file behind', () => {
    const file = path.join(dir, 'window-state.json');
    const state = { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(fs.readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('ignores a missing, corrupt or ill-shaped file', () => {
    const file = path.join(dir, 'window-state.json');
    expect(loadWindowState(file)).toBeUndefined();
    fs.writeFileSync(file, '{"bounds":');
    expect(loadWindowState(file)).toBeUndefined();
    fs.writeFileSync(file, JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false }));
    expect(loadWindowState(file)).toBeUndefined();
    fs.writeFileSync(file, JSON.stringify({ bounds: { x: 0, y: 0, width: 5, height: 10 }, maximized: 'yes' }));
    expect(loadWindowState(file)).toBeUndefined();
  });
});

describe('isVisibleOnSomeDisplay', () => {
  const displays = [
    { x: 0, y: 0, width: 1920, height: 1040 },
    { x: 1920, y: 0, width: 1280, height: 1024 },
  ];
  it('accepts bounds on either display', () => {
    expect(isVisibleOnSomeDisplay({ x: 100, y: 100, width: 800, height: 600 }, displays)).toBe(true);
    expect(isVisibleOnSomeDisplay({ x: 2000, y: 50, width: 800, height: 600 }, displays)).toBe(true);
  });
  it('rejects bounds left on an unplugged monitor or barely on-screen', () => {
    expect(isVisibleOnSomeDisplay({ x: 3500, y: 0, width: 800, height: 600 }, displays)).toBe(false);
    expect(isVisibleOnSomeDisplay({ x: -790, y: 100, width: 800, height: 600 }, displays)).toBe(false);
  });
});

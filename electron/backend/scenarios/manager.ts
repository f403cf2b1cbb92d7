// What-if scenarios as files: each is a full copy of the workspace (VACUUM INTO, so a fork is one
// fast sequential write), opened as its own Store. Every API call can be scoped to one, so
// everything — moves, imports, auto-schedule, matrix — works inside a scenario unchanged, and
// nothing reaches the live plan until it is promoted.
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import {
  copyWorkspaceFile,
  deleteScenario,
  insertScenario,
  listScenarios,
  markScenarioPromoted,
  scenarioFile,
  startScenarioCopy,
  type ScenarioRow,
} from '../store/scenarios';
import { slug } from '../slug';
import { Store } from '../store/store';

export type ScenarioInfo = ScenarioRow;

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} _.'&()+-]{0,59}$/u;
export const BASE = 'base';

export class ScenarioManager {
  private readonly open = new Map<string, Store>();
  constructor(
    readonly base: Store,
    private readonly nativeBinding?: string,
  ) {}

  list(): ScenarioInfo[] {
    return listScenarios(this.base);
  }

  private row(name: string): { name: string; file: string } | undefined {
    return scenarioFile(this.base, name);
  }

  /** The store for a plan name: 'base' (or null) is the live plan. */
  store(name: string | null | undefined): Store {
    if (name === null || name === undefined || name.toLowerCase() === BASE) return this.base;
    const row = this.row(name);
    if (!row) throw new ApiError('NOT_FOUND', `No scenario named "${name}"`);
    let s = this.open.get(row.name);
    if (!s) {
      // A read-only workspace's scenarios open read-only too: they can still be browsed and compared.
      s = Store.open(path.join(this.folder(), row.file), {
        ...(this.nativeBinding ? { nativeBinding: this.nativeBinding } : {}),
        readOnlyFallback: true,
      });
      this.open.set(row.name, s);
    }
    return s;
  }

  folder(): string {
    return `${this.base.file}.scenarios`;
  }

  create(name: string, from: string | null, note: string): ScenarioInfo & { ms: number } {
    const t0 = performance.now();
    const clean = name.trim();
    if (!clean) throw new ApiError('VALIDATION', 'A scenario needs a name');
    if (!NAME.test(clean))
      throw new ApiError('VALIDATION', `"${clean}" is not a usable scenario name (letters, digits, spaces and - _ . ' & ( ) +, up to 60)`);
    if (clean.toLowerCase() === BASE) throw new ApiError('VALIDATION', '"base" is the live plan; pick another name');
    const existing = this.row(clean);
    if (existing) throw new ApiError('CONFLICT', `A scenario named "${existing.name}" already exists`);
    const source = this.store(from);
    fs.mkdirSync(this.folder(), { recursive: true });
    const file = `${slug(clean, 'scenario')}-${Date.now().toString(36)}.db`;
    const target = path.join(this.folder(), file);
    const tmp = `${target}.tmp`;
    try {
      copyWorkspaceFile(source, tmp);
      fs.renameSync(tmp, target);
      const scenario = Store.open(target, this.nativeBinding ? { nativeBinding: this.nativeBinding } : {});
      startScenarioCopy(this.base, scenario);
      this.open.set(clean, scenario);
      const created_at = this.base.now();
      const from_name = from && from.toLowerCase() !== BASE ? this.row(from)!.name : null;
      insertScenario(this.base, { name: clean, file, from_name, note, created_at });
      return { name: clean, from: from ?? null, note, created_at, promoted_at: null, ms: Math.round(performance.now() - t0) };
    } catch (e) {
      this.open.get(clean)?.close();
      this.open.delete(clean);
      for (const f of [tmp, target, `${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
      throw e;
    }
  }

  drop(name: string): void {
    const row = this.row(name);
    if (!row) throw new ApiError('NOT_FOUND', `No scenario named "${name}"`);
    this.open.get(row.name)?.close();
    this.open.delete(row.name);
    deleteScenario(this.base, row.name);
    const file = path.join(this.folder(), row.file);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }

  markPromoted(name: string): void {
    markScenarioPromoted(this.base, name);
  }

  close(): void {
    for (const s of this.open.values()) s.close();
    this.open.clear();
  }
}

// Proves the layer rules in eslint.config.js actually fire, through ESLint's own Node API,
// so a config refactor that silently drops a rule fails CI: the four top layers, the layers
// inside shared/ and the backend (eslint.layers.js), SQL only in the store, and no import cycles.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { SHARED_LADDER } from '../../../eslint.layers.js';
import { lintAt, repoRoot, ruleIds, untypedEslint } from './untyped-eslint';

describe('layering lint rules', () => {
  it('rejects a Node built-in in shared/', async () => {
    const ids = await ruleIds('shared/domain/__violation.ts', "import fs from 'node:fs';\nexport const x = fs;\n");
    expect(ids).toEqual(['no-restricted-imports']);
  });

  it('rejects bare and subpath Node built-ins in shared/ too', async () => {
    expect(await ruleIds('shared/domain/__violation.ts', "import p from 'path';\nexport const x = p;\n")).toEqual([
      'no-restricted-imports',
    ]);
    expect(await ruleIds('shared/domain/__violation.ts', "import { readFile } from 'fs/promises';\nexport const x = readFile;\n")).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('rejects DOM and Node globals in shared/', async () => {
    const ids = await ruleIds('shared/domain/__violation.ts', 'export const a = window.name;\nexport const b = process.env;\n');
    expect(ids).toEqual(['no-restricted-globals', 'no-restricted-globals']);
  });

  it("rejects 'electron' in electron/backend/", async () => {
    const ids = await ruleIds('electron/backend/x.ts', "import { app } from 'electron';\nexport const x = app;\n");
    expect(ids).toEqual(['no-restricted-imports']);
  });

  it('rejects a renderer import reaching into electron/', async () => {
    const ids = await ruleIds('renderer/src/x.ts', "import x from '../../electron/backend/store/db';\nexport const y = x;\n");
    expect(ids).toEqual(['no-restricted-imports']);
  });

  it("allows 'electron' in electron/shell/", async () => {
    const ids = await ruleIds('electron/shell/x.ts', "import { app } from 'electron';\nexport const x = app;\n");
    expect(ids).toEqual([]);
  });

  it('passes a clean shared/ file', async () => {
    const code = "import { z } from 'zod';\nimport { WEEKDAYS } from './schemas';\nexport const day = z.enum(WEEKDAYS);\n";
    expect(await ruleIds('shared/domain/__clean.ts', code)).toEqual([]);
  });

  it('explains the layer in the message', async () => {
    const result = await lintAt('shared/domain/__violation.ts', "import fs from 'node:fs';\nexport const x = fs;\n");
    expect(result?.messages[0]?.message).toMatch(/shared\/ is the pure domain layer/);
  });
});

describe('layers inside shared/ (the ladder in eslint.layers.js)', () => {
  const upward: [string, string][] = [
    ['shared/rules/__violation.ts', '../solver/diary'],
    ['shared/roster/__violation.ts', '../rules/world'],
    ['shared/calendar/__violation.ts', '../plan/time'],
    ['shared/domain/__violation.ts', '../calendar/dates'],
    ['shared/graph/__violation.ts', '../rules/world'],
    ['shared/plan/__violation.ts', '../sla/deadline'],
  ];
  it.each(upward)('%s may not import %s (same rung or above)', async (file, spec) => {
    expect(await ruleIds(file, `import * as x from '${spec}';\nexport const y = x;\n`)).toEqual(['import-x/no-restricted-paths']);
  });

  it('places every folder of shared/ on a rung (a new folder must be placed, not skipped)', () => {
    const folders = fs
      .readdirSync(path.join(repoRoot, 'shared'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual(SHARED_LADDER.flat().sort());
  });

  it('allows a lower rung', async () => {
    expect(await ruleIds('shared/rules/__clean.ts', "import * as x from '../roster/resolve';\nexport const y = x;\n")).toEqual([]);
    expect(await ruleIds('shared/solver/__clean.ts', "import * as x from '../rules/world';\nexport const y = x;\n")).toEqual([]);
  });

  it('names the rung and what may be imported', async () => {
    const result = await lintAt('shared/roster/__violation.ts', "import * as x from '../rules/world';\nexport const y = x;\n");
    expect(result?.messages[0]?.message).toMatch(/shared\/roster is on rung \d+ of shared\/'s ladder .* may import only shared\/\{domain,/);
  });
});

describe('backend layers: store ← services ← api ← transports', () => {
  const cases: [string, string, string][] = [
    ['the store importing a service', 'electron/backend/store/__violation.ts', '../planning/world'],
    ['the store importing a handler', 'electron/backend/store/__violation.ts', '../api/dispatch'],
    ['a service importing a handler', 'electron/backend/roster/__violation.ts', '../api/handlers/diary'],
    ['a service importing the workspace', 'electron/backend/planning/__violation.ts', '../workspace'],
    ['the backend importing the CLI', 'electron/backend/api/__violation.ts', '../../cli/run'],
    ['the backend importing the host', 'electron/backend/__violation.ts', '../host/server'],
    ['the CLI reaching into the store', 'electron/cli/commands/__violation.ts', '../../backend/store/reader'],
    ['the CLI calling a handler', 'electron/cli/__violation.ts', '../backend/api/handlers/diary'],
  ];
  it.each(cases)('rejects %s', async (_what, file, spec) => {
    expect(await ruleIds(file, `import * as x from '${spec}';\nexport const y = x;\n`)).toEqual(['import-x/no-restricted-paths']);
  });

  it('allows each layer to import the one below', async () => {
    expect(await ruleIds('electron/backend/planning/__clean.ts', "import * as x from '../store/reader';\nexport const y = x;\n")).toEqual(
      [],
    );
    expect(
      await ruleIds('electron/backend/api/handlers/__clean.ts', "import * as x from '../../planning/world';\nexport const y = x;\n"),
    ).toEqual([]);
  });

  it('keeps SQL in the store: a service may not reach into store.db', async () => {
    const code = "import type { Store } from '../store/store';\nexport const n = (s: Store) => s.db.prepare('SELECT 1').get();\n";
    expect(await ruleIds('electron/backend/roster/__violation.ts', code)).toEqual(['no-restricted-syntax']);
    expect(await ruleIds('electron/backend/store/__clean.ts', code.replace('../store/store', './store'))).toEqual([]);
  });
});

describe('no import cycles (import-x/no-cycle)', () => {
  it('fails on a deliberate cycle and passes once it is broken', async () => {
    // The rule follows imports on disk, so the two modules are real files for the test's length.
    const dir = fs.mkdtempSync(path.join(repoRoot, 'test/unit/lint/tmp-cycle-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b();\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
      const [cyclic] = await untypedEslint().lintFiles([path.join(dir, 'a.ts')]);
      expect(cyclic?.messages.map((m) => m.ruleId)).toEqual(['import-x/no-cycle']);
      fs.writeFileSync(path.join(dir, 'b.ts'), 'export const b = () => 1;\n');
      const [clean] = await untypedEslint().lintFiles([path.join(dir, 'a.ts')]);
      expect(clean?.messages).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('promises (type-aware rules)', () => {
  // Type-aware rules need the file in a TypeScript project: a tiny one of its own keeps this fast.
  async function lintWithTypes(code: string): Promise<string[]> {
    const dir = fs.mkdtempSync(path.join(repoRoot, 'test/unit/lint/tmp-promises-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { strict: true, lib: ['ES2023'], types: [] }, include: ['*.ts'] }),
      );
      fs.writeFileSync(path.join(dir, 'x.ts'), code);
      const [result] = await new ESLint({ cwd: repoRoot }).lintFiles([path.join(dir, 'x.ts')]);
      return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const save = 'export async function save(): Promise<void> {\n  await Promise.resolve();\n}\n';

  it('rejects a promise nobody awaits', async () => {
    expect(await lintWithTypes(`${save}export function onClick(): void {\n  save();\n}\n`)).toEqual([
      '@typescript-eslint/no-floating-promises',
    ]);
  });

  it('rejects an async callback where a void one is expected', async () => {
    expect(
      await lintWithTypes(`${save}export function all(xs: number[]): void {\n  xs.forEach(async () => {\n    await save();\n  });\n}\n`),
    ).toEqual(['@typescript-eslint/no-misused-promises']);
  });

  it('accepts a promise awaited or deliberately voided', async () => {
    expect(
      await lintWithTypes(
        `${save}export async function a(): Promise<void> {\n  await save();\n}\nexport function b(): void {\n  void save();\n}\n`,
      ),
    ).toEqual([]);
  });
});

// Proves the layer rules in eslint.config.js actually fire, through ESLint's own Node API,
// so a config refactor that silently drops a rule fails CI.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

/** Lints code as if it lived at filePath (the file need not exist) and returns rule ids. */
async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

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
    const [result] = await eslint.lintText("import fs from 'node:fs';\nexport const x = fs;\n", {
      filePath: 'shared/domain/__violation.ts',
    });
    expect(result?.messages[0]?.message).toMatch(/shared\/ is the pure domain layer/);
  });
});

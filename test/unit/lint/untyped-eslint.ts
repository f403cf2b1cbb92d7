// One ESLint over the repository's own config, without type information, for the tests that prove
// a lint rule fires: code can be linted as if it lived at any path (the file need not exist).
// The type-aware promise rules are turned off here and proved with types in layering.test.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const WITHOUT_TYPES: Linter.Config = {
  files: ['**/*.{ts,tsx}'],
  languageOptions: { parserOptions: { projectService: false } },
  rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
};

/** A fresh ESLint (it caches what it read on disk: a new one sees files changed since). */
export const untypedEslint = () => new ESLint({ cwd: repoRoot, overrideConfig: WITHOUT_TYPES });

let shared: ESLint | undefined;

/** Lints code as if it lived at filePath and returns the first result. */
export async function lintAt(filePath: string, code: string): Promise<ESLint.LintResult | undefined> {
  shared ??= untypedEslint();
  const [result] = await shared.lintText(code, { filePath });
  return result;
}

/** Lints code as if it lived at filePath (the file need not exist) and returns rule ids. */
export async function ruleIds(filePath: string, code: string): Promise<string[]> {
  return ((await lintAt(filePath, code))?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

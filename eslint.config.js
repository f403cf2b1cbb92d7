// ESLint flat config. Beyond the recommended sets, its job is to enforce the layer rules
// (in the spirit of VS Code's per-folder import rules) so the architecture can't erode:
//   shared/          pure domain: runs anywhere (renderer, backend, CLI, browser host)
//   renderer/        browser code: talks to the backend only through its typed API client
//   electron/ (-shell) plain Node backend, host and CLI: no Electron APIs
//   electron/shell/  the only place that may import 'electron'
// and the layers inside them (shared/'s folder ladder, the backend's store ← services ←
// api ← transports), no import cycles anywhere (import-x/no-cycle) and, with type information,
// no floating or misused promises. test/unit/lint/*.test.ts proves each rule fires.
// docs/ARCHITECTURE.md draws the layers.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { BACKEND_ZONES, SHARED_ZONES } from './eslint.layers.js';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];

// Every Node built-in, bare or node:-prefixed, with or without a subpath (fs/promises).
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nodeBuiltins = {
  regex: `^(node:.*|(${builtinModules.map(escape).join('|')})(/.*)?)$`,
};

const noElectron = {
  name: 'electron',
  message: "Only electron/shell/ may import 'electron'. Keep this code runnable in plain Node (backend, CLI, browser host, tests).",
};
const noSqlite = {
  name: 'better-sqlite3',
  message: 'The database belongs to electron/backend/. Reach data through the API contract (shared/api/contract.ts).',
};
const intoElectron = {
  regex: '^\\.{1,2}/(.*/)?electron(/.*)?$',
  message: "Don't reach into electron/: it is Node/Electron-only. Share code via shared/, and call the backend through the API.",
};
const intoRenderer = {
  regex: '^\\.{1,2}/(.*/)?renderer(/.*)?$',
  message: 'renderer/ is UI code for the browser. Put code needed on both sides in shared/.',
};

export default tseslint.config(
  {
    // Build output, installers, test reports, the Electron-ABI addon and local scratch/data dirs.
    ignores: [
      'dist/',
      'out/',
      'node_modules/',
      'release/',
      'test-results/',
      'playwright-report/',
      '.electron-native/',
      '.tmp/',
      '.planwright-home/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: TS_FILES,
    rules: {
      // `_`-prefixed names are deliberate placeholders (unused callback params, destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain-JS files are config and tooling scripts run by Node (TS files get no-undef off).
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },

  // ---- layer rules ----
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            noSqlite,
            { name: 'react', message: 'shared/ is the pure domain layer: no UI. React belongs in renderer/.' },
            { name: 'react-dom', message: 'shared/ is the pure domain layer: no UI. React belongs in renderer/.' },
          ],
          patterns: [
            {
              ...nodeBuiltins,
              message:
                'shared/ is the pure domain layer and must run in the browser too: no Node built-ins. Take what you need as a parameter.',
            },
            intoElectron,
            intoRenderer,
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator'].map((name) => ({
          name,
          message: `shared/ is environment-free: no DOM/browser global '${name}'. Pass the value in from the caller.`,
        })),
        ...['process', 'Buffer', 'require'].map((name) => ({
          name,
          message: `shared/ is environment-free: no Node global '${name}'. Pass the value in from the caller.`,
        })),
      ],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              ...noElectron,
              message:
                "The renderer is sandboxed: no 'electron'. Use the API client (renderer/src/api), which talks to the preload bridge.",
            },
            noSqlite,
          ],
          patterns: [
            {
              ...nodeBuiltins,
              message: 'The renderer runs in a sandboxed browser context: no Node built-ins. Ask the backend through the API client.',
            },
            intoElectron,
          ],
        },
      ],
    },
  },
  // ---- React (renderer only) ----
  {
    // The two classic hook rules, not the plugin's whole React Compiler set: hooks called in the
    // same order every render, and effects/memos that list what they read (stale closures).
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // useResource(load, deps) is checked like useCallback: its deps list what `load` reads.
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useResource$' }],
    },
  },
  {
    files: ['electron/**'],
    ignores: ['electron/shell/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [intoRenderer] }],
    },
  },
  {
    files: ['electron/shell/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [intoRenderer] }],
    },
  },

  // ---- layers inside the layers (eslint.layers.js) and no import cycles ----
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      // Follow imports into TypeScript files too (no-cycle parses each module it walks through).
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] })],
    },
    rules: {
      // A cycle makes load order matter and layers meaningless; type-only imports count too.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['shared/**', 'electron/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: [...SHARED_ZONES, ...BACKEND_ZONES] }] },
  },
  {
    // SQL lives in electron/backend/store/: elsewhere in the backend the SQLite handle is off limits.
    files: ['electron/backend/**'],
    ignores: ['electron/backend/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='db']",
          message: 'SQL belongs in electron/backend/store/: add a query function there instead of reaching into store.db.',
        },
      ],
    },
  },

  // ---- promises (type-aware: the type checker tells what returns a promise) ----
  // A promise nobody awaits loses its error (an unhandled rejection, a write that silently
  // failed); an async callback where a void one is expected (onSubmit, forEach) does the same.
  {
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ROOT } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
);

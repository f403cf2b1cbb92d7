// The CLI's one way into a workspace: flags are declared against the contract's input fields,
// turned into that input, and sent through the dispatcher like any other transport's call. The
// contract does the checking; its errors come back naming the field, and are told here in terms
// of the flag that fills it (`--date must be a real date YYYY-MM-DD (got "2027-02-30")`).
import { contract, type ApiInput, type ApiOutput, type ContractName } from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/errors';
import { currentActor } from '../backend/store/actor';
import type { Workspace } from '../backend/workspace';
import { parseFlags, type FlagSpec as ParseOptions } from './args';
import { CliError } from './cli-error';
import { openForCli, type CliOpenOptions } from './open-workspace';

/**
 * A flag: its text (`string`), presence (`boolean`), a whole number, a comma-separated list, or
 * a seed (a number, or any word hashed to one). `field` names the contract input field it fills
 * (a dotted path for a nested one: `fields.min_proficiency`).
 */
export interface FlagSpec {
  kind: 'string' | 'boolean' | 'integer' | 'list' | 'seed';
  field?: string;
}
export type FlagSpecs = Record<string, FlagSpec>;

export const flag = {
  text: (field?: string): FlagSpec => ({ kind: 'string', ...(field ? { field } : {}) }),
  bool: (field?: string): FlagSpec => ({ kind: 'boolean', ...(field ? { field } : {}) }),
  int: (field: string): FlagSpec => ({ kind: 'integer', field }),
  list: (field: string): FlagSpec => ({ kind: 'list', field }),
  seed: (field: string): FlagSpec => ({ kind: 'seed', field }),
};

/** Every workspace command has these: the file, and the plan in scope (a scenario, or the live plan). */
export const WORKSPACE_FLAGS = { db: flag.text(), scenario: flag.text() } satisfies FlagSpecs;

export interface ParsedCommand {
  /** Raw flag values, as typed. */
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** The contract input the flags with a field make up (absent flags leave their field out). */
  input: Record<string, unknown>;
}

export function parseCommand(argv: string[], specs: FlagSpecs, command: string): ParsedCommand {
  const options: ParseOptions = Object.fromEntries(
    Object.entries(specs).map(([name, s]) => [name, { type: s.kind === 'boolean' ? ('boolean' as const) : ('string' as const) }]),
  );
  const parsed = parseFlags(argv, options, command);
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const input: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(specs)) {
    const v = values[name];
    if (s.field === undefined || v === undefined) continue;
    setPath(input, s.field, convert(v, s.kind, name, command));
  }
  return { values, positionals: parsed.positionals, input };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) {
    target[head!] = value;
    return;
  }
  const inner = (target[head!] ??= {}) as Record<string, unknown>;
  setPath(inner, rest.join('.'), value);
}

function getPath(source: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), source);
}

/** Flags named after CSV columns (`--min-proficiency` fills `fields.min_proficiency`), as edit calls take them. */
export function columnFlags(columns: readonly string[], into: string): FlagSpecs {
  return Object.fromEntries(columns.map((c) => [c.replace(/_/g, '-'), flag.text(`${into}.${c}`)]));
}

/** Text to the field's type; only what text cannot say is checked here (the contract checks the rest). */
function convert(v: string | boolean, kind: FlagSpec['kind'], name: string, command: string): unknown {
  if (typeof v === 'boolean') return v;
  switch (kind) {
    case 'integer':
      if (!/^-?\d+$/.test(v.trim())) throw new CliError(`${command}: --${name} must be a whole number (got "${v}")`);
      return Number(v);
    case 'list':
      return v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    case 'seed':
      return seedNumber(v);
    default:
      return v;
  }
}

/** `--seed` may be a number or any word; words are hashed (FNV-1a) so they stay deterministic. */
export function seedNumber(value: string | boolean | undefined): number {
  if (typeof value !== 'string' || value === '') return 1;
  if (/^\d{1,9}$/.test(value)) return Number(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function requiredFlag(values: ParsedCommand['values'], name: string, command: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new CliError(`${command}: --${name} is required`);
  return v;
}

/** How a command opens --db: `create` a missing file; `intent: 'read'` for commands that change nothing. */
export interface OpenOptions extends Pick<CliOpenOptions, 'intent' | 'allowReadOnly'> {
  create?: boolean;
}

/** Opens the workspace named by --db (which must exist unless `create`), runs `fn`, closes it. */
export async function withWorkspace<T>(
  values: ParsedCommand['values'],
  command: string,
  fn: (ws: Workspace) => Promise<T>,
  opts: OpenOptions = {},
): Promise<T> {
  const { create, ...rest } = opts;
  const ws = await openForCli(requiredFlag(values, 'db', command), { mustExist: !create, ...rest });
  try {
    return await fn(ws);
  } finally {
    ws.close();
  }
}

export interface CallOptions {
  /** The flags the input came from, to name them in errors. */
  flags: FlagSpecs;
  /** Raw flag values, to quote what was typed. */
  values: ParsedCommand['values'];
  /** A scenario name (`--scenario`), else the live plan. */
  scenario?: string | boolean | undefined;
}

/**
 * Checks the input against the contract before the workspace is even opened (bad flags then
 * neither create a file nor take a backup); the dispatcher checks it again with the same schema.
 */
export function checkInput<N extends ContractName>(command: string, name: N, input: ApiInput<N>, opts: CallOptions): void {
  const parsed = contract[name].input.safeParse(input);
  if (parsed.success) return;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  throw refusal(command, { code: 'VALIDATION', message: issues[0]?.message ?? 'invalid', issues }, input as Record<string, unknown>, opts);
}

/** The usual command: check the input, open --db, make one call, close. */
export async function runContract<N extends ContractName>(
  command: string,
  name: N,
  input: ApiInput<N>,
  opts: CallOptions,
  open: OpenOptions = {},
): Promise<ApiOutput<N>> {
  requiredFlag(opts.values, 'db', command);
  checkInput(command, name, input, opts);
  return withWorkspace(opts.values, command, (ws) => callContract(ws, command, name, input, opts), open);
}

/** Sends one contract call through the workspace's dispatcher; a refusal becomes a CliError. */
export async function callContract<N extends ContractName>(
  ws: Workspace,
  command: string,
  name: N,
  input: ApiInput<N>,
  opts: CallOptions,
): Promise<ApiOutput<N>> {
  const scenario = typeof opts.scenario === 'string' && opts.scenario !== '' ? opts.scenario : null;
  // The actor run.ts set for this command (the OS user): undo per actor sees the CLI's steps as theirs.
  const r = await ws.dispatch(name, input, { scenario, actor: currentActor() });
  if (r.ok) return r.result as ApiOutput<N>;
  throw refusal(command, r.error, input as Record<string, unknown>, opts);
}

/** The refusal as the CLI says it: in flag terms for bad input, else the backend's message; exit 1 only for a bug. */
export function refusal(command: string, error: ApiErrorBody, input: Record<string, unknown>, opts: CallOptions): CliError {
  if (error.code === 'INTERNAL') return new CliError(error.message, 1);
  const issue = error.issues?.[0];
  if (error.code === 'VALIDATION' && issue) {
    const fills = (field: string) => issue.path === field || issue.path.startsWith(`${field}.`);
    const name = Object.entries(opts.flags).find(([, s]) => s.field !== undefined && fills(s.field))?.[0];
    if (name !== undefined) {
      const typed = opts.values[name];
      if (getPath(input, opts.flags[name]!.field!) === undefined) return new CliError(`${command}: --${name} is required`);
      const got = typeof typed === 'string' ? ` (got "${typed}")` : '';
      return new CliError(`${command}: --${name}${/^must\b/.test(issue.message) ? ' ' : ': '}${issue.message}${got}`);
    }
    return new CliError(`${command}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
  }
  return new CliError(`${command}: ${withFieldLines(error)}`, 2, error);
}

/** The message, then each field problem of an edit on its own line (`  trade: …`), as the import reports rows. */
function withFieldLines(e: ApiErrorBody): string {
  const fields = (e.details as { fields?: { field: string | null; message: string }[] } | undefined)?.fields;
  if (!fields || fields.length < 2) return e.message;
  return [e.message, ...fields.map((f) => `  ${f.field ?? 'record'}: ${f.message}`)].join('\n');
}

/** A call for commands that parse their own flags: same dispatcher and actor, errors without flag names. */
export function callByName<N extends ContractName>(
  ws: Workspace,
  command: string,
  name: N,
  input: ApiInput<N>,
  scenario?: string | boolean,
): Promise<ApiOutput<N>> {
  return callContract(ws, command, name, input, { flags: {}, values: {}, scenario });
}

/** Opens an existing workspace named by its path for one command and always closes it. */
export async function withDb<T>(db: string, fn: (ws: Workspace) => Promise<T>, opts: OpenOptions = {}): Promise<T> {
  const { create, ...rest } = opts;
  const ws = await openForCli(db, { mustExist: !create, ...rest });
  try {
    return await fn(ws);
  } finally {
    ws.close();
  }
}

/** A command with one subcommand (`job add`, `operative retire`…): the parsed flags, the chosen subcommand and what every branch uses. */
export function parseSubcommand<S extends string>(
  argv: string[],
  specs: FlagSpecs,
  command: string,
  subs: readonly S[],
  out: (s: string) => void,
) {
  const { values, positionals, input } = parseCommand(argv, specs, command);
  const sub = positionals[0] as S | undefined;
  if (positionals.length !== 1 || !sub || !subs.includes(sub)) {
    const list = subs.length > 1 ? `${subs.slice(0, -1).join(', ')} or ${subs.at(-1)}` : subs[0];
    throw new CliError(`${command}: say ${list} (see --help)`);
  }
  const cmd = `${command} ${sub}`;
  requiredFlag(values, 'db', cmd);
  return {
    values,
    sub,
    cmd,
    /** The CSV-column flags, as the contract's `fields`. */
    fields: { ...((input.fields ?? {}) as Record<string, string>) },
    opts: { flags: specs, values, scenario: values.scenario } satisfies CallOptions,
    /** `--json` prints the result as it came; otherwise `text` says it in words. */
    print: (result: unknown, text: () => void) => (values.json ? out(JSON.stringify(result)) : text()),
  };
}

// `npm run planwright -- <command>`: the scriptable face of the same backend.
// Exit codes: 0 done, 2 bad input or refused (nothing changed), 1 internal error.
import { ApiError } from '../../shared/api/errors';
import { logError } from '../backend/error-log';
import { osUserActor, withActor } from '../backend/store/actor';
import { personActor } from '../../shared/governance/roles';
import { idSchema } from '../../shared/domain/schemas';
import { storageApiError } from '../backend/store/sqlite-errors';
import { COMMANDS } from './commands/registry';
import { CliError } from './cli-error';
import { asOpenRefusal } from './open-workspace';

export function helpText(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.help}`);
  return [
    'Planwright — local-first planning workstation',
    '',
    'Usage: npm run planwright -- <command> [flags]',
    '',
    'Commands:',
    ...lines,
    '',
    'Every command takes --as ID: act as that person of the workspace (default: the person whose os_user is you).',
    'Environment: PLANWRIGHT_HOME overrides the config/keys folder (logs go to its logs/ folder).',
  ].join('\n');
}

export async function runCli(argv: string[], out: (s: string) => void = (s) => console.log(s)): Promise<number> {
  const as = takeAs(argv);
  if (as !== null && typeof as === 'object') {
    console.error(as.error);
    return 2;
  }
  const [name, ...rest] = as === null ? argv : argv.filter((_, i) => i !== argv.indexOf('--as') && i !== argv.indexOf('--as') + 1);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(helpText());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}". Run with --help for the list.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    out(`Usage: npm run planwright -- ${command.help}`);
    return 0;
  }
  try {
    // Every change the command makes is recorded as this OS user's, or the person given by
    // --as (undo per actor; the backend checks that person's rights).
    await withActor(as === null ? osUserActor() : personActor(as), () => command.run(rest, out));
    return 0;
  } catch (e) {
    const refusal = asRefusal(e);
    if (refusal) {
      console.error(refusal.message);
      return refusal.exitCode;
    }
    // A bug: one plain line here, the stack trace in the log file.
    const log = logError(`planwright ${name} ${rest.join(' ')}`.slice(0, 500), e);
    console.error(`Internal error: ${(e as Error)?.message ?? String(e)}${log ? ` (details in ${log})` : ''}`);
    return 1;
  }
}

/** `--as ID` (any position): act as that person of the workspace; null when not given. */
function takeAs(argv: string[]): string | null | { error: string } {
  const i = argv.indexOf('--as');
  if (i < 0) return null;
  const id = argv[i + 1];
  if (id === undefined || !idSchema.safeParse(id).success)
    return { error: `--as needs a person id (letters, digits, "-", "_" or "."), got "${id ?? ''}"` };
  return id;
}

/** Refusals and faults the user can act on (exit 2, nothing changed); null for a bug. */
function asRefusal(e: unknown): CliError | null {
  if (e instanceof CliError) return e;
  const open = asOpenRefusal(e);
  if (open) return open;
  const api = e instanceof ApiError ? e : storageApiError(e);
  if (api && api.code !== 'INTERNAL') return new CliError(api.message);
  return null;
}

// `npm run planwright -- <command>`: the scriptable face of the same backend.
// Exit codes: 0 done, 2 bad input or refused (nothing changed), 1 internal error.
import { ApiError } from '../../shared/api/errors';
import { logError } from '../backend/error-log';
import { osUserActor, withActor } from '../backend/store/actor';
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
    'Environment: PLANWRIGHT_HOME overrides the config/keys folder (logs go to its logs/ folder).',
  ].join('\n');
}

export async function runCli(argv: string[], out: (s: string) => void = (s) => console.log(s)): Promise<number> {
  const [name, ...rest] = argv;
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
    // Every change the command makes is recorded as this OS user's (undo per actor).
    await withActor(osUserActor(), () => command.run(rest, out));
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

/** Refusals and faults the user can act on (exit 2, nothing changed); null for a bug. */
function asRefusal(e: unknown): CliError | null {
  if (e instanceof CliError) return e;
  const open = asOpenRefusal(e);
  if (open) return open;
  const api = e instanceof ApiError ? e : storageApiError(e);
  if (api && api.code !== 'INTERNAL') return new CliError(api.message);
  return null;
}

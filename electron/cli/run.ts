// `npm run planwright -- <command>`: the scriptable face of the same backend.
// Exit codes: 0 done, 2 bad input or refused (nothing changed), 1 internal error.
import { COMMANDS } from './commands/registry';
import { CliError } from './cli-error';

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
    'Environment: PLANWRIGHT_HOME overrides the config/keys folder.',
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
    await command.run(rest, out);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      console.error(e.message);
      return e.exitCode;
    }
    console.error(`Internal error: ${(e as Error)?.stack ?? String(e)}`);
    return 1;
  }
}

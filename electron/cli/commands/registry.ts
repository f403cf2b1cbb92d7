// Every CLI command, with its one-line help. Later issues add commands here.
import { ASSIGN_HELP, UNASSIGN_HELP, assignCommand, unassignCommand } from './assign';
import { EXPORT_HELP, exportCommand } from './export';
import { HOST_HELP, hostCommand } from './host';
import { IMPORT_HELP, importCommand } from './import';
import { SCENARIO_HELP, scenarioCommand } from './scenario';
import { SEED_HELP, seedCommand } from './seed';

export type Command = (argv: string[], out: (s: string) => void) => Promise<void>;

export const COMMANDS: Record<string, { run: Command; help: string }> = {
  import: { run: importCommand, help: IMPORT_HELP },
  export: { run: exportCommand, help: EXPORT_HELP },
  seed: { run: seedCommand, help: SEED_HELP },
  host: { run: hostCommand, help: HOST_HELP },
  assign: { run: assignCommand, help: ASSIGN_HELP },
  unassign: { run: unassignCommand, help: UNASSIGN_HELP },
  scenario: { run: scenarioCommand, help: SCENARIO_HELP },
};

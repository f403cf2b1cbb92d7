// Every CLI command, with its one-line help. Later issues add commands here.
import { ASSIGN_HELP, UNASSIGN_HELP, assignCommand, unassignCommand } from './assign';
import { EXPORT_HELP, exportCommand } from './export';
import { HOST_HELP, hostCommand } from './host';
import { IMPORT_HELP, importCommand } from './import';
import { SCENARIO_HELP, scenarioCommand } from './scenario';
import { SCHEDULE_HELP, scheduleCommand } from './schedule';
import { SEED_HELP, seedCommand } from './seed';
import { KEY_HELP, keyCommand } from './key';
import { PACKS_HELP, packsCommand } from './packs';
import { PUBLISH_HELP, publishCommand } from './publish';
import { VERIFY_HELP, verifyCommand } from './verify';
import { ROSTER_HELP, rosterCommand } from './roster';
import { CAPACITY_HELP, capacityCommand } from './capacity';
import { JOB_HELP, jobCommand } from './job';
import { OPERATIVE_HELP, operativeCommand } from './operative';
import { SUGGEST_HELP, suggestCommand } from './suggest';
import { PRINT_HELP, printCommand } from './print';
import { ACTUALS_HELP, actualsCommand } from './actuals';
import { REBOOKING_HELP, rebookingCommand } from './rebooking';
import { ADDRESSES_HELP, addressesCommand } from './addresses';
import { BACKUP_HELP, backupCommand } from './backup';
import { PEOPLE_HELP, peopleCommand } from './people';
import { CHANGES_HELP, changesCommand } from './changes';
import { DEVIATIONS_HELP, deviationsCommand } from './deviations';
import { BRIEFING_HELP, briefingCommand } from './briefing';
import { CLOSEOUT_HELP, closeoutCommand } from './closeout';
import { TEAM_HELP, teamCommand } from './team';

export type Command = (argv: string[], out: (s: string) => void) => Promise<void>;

export const COMMANDS: Record<string, { run: Command; help: string }> = {
  import: { run: importCommand, help: IMPORT_HELP },
  export: { run: exportCommand, help: EXPORT_HELP },
  seed: { run: seedCommand, help: SEED_HELP },
  host: { run: hostCommand, help: HOST_HELP },
  assign: { run: assignCommand, help: ASSIGN_HELP },
  unassign: { run: unassignCommand, help: UNASSIGN_HELP },
  scenario: { run: scenarioCommand, help: SCENARIO_HELP },
  schedule: { run: scheduleCommand, help: SCHEDULE_HELP },
  vrptw: {
    run: async (argv, out) => (await import('./vrptw')).vrptwCommand(argv, out),
    help: 'vrptw FILE.txt [--time-limit-ms N] [--seed S] [--json]   solve a Solomon VRPTW instance (default 1000 ms)',
  },
  publish: { run: publishCommand, help: PUBLISH_HELP },
  key: { run: keyCommand, help: KEY_HELP },
  verify: { run: verifyCommand, help: VERIFY_HELP },
  packs: { run: packsCommand, help: PACKS_HELP },
  roster: { run: rosterCommand, help: ROSTER_HELP },
  capacity: { run: capacityCommand, help: CAPACITY_HELP },
  job: { run: jobCommand, help: JOB_HELP },
  operative: { run: operativeCommand, help: OPERATIVE_HELP },
  suggest: { run: suggestCommand, help: SUGGEST_HELP },
  print: { run: printCommand, help: PRINT_HELP },
  actuals: { run: actualsCommand, help: ACTUALS_HELP },
  rebooking: { run: rebookingCommand, help: REBOOKING_HELP },
  addresses: { run: addressesCommand, help: ADDRESSES_HELP },
  backup: { run: backupCommand, help: BACKUP_HELP },
  people: { run: peopleCommand, help: PEOPLE_HELP },
  changes: { run: changesCommand, help: CHANGES_HELP },
  deviations: { run: deviationsCommand, help: DEVIATIONS_HELP },
  briefing: { run: briefingCommand, help: BRIEFING_HELP },
  closeout: { run: closeoutCommand, help: CLOSEOUT_HELP },
  team: { run: teamCommand, help: TEAM_HELP },
};

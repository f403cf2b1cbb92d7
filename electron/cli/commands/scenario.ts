// `scenario create|list|compare|promote|drop`: what-if scenarios, through `scenario/*`.
import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import { CliError } from '../cli-error';
import { WORKSPACE_FLAGS, flag, parseCommand, runContract, type FlagSpecs } from '../front-door';

export const SCENARIO_HELP = [
  'scenario create --db F --name N [--from S] [--note TEXT]   fork a what-if scenario from the live plan (or scenario S)',
  '  scenario list --db F',
  '  scenario compare --db F --a base|N --b N [--from D --to D] [--json]',
  '  scenario promote --db F --name N [--note TEXT] [--confirm]   into the live plan (one undoable step; --confirm merges over live changes)',
  '  scenario drop --db F --name N',
].join('\n');

const db = WORKSPACE_FLAGS.db;
const SUBCOMMANDS = {
  create: { db, name: flag.text('name'), from: flag.text('from'), note: flag.text('note') },
  list: { db },
  compare: { db, a: flag.text('a'), b: flag.text('b'), from: flag.text('from'), to: flag.text('to'), json: flag.bool() },
  promote: { db, name: flag.text('name'), note: flag.text('note'), confirm: flag.bool('confirm') },
  drop: { db, name: flag.text('name') },
} satisfies Record<string, FlagSpecs>;

export async function scenarioCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const [sub, ...rest] = argv;
  if (!sub || !(sub in SUBCOMMANDS))
    throw new CliError(`scenario: unknown subcommand "${sub ?? ''}" (${Object.keys(SUBCOMMANDS).join(', ')})`);
  const command = `scenario ${sub}`;
  const flags: FlagSpecs = SUBCOMMANDS[sub as keyof typeof SUBCOMMANDS];
  const { values, input } = parseCommand(rest, flags, command);
  const opts = { flags, values };
  switch (sub) {
    case 'create': {
      const s = await runContract(command, 'scenario/create', input as ApiInput<'scenario/create'>, opts);
      out(`Created scenario "${s.name}" from ${s.from ?? 'the live plan'} in ${s.ms} ms`);
      return;
    }
    case 'list': {
      const list = await runContract(command, 'scenario/list', {}, opts, { intent: 'read' });
      if (list.length === 0) out('No scenarios.');
      for (const s of list)
        out(
          `${s.name}\tfrom ${s.from ?? 'base'}\tcreated ${s.created_at}${s.promoted_at ? `\tpromoted ${s.promoted_at}` : ''}${s.note ? `\t${s.note}` : ''}`,
        );
      return;
    }
    case 'compare': {
      const c = await runContract(command, 'scenario/compare', input as ApiInput<'scenario/compare'>, opts, { intent: 'read' });
      if (values.json) out(JSON.stringify({ a: c.a, b: c.b, changes: c.changes }));
      else printComparison(String(values.a), String(values.b), c, out);
      return;
    }
    case 'promote': {
      const r = await runContract(command, 'scenario/promote', input as ApiInput<'scenario/promote'>, opts);
      out(
        `Promoted "${values.name}" into the live plan: ${r.applied} row changes${r.conflicts.length ? `; scenario won ${r.conflicts.length} conflicts (${r.conflicts.join(', ')})` : ''}. Undo it with Ctrl+Z in the app.`,
      );
      return;
    }
    default: {
      const { name } = await runContract(command, 'scenario/drop', input as ApiInput<'scenario/drop'>, opts);
      out(`Dropped scenario "${name}"`);
    }
  }
}

function printComparison(a: string, b: string, c: ApiOutput<'scenario/compare'>, out: (s: string) => void): void {
  const rows: [string, string | number, string | number][] = [
    ['jobs placed', c.a.placed, c.b.placed],
    ['unplaced', c.a.unplaced, c.b.unplaced],
    ['SLA breaches', c.a.slaBreachesTotal, c.b.slaBreachesTotal],
    ['travel hours', c.a.travelHours, c.b.travelHours],
    ['utilisation', `${Math.round(c.a.utilisation * 100)}%`, `${Math.round(c.b.utilisation * 100)}%`],
    ['overtime hours', c.a.overtimeHours, c.b.overtimeHours],
    ['critical-path finish', c.a.criticalPathFinish ?? '-', c.b.criticalPathFinish ?? '-'],
  ];
  out(`${'KPI'.padEnd(22)}${a.padEnd(20)}${b}`);
  for (const [k, x, y] of rows) out(`${k.padEnd(22)}${String(x).padEnd(20)}${y}`);
  out(`${c.changes.length} jobs differ (${c.from} to ${c.to})`);
  const fmt = (s: { operative: string; date: string; start: string } | null) => (s ? `${s.operative} ${s.date} ${s.start}` : 'unscheduled');
  for (const ch of c.changes.slice(0, 50)) out(`  ${ch.ref}: ${fmt(ch.a)} → ${fmt(ch.b)}`);
}

import { ApiError } from '../../../shared/api/errors';
import { comparePlans, type Comparison } from '../../backend/scenarios/compare';
import { promoteScenario } from '../../backend/scenarios/promote';
import type { Workspace } from '../../backend/workspace';
import { CliError } from '../cli-error';
import { parseFlags, required } from '../args';
import { openForCli } from '../open-workspace';

export const SCENARIO_HELP = [
  'scenario create --db F --name N [--from S] [--note TEXT]   fork a what-if scenario from the live plan (or scenario S)',
  '  scenario list --db F',
  '  scenario compare --db F --a base|N --b N [--from D --to D] [--json]',
  '  scenario promote --db F --name N [--note TEXT] [--confirm]   into the live plan (one undoable step; --confirm merges over live changes)',
  '  scenario drop --db F --name N',
].join('\n');

const FLAGS = {
  db: { type: 'string' },
  name: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  note: { type: 'string' },
  a: { type: 'string' },
  b: { type: 'string' },
  json: { type: 'boolean' },
  confirm: { type: 'boolean' },
} as const;

export async function scenarioCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const [sub, ...rest] = argv;
  const { values } = parseFlags(rest, FLAGS, `scenario ${sub ?? ''}`.trim());
  const db = required(values.db, 'db', `scenario ${sub}`);
  const ws = await openForCli(db, { mustExist: true, intent: sub === 'list' || sub === 'compare' ? 'read' : 'write' });
  try {
    run(ws, sub, values, out);
  } catch (e) {
    if (e instanceof ApiError && e.code !== 'INTERNAL') throw new CliError(e.message);
    throw e;
  } finally {
    ws.close();
  }
}

type Values = { [K in keyof typeof FLAGS]?: (typeof FLAGS)[K]['type'] extends 'boolean' ? boolean : string };

function run(ws: Workspace, sub: string | undefined, v: Values, out: (s: string) => void): void {
  switch (sub) {
    case 'create': {
      const s = ws.scenarios.create(required(v.name, 'name', 'scenario create'), v.from ?? null, v.note ?? '');
      out(`Created scenario "${s.name}" from ${s.from ?? 'the live plan'} in ${s.ms} ms`);
      return;
    }
    case 'list': {
      const list = ws.scenarios.list();
      if (list.length === 0) out('No scenarios.');
      for (const s of list)
        out(
          `${s.name}\tfrom ${s.from ?? 'base'}\tcreated ${s.created_at}${s.promoted_at ? `\tpromoted ${s.promoted_at}` : ''}${s.note ? `\t${s.note}` : ''}`,
        );
      return;
    }
    case 'compare': {
      const a = required(v.a, 'a', 'scenario compare');
      const b = required(v.b, 'b', 'scenario compare');
      if ((v.from === undefined) !== (v.to === undefined)) throw new CliError('scenario compare: give both --from and --to, or neither');
      const c = comparePlans(ws.scenarios.store(a), ws.scenarios.store(b), v.from && v.to ? { from: v.from, to: v.to } : undefined);
      if (v.json) out(JSON.stringify({ a: c.a, b: c.b, changes: c.changes }));
      else printComparison(a, b, c, out);
      return;
    }
    case 'promote': {
      const name = required(v.name, 'name', 'scenario promote');
      const r = promoteScenario(ws.store, ws.scenarios.store(name), name, v.note ?? '', v.confirm ?? false);
      ws.scenarios.markPromoted(name);
      out(
        `Promoted "${name}" into the live plan: ${r.applied} row changes${r.conflicts.length ? `; scenario won ${r.conflicts.length} conflicts (${r.conflicts.join(', ')})` : ''}. Undo it with Ctrl+Z in the app.`,
      );
      return;
    }
    case 'drop': {
      const name = required(v.name, 'name', 'scenario drop');
      ws.scenarios.drop(name);
      out(`Dropped scenario "${name}"`);
      return;
    }
    default:
      throw new CliError(`scenario: unknown subcommand "${sub ?? ''}" (create, list, compare, promote, drop)`);
  }
}

function printComparison(a: string, b: string, c: Comparison, out: (s: string) => void): void {
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

// SQL for people and the decision-rights table (issue 15).
import type { Person } from '../../../../shared/governance/roles';
import { DEFAULT_DECISION_RIGHTS, DECISIONS, type DecisionRight } from '../../../../shared/governance/raci';
import type { Row } from '../tables';
import type { Store } from '../store';
import { stmt } from '../actuals/statements';

export function personFromRow(r: Row): Person {
  return {
    id: r.id as string,
    name: r.name as string,
    role: r.role as Person['role'],
    os_user: (r.os_user as string | null) ?? null,
    team: (r.team as string | null) ?? null,
    operatives: JSON.parse(r.operatives as string) as string[],
  };
}

export function personToRow(p: Person): Row {
  return { ...p, operatives: JSON.stringify(p.operatives) };
}

export function listPeople(store: Store): Person[] {
  return (stmt(store, 'SELECT * FROM people ORDER BY name, id').all() as Row[]).map(personFromRow);
}

export function countPeople(store: Store): number {
  return (stmt(store, 'SELECT COUNT(*) AS n FROM people').get() as { n: number }).n;
}

export function getPerson(store: Store, id: string): Person | undefined {
  const r = stmt(store, 'SELECT * FROM people WHERE id = ?').get(id) as Row | undefined;
  return r && personFromRow(r);
}

export function personByOsUser(store: Store, osUser: string): Person | undefined {
  const r = stmt(store, 'SELECT * FROM people WHERE os_user = ?').get(osUser) as Row | undefined;
  return r && personFromRow(r);
}

/** The stored table, with the default for any decision not edited yet, in DECISIONS order. */
export function decisionRights(store: Store): DecisionRight[] {
  const rows = new Map(
    (stmt(store, 'SELECT * FROM decision_rights').all() as Row[]).map((r) => [
      r.decision as string,
      {
        decision: r.decision,
        responsible: JSON.parse(r.responsible as string),
        accountable: r.accountable,
        consulted: JSON.parse(r.consulted as string),
        informed: JSON.parse(r.informed as string),
      } as DecisionRight,
    ]),
  );
  return DECISIONS.map((d) => rows.get(d) ?? DEFAULT_DECISION_RIGHTS.find((x) => x.decision === d)!);
}

export function decisionRightToRow(d: DecisionRight): Row {
  return {
    decision: d.decision,
    responsible: JSON.stringify(d.responsible),
    accountable: d.accountable,
    consulted: JSON.stringify(d.consulted),
    informed: JSON.stringify(d.informed),
  };
}

export interface ActivityRow {
  id: number;
  at: string;
  actor: string | null;
  label: string;
  state: string;
}

/** Recent undoable steps with who made them (History records the actor of each). */
export function recentActivity(store: Store, limit: number): ActivityRow[] {
  return stmt(store, 'SELECT id, at, actor, label, state FROM history ORDER BY id DESC LIMIT ?').all(limit) as ActivityRow[];
}

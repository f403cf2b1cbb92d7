// `people list|add|remove|rights|activity`: the workspace's people and roles, the decision-rights
// (RACI) table and who did what — the app's access/* calls through the dispatcher.
import { decisionRightsText } from '../../../shared/governance/raci';
import { ROLE_LABELS, parseRole, ROLES } from '../../../shared/governance/roles';
import { callByName, withDb } from '../front-door';
import { flagTable, intFlag, parseFlags, required } from '../args';
import { CliError } from '../cli-error';

export const PEOPLE_HELP =
  'people list|add|remove|rights|activity --db F [--id ID --name N --role R [--os-user U] [--team T] [--operatives A,B]] [--json] [--limit N]   people, roles, decision rights, who did what';

export async function peopleCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, positionals } = parseFlags(
    argv,
    flagTable(['db', 'id', 'name', 'role', 'os-user', 'team', 'operatives', 'limit'], ['json']),
    'people',
  );
  const sub = positionals[0];
  const db = required(values.db, 'db', 'people');
  await withDb(db, async (ws) => {
    switch (sub) {
      case 'list': {
        const people = await callByName(ws, 'people', 'access/list-people', {});
        if (values.json) return out(JSON.stringify(people));
        if (people.length === 0) out('No people yet: anyone may make any change. Add a planner first (people add --role planner).');
        for (const p of people)
          out(
            `${p.id}  ${p.name}  ${ROLE_LABELS[p.role]}${p.os_user ? `  os user ${p.os_user}` : ''}${p.team ? `  team ${p.team}` : ''}${p.operatives.length ? `  leads ${p.operatives.join(', ')}` : ''}`,
          );
        return;
      }
      case 'add': {
        const roleText = required(values.role, 'role', 'people add');
        const role = parseRole(roleText);
        if (!role) throw new CliError(`people add: --role must be one of ${ROLES.join(', ')} (got "${roleText}")`);
        const p = await callByName(ws, 'people', 'access/save-person', {
          id: required(values.id, 'id', 'people add'),
          name: required(values.name, 'name', 'people add'),
          role,
          os_user: typeof values['os-user'] === 'string' ? values['os-user'] : null,
          team: typeof values.team === 'string' ? values.team : null,
          operatives:
            typeof values.operatives === 'string'
              ? values.operatives
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean)
              : [],
        });
        return out(`Saved ${p.name} (${p.id}) as ${ROLE_LABELS[p.role].toLowerCase()}`);
      }
      case 'remove': {
        await callByName(ws, 'people', 'access/remove-person', { id: required(values.id, 'id', 'people remove') });
        return out(`Removed ${values.id}`);
      }
      case 'rights': {
        const rights = await callByName(ws, 'people', 'access/get-decision-rights', {});
        if (values.json) return out(JSON.stringify(rights));
        for (const line of decisionRightsText(rights)) out(line);
        return;
      }
      case 'activity': {
        const rows = await callByName(ws, 'people', 'access/list-activity', { limit: intFlag(values.limit, 'limit', 50, 1, 500) });
        if (values.json) return out(JSON.stringify(rows));
        for (const r of rows) out(`${r.at}  ${r.who}  ${r.label}${r.undone ? ' (undone)' : ''}`);
        return;
      }
      default:
        throw new CliError(`people: say list, add, remove, rights or activity (got "${sub ?? ''}")`);
    }
  });
}

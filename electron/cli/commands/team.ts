// `team serve|invite|join|sync|conflicts|resolve`: working as a team (issue 17). `serve` runs the
// team server on PostgreSQL; `invite` asks it for a member token; the rest work on a workstation's
// workspace through the team/* calls of the same dispatcher.
import { parseRole, ROLES } from '../../../shared/governance/roles';
import { flagTable, intFlag, parseFlags, required } from '../args';
import { CliError } from '../cli-error';
import { callByName, withDb } from '../front-door';
import { inviteMember, serve } from './team-server';

export const TEAM_HELP =
  'team serve --pg URL [--port N] | invite --server URL --token T --name N --role R | join --db F --server URL --token T | sync --db F | conflicts --db F [--json] | resolve --db F --id ID --action redo|drop|sign-off   work as a team through a team server';

const SUBS = ['serve', 'invite', 'join', 'sync', 'conflicts', 'resolve'] as const;

export async function teamCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, positionals } = parseFlags(
    argv,
    flagTable(['db', 'pg', 'port', 'server', 'token', 'name', 'role', 'id', 'action'], ['json']),
    'team',
  );
  const sub = positionals[0] as (typeof SUBS)[number] | undefined;
  if (!sub || !SUBS.includes(sub)) throw new CliError(`team: say ${SUBS.join(', ')} (see --help)`);
  const cmd = `team ${sub}`;
  if (sub === 'serve') return serve(required(values.pg, 'pg', cmd), intFlag(values.port, 'port', 0, 0, 65535), out);
  if (sub === 'invite') {
    const roleText = required(values.role, 'role', cmd);
    const role = parseRole(roleText);
    if (!role) throw new CliError(`${cmd}: --role must be one of ${ROLES.join(', ')} (got "${roleText}")`);
    const invited = await inviteMember(
      cmd,
      required(values.server, 'server', cmd),
      required(values.token, 'token', cmd),
      required(values.name, 'name', cmd),
      role,
    );
    out(`Invited ${values.name as string} as ${role} (member ${invited.member_id})`);
    out(`token: ${invited.token}`);
    return;
  }
  const db = required(values.db, 'db', cmd);
  if (sub === 'join') {
    const server = required(values.server, 'server', cmd);
    const token = required(values.token, 'token', cmd);
    await withDb(
      db,
      async (ws) => {
        const r = await callByName(ws, cmd, 'team/join-server', { server, token });
        out(`Joined team ${r.team_id} as ${r.member}: ${r.pulled} team commands applied (confirmed to ${r.confirmed_seq})`);
      },
      { create: true },
    );
    return;
  }
  await withDb(db, async (ws) => {
    if (sub === 'sync') {
      const r = await callByName(ws, cmd, 'team/sync-now', {});
      if (values.json) return out(JSON.stringify(r));
      out(`Synced: ${r.pushed} sent, ${r.pulled} received, ${r.conflicts} new conflicts; confirmed to ${r.confirmed_seq}`);
      return;
    }
    if (sub === 'conflicts') {
      const list = await callByName(ws, cmd, 'team/list-conflicts', {});
      if (values.json) return out(JSON.stringify(list));
      if (list.length === 0) out('No conflicts.');
      for (const c of list) out(`${c.id}  ${c.summary}  ${c.code ?? ''}: ${c.reason ?? ''}`);
      return;
    }
    const action = required(values.action, 'action', cmd);
    if (action !== 'redo' && action !== 'drop' && action !== 'sign-off')
      throw new CliError(`${cmd}: --action must be redo, drop or sign-off`);
    const r = await callByName(ws, cmd, 'team/resolve-conflict', { id: required(values.id, 'id', cmd), action });
    out(r.message);
  });
}

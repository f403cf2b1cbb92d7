// `changes import|list|approve|reject|lock|policy`: change requests and sign-off from the command
// line, through the same contract calls as the app (changes/*, locks/*, policy/*).
import fs from 'node:fs';
import path from 'node:path';
import { CHANGE_KINDS, CHANGE_MODES, LOCKS, type ChangeKind, type ChangeMode, type Lock } from '../../../shared/governance/change-policy';
import { ROLE_LABELS, parseRole, type Role } from '../../../shared/governance/roles';
import type { ChangeRequestView } from '../../../shared/api/areas/changes';
import { callByName, withDb } from '../front-door';
import { flagTable, intFlag, parseFlags, required } from '../args';
import { CliError } from '../cli-error';

export const CHANGES_HELP =
  'changes import --db F --file F | list [--pending] [--json] | approve --id N [--note T] | reject --id N --reason T | lock --job REF --lock time|operative|both|none --reason T | policy [--kind K --who R,R --mode free|signoff|notice --notice-hours N]   change requests, sign-off, locks, the change policy';

const line = (r: ChangeRequestView) =>
  `#${r.id} ${r.state.padEnd(8)} ${r.kind} ${r.ref}${r.to_operative ? ` → ${r.to_operative}` : ''}${r.to_date ? ` ${r.to_date}` : ''}${r.to_priority ? ` → ${r.to_priority}` : ''}${r.to_sequence !== null ? ` → number ${r.to_sequence + 1} in the day` : ''} by ${r.requested_by} (${r.role}): ${r.reason} [${r.policy}]${r.answer ? ` answer: ${r.answer}` : ''}`;

export async function changesCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, positionals } = parseFlags(
    argv,
    flagTable(['db', 'file', 'id', 'note', 'reason', 'job', 'lock', 'kind', 'who', 'mode', 'notice-hours'], ['pending', 'json']),
    'changes',
  );
  const sub = positionals[0];
  const db = required(values.db, 'db', 'changes');
  const id = () => intFlag(required(values.id, 'id', `changes ${sub}`), 'id', 0, 1, 2 ** 31 - 1);
  await withDb(db, async (ws) => {
    switch (sub) {
      case 'import': {
        const file = required(values.file, 'file', 'changes import');
        if (!fs.existsSync(file)) throw new CliError(`changes import: file ${file} not found`);
        const rows = await callByName(ws, 'changes', 'changes/import-csv', {
          text: fs.readFileSync(file, 'utf8'),
          file: path.basename(file),
        });
        const applied = rows.filter((r) => r.state === 'applied').length;
        out(`${rows.length} change requests: ${applied} applied, ${rows.length - applied} waiting for sign-off`);
        for (const r of rows) out(`  ${line(r)}`);
        return;
      }
      case 'list': {
        const rows = await callByName(ws, 'changes', 'changes/list', values.pending ? { state: 'pending' } : {});
        if (values.json) return out(JSON.stringify(rows));
        if (rows.length === 0) out(values.pending ? 'Nothing waiting for sign-off' : 'No change requests');
        for (const r of rows) out(line(r));
        return;
      }
      case 'approve':
        return out(
          `Approved ${line(await callByName(ws, 'changes', 'changes/approve', { id: id(), ...(typeof values.note === 'string' ? { note: values.note } : {}) }))}`,
        );
      case 'reject':
        return out(
          `Rejected ${line(await callByName(ws, 'changes', 'changes/reject', { id: id(), reason: required(values.reason, 'reason', 'changes reject') }))}`,
        );
      case 'lock': {
        const lock = required(values.lock, 'lock', 'changes lock');
        if (!(LOCKS as readonly string[]).includes(lock)) throw new CliError(`changes lock: --lock must be one of ${LOCKS.join(', ')}`);
        const r = await callByName(ws, 'changes', 'locks/set-lock', {
          ref: required(values.job, 'job', 'changes lock'),
          lock: lock as Lock,
          reason: required(values.reason, 'reason', 'changes lock'),
        });
        return out(r.lock === 'none' ? `Unlocked ${r.ref}` : `Locked ${r.ref} (${r.lock})`);
      }
      case 'policy': {
        if (typeof values.kind === 'string') {
          const kind = values.kind as ChangeKind;
          if (!CHANGE_KINDS.includes(kind)) throw new CliError(`changes policy: --kind must be one of ${CHANGE_KINDS.join(', ')}`);
          const mode = required(values.mode, 'mode', 'changes policy') as ChangeMode;
          if (!CHANGE_MODES.includes(mode)) throw new CliError(`changes policy: --mode must be one of ${CHANGE_MODES.join(', ')}`);
          const who = required(values.who, 'who', 'changes policy')
            .split(',')
            .map((w) => {
              const role = parseRole(w);
              if (!role) throw new CliError(`changes policy: "${w}" is not a role`);
              return role;
            }) as Role[];
          await callByName(ws, 'changes', 'policy/set-change-rule', {
            kind,
            who,
            mode,
            notice_hours: intFlag(values['notice-hours'], 'notice-hours', 0, 0, 336),
          });
        }
        for (const r of await callByName(ws, 'changes', 'policy/get-change-policy', {}))
          out(
            `${r.kind.padEnd(18)} ${r.mode === 'notice' ? `${r.notice_hours} h notice` : r.mode}  by ${r.who.map((w) => ROLE_LABELS[w]).join(', ')}`,
          );
        return;
      }
      default:
        throw new CliError(`changes: say import, list, approve, reject, lock or policy (got "${sub ?? ''}")`);
    }
  });
}

// One sync of a workstation with its team server: push the outbox, pull what the log gained,
// apply it to the confirmed copy (the team's state as of the last pulled command), settle the
// outbox from the outcomes (accepted → done; rejected → a conflict with the server's reason),
// then rebase: the live file becomes the confirmed state plus the still-pending commands
// re-applied in order. When the pulled commands are just our own pending ones, accepted in our
// order, the live file already is that state and the copy is skipped.
import { ApiError } from '../../../../shared/api/errors';
import { appliedSeq, inCommandBatch } from '../../store/team/applied-seq';
import { teamLink, recordSync, type TeamLink } from '../../store/team/link-rows';
import { forgetCommand, markConflict, outbox, outboxCommand } from '../../store/team/outbox-rows';
import { inLocalCommand } from '../../store/team/local-command';
import { copySharedRowsFrom } from '../../store/team/synced-tables';
import type { Store } from '../../store/store';
import { replayLogged, type LocalDispatch, type OpenPlan } from '../replay';
import { MAX_PULL, MAX_PUSH, type CommandOutcome, type LoggedCommand } from '../protocol';
import { latestVersion } from '../../store/pack-versions';
import { ServerClient } from './server-client';
import { pullVersions } from './versions';

export interface SyncDeps {
  store: Store;
  /** The dispatcher below the outbox (applies without queueing). */
  apply: LocalDispatch;
  confirmedFile: string;
  openConfirmed: () => Promise<OpenPlan>;
}

export interface SyncResult {
  pushed: number;
  pulled: number;
  conflicts: number;
  confirmed_seq: number;
  rebased: boolean;
  /** Published versions of the team this sync brought (rows and packs). */
  versions: number;
}

export function clientFor(link: TeamLink): ServerClient {
  return new ServerClient(link.server, link.token, link.team_id);
}

function settle(store: Store, o: Pick<CommandOutcome, 'id' | 'status' | 'code' | 'reason'>): boolean {
  const mine = outboxCommand(store, o.id);
  if (!mine || mine.state !== 'pending') return false;
  if (o.status === 'accepted') forgetCommand(store, o.id);
  else markConflict(store, o.id, o.code ?? 'CONFLICT', o.reason ?? 'refused by the team server');
  return true;
}

/** Applies `pulled` to the live file in one transaction with the new confirmed mark; false (nothing kept) if one fails here. */
async function replayOnLive(d: SyncDeps, pulled: LoggedCommand[], seq: number): Promise<boolean> {
  return inLocalCommand(
    d.store,
    async () => {
      for (const c of pulled) if (c.status === 'accepted' && !(await replayLogged({ dispatch: d.apply }, c))) return false;
      recordSync(d.store, { confirmed_seq: seq, at: new Date().toISOString(), error: null });
      return true;
    },
    (ok) => ok,
  );
}

export async function syncOnce(d: SyncDeps): Promise<SyncResult> {
  const link = teamLink(d.store);
  // Refused, not a fault: the request does not fit this workspace's state.
  if (!link) throw new ApiError('CONFLICT', 'This workspace has not joined a team (team join --db F --server URL --token T)');
  const client = clientFor(link);
  const confirmed = await d.openConfirmed();
  try {
    let conflicts = 0;
    let pushed = 0;
    const pending = outbox(d.store, 'pending');
    // The live file is the confirmed state (plus the outbox) only if the last sync finished: a
    // crash between the confirmed copy's commit and the live file's leaves them apart.
    const inStep = link.confirmed_seq === appliedSeq(confirmed.store);
    for (let i = 0; i < pending.length; i += MAX_PUSH) {
      const batch = pending.slice(i, i + MAX_PUSH);
      const reply = await client.push(
        batch.map((c) => ({ id: c.id, actor: c.actor, at: c.at, base_seq: c.base_seq, name: c.name, input: c.input })),
      );
      pushed += batch.length;
      // Outcomes the confirmed copy already holds (a resend after a lost reply) settle now; the rest when pulled.
      const have = appliedSeq(confirmed.store);
      for (const r of reply.results) if (r.seq <= have && settle(d.store, r) && r.status === 'rejected') conflicts++;
    }

    const before = outbox(d.store, 'pending').map((c) => c.id);
    const pulled: LoggedCommand[] = [];
    let versionHead = 0;
    for (;;) {
      const page = await client.pull(appliedSeq(confirmed.store), MAX_PULL);
      versionHead = page.version_head;
      if (page.commands.length === 0) break;
      await inCommandBatch(confirmed.store, async (applyOne) => {
        for (const c of page.commands)
          await applyOne(
            c.seq,
            () => replayLogged(confirmed, c),
            (ok) => ok,
          );
      });
      for (const c of page.commands) if (settle(d.store, c) && c.status === 'rejected') conflicts++;
      pulled.push(...page.commands);
      if (page.commands.length < MAX_PULL) break;
    }

    // Only our own commands came back, accepted in our order: the live file already holds them.
    const ownInOrder = pulled.length <= before.length && pulled.every((c, i) => c.id === before[i] && c.status === 'accepted');
    const rebased = (pulled.length > 0 && !ownInOrder) || conflicts > 0 || !inStep;
    // Nothing of ours outstanding: the live file is the confirmed state as it was, so the pulled
    // commands apply to it as they did to the copy — no copy of the plan.
    const replayed =
      rebased && inStep && pending.length === 0 && conflicts === 0 && (await replayOnLive(d, pulled, appliedSeq(confirmed.store)));
    if (rebased && !replayed) {
      copySharedRowsFrom(d.store, d.confirmedFile);
      for (const c of outbox(d.store, 'pending')) {
        // A pending command that no longer applies here stays queued: the server has the last word.
        await d.apply(c.name, c.input, {
          scenario: null,
          actor: c.actor,
          command: { id: c.id, actor: c.actor, at: c.at, base_seq: c.base_seq },
        });
      }
    }
    const versions = versionHead > (latestVersion(d.store)?.version ?? 0) ? await pullVersions(d.store, client) : 0;
    const seq = appliedSeq(confirmed.store);
    recordSync(d.store, { confirmed_seq: seq, at: new Date().toISOString(), error: null });
    return { pushed, pulled: pulled.length, conflicts, confirmed_seq: seq, rebased, versions };
  } finally {
    confirmed.close();
  }
}

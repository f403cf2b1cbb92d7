// A workspace's team session. Once joined, every write to the shared plan made on this
// workstation (app, host or CLI) becomes a command: queued in the outbox and applied to the
// live file in one transaction, then pushed by the next sync. Local writes and syncs take turns
// (one lock), so a rebase never interleaves with a write. Without a team link it only passes
// calls through.
import fs from 'node:fs';
import type { ApiResponse } from '../../../../shared/api/errors';
import { ApiError } from '../../../../shared/api/errors';
import type { Role } from '../../../../shared/governance/roles';
import { newCommandId } from '../../store/command';
import { logError } from '../../error-log';
import { inLocalCommand } from '../../store/team/local-command';
import { teamLink, recordSync, saveTeamLink } from '../../store/team/link-rows';
import { outbox, pendingCount, queueCommand } from '../../store/team/outbox-rows';
import { holdsPlan } from '../../store/team/synced-tables';
import type { Store } from '../../store/store';
import type { LocalDispatch, OpenPlan } from '../replay';
import { commandKind, roleRefusal } from '../command-kinds';
import { contract, isContractName } from '../../../../shared/api/contract';
import type { ScenarioManager } from '../../scenarios/manager';
import { acceptRunAsRows, promoteAsRows, type RowsCommand } from './replayable';
import { memberActor } from '../protocol';
import { ServerClient, TeamOffline } from './server-client';
import { clientFor, syncOnce, type SyncResult } from './sync';
import { defaultPacksDir, pullVersions } from './versions';

export interface TeamStatus {
  joined: boolean;
  online: boolean;
  pending: number;
  conflicts: number;
  last_sync: string | null;
  server: string | null;
  member: string | null;
  error: string | null;
  public_key: string | null;
}

/** How often a joined workstation asks its server "are you there?", and how long it waits for the answer. */
const PING_MS = 1000;
const PING_TIMEOUT_MS = 1500;

const fail = (code: ApiError['code'], message: string): ApiResponse => ({ ok: false, error: { code, message } });

export class TeamSession {
  private inner: LocalDispatch | null = null;
  private scenarios: ScenarioManager | null = null;
  private turn: Promise<unknown> = Promise.resolve();
  private online = false;
  private timer: NodeJS.Timeout | null = null;
  private pinger: NodeJS.Timeout | null = null;

  constructor(
    readonly store: Store,
    private readonly openWorkspaceFile: (file: string) => Promise<OpenPlan>,
  ) {}

  get confirmedFile(): string {
    return `${this.store.file}.team-confirmed`;
  }

  get joined(): boolean {
    return teamLink(this.store) !== null;
  }

  attach(inner: LocalDispatch, scenarios?: ScenarioManager): void {
    this.inner = inner;
    this.scenarios = scenarios ?? null;
  }

  private locked<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.turn.then(fn, fn);
    this.turn = next.catch(() => undefined);
    return next;
  }

  /** The workspace's dispatcher: passes calls through, queueing team commands when joined. */
  readonly dispatch: LocalDispatch = async (name, input, scope) => {
    const inner = this.inner!;
    const kind = commandKind(name);
    // A promotion writes the live plan whichever plan the window has in scope.
    const onLive = !scope?.scenario || name === 'scenario/promote';
    if (scope?.command || !onLive || this.store.readOnly) return inner(name, input, scope);
    if (kind !== 'team' && kind !== 'rows') return inner(name, input, scope);
    const link = teamLink(this.store);
    if (!link) return inner(name, input, scope);
    const byRole = roleRefusal(name, link.role as Role, link.member_name);
    if (byRole) return fail('FORBIDDEN', byRole.message);
    return this.locked(async () => {
      let sent = { name, input };
      let finish: (() => unknown) | null = null;
      if (kind === 'rows') {
        const parsed = isContractName(name) ? contract[name].input.safeParse(input ?? {}) : null;
        if (!parsed?.success) return inner(name, input, scope); // the dispatcher names the bad field
        try {
          const rows = this.asRows(name, parsed.data);
          sent = { name: 'team/apply-rows', input: rows.input };
          finish = rows.finish;
        } catch (e) {
          if (e instanceof ApiError) return { ok: false, error: { code: e.code, message: e.message, details: e.details } };
          throw e;
        }
      }
      const command = { id: newCommandId(), actor: link.actor, at: this.store.now(), base_seq: teamLink(this.store)!.confirmed_seq };
      const r = await inLocalCommand(
        this.store,
        async () => {
          queueCommand(this.store, { ...command, ...sent });
          return inner(sent.name, sent.input, { scenario: null, actor: link.actor, command });
        },
        (x) => x.ok,
      );
      return r.ok && finish ? { ok: true, result: finish() } : r;
    });
  };

  private asRows(name: string, input: unknown): RowsCommand {
    if (name === 'schedule/accept-run') return acceptRunAsRows(this.store, (input as { id: string }).id);
    const p = input as { name: string; note?: string; confirm?: boolean };
    if (!this.scenarios) throw new ApiError('UNAVAILABLE', 'Scenarios are not open in this process');
    return promoteAsRows(this.store, this.scenarios, p.name, p.note ?? '', p.confirm ?? false);
  }

  /** Links this workspace to a team server: it must be new or empty; the team's plan is pulled into it. */
  async join(server: string, token: string): Promise<SyncResult & { team_id: string; member: string }> {
    if (teamLink(this.store))
      throw new ApiError('CONFLICT', `This workspace already works with the team server at ${teamLink(this.store)!.server}`);
    if (holdsPlan(this.store))
      throw new ApiError(
        'CONFLICT',
        'team join needs a new or empty workspace: this one already holds jobs or operatives. Nothing was changed',
      );
    let info;
    try {
      info = await new ServerClient(server, token, null).team();
    } catch (e) {
      if (e instanceof TeamOffline) throw new ApiError('UNAVAILABLE', e.message);
      throw e;
    }
    fs.rmSync(this.confirmedFile, { force: true });
    for (const ext of ['-wal', '-shm']) fs.rmSync(this.confirmedFile + ext, { force: true });
    saveTeamLink(this.store, {
      server: server.replace(/\/+$/, ''),
      token,
      team_id: info.team_id,
      member_id: info.member.id,
      member_name: info.member.name,
      role: info.member.role,
      actor: memberActor(info.member.id),
    });
    const result = await this.sync();
    return { ...result, team_id: info.team_id, member: info.member.name };
  }

  /** Push, pull and rebase once. Offline: throws UNAVAILABLE, local work stays queued. */
  sync(): Promise<SyncResult> {
    return this.locked(() => this.guarded(() => this.syncNow()));
  }

  private syncNow(): Promise<SyncResult> {
    return syncOnce({
      store: this.store,
      apply: this.inner!,
      confirmedFile: this.confirmedFile,
      openConfirmed: () => this.openWorkspaceFile(this.confirmedFile),
    });
  }

  /** Runs a call to the server: reached, the session is online; unreachable, offline (UNAVAILABLE). */
  private async guarded<T>(fn: () => Promise<T>, offlineMessage?: (e: TeamOffline) => string): Promise<T> {
    try {
      const r = await fn();
      this.online = true;
      return r;
    } catch (e) {
      const message = (e as Error)?.message ?? String(e);
      if (teamLink(this.store)) recordSync(this.store, { at: new Date().toISOString(), error: message });
      if (e instanceof TeamOffline) {
        this.online = false;
        throw new ApiError('UNAVAILABLE', offlineMessage ? offlineMessage(e) : message);
      }
      throw e;
    }
  }

  /**
   * Publishing while joined: this workstation's changes are pushed first, then the team server
   * makes the team's next version on its state and signs it with the team key; the version and
   * its pack come back like any other team version. Refused offline (see README).
   */
  publish(req: {
    from: string;
    to: string;
    override_reason?: string | undefined;
    out_dir?: string | undefined;
    zip?: boolean | undefined;
  }) {
    return this.locked(() =>
      this.guarded(
        async () => {
          await this.syncNow();
          const waiting = pendingCount(this.store);
          if (waiting > 0)
            throw new ApiError('CONFLICT', `${waiting} of your changes are not on the team server yet. Nothing was published (try again)`);
          const client = clientFor(teamLink(this.store)!);
          const made = await client.publish({ from: req.from, to: req.to, override_reason: req.override_reason });
          await pullVersions(this.store, client, req.out_dir ?? defaultPacksDir(), req.zip ? made.version : 0);
          return made;
        },
        (e) =>
          `Publishing while working as a team needs the team server: it numbers the team's versions and signs them with the team's key. ${e.message.replace(/; working offline$/, '')}. Nothing was published; your changes stay queued — publish again when the server is back`,
      ),
    );
  }

  status(): TeamStatus {
    const link = teamLink(this.store);
    return {
      joined: link !== null,
      online: link !== null && this.online,
      pending: link ? pendingCount(this.store) : 0,
      conflicts: link ? outbox(this.store, 'unresolved').length : 0,
      last_sync: link?.last_sync ?? null,
      server: link?.server ?? null,
      member: link?.member_name ?? null,
      error: link?.last_error ?? null,
      public_key: link?.public_key ?? null,
    };
  }

  /**
   * Syncs every `ms` while joined (the app and the host); errors are kept in the status. Between
   * syncs a cheap health ping with a short timeout tells offline at once — a sync can wait on a
   * server that stopped answering for much longer.
   */
  startAutoSync(ms = 3000, pingMs = PING_MS): void {
    if (this.timer) return;
    const tick = () => {
      if (!teamLink(this.store)) return;
      this.sync().catch((e: unknown) => {
        if (!(e instanceof ApiError)) logError('team sync failed', e);
      });
    };
    this.timer = setInterval(tick, ms);
    this.timer.unref();
    this.pinger = setInterval(() => void this.ping(), pingMs);
    this.pinger.unref();
    tick();
  }

  private pinging = false;
  private async ping(): Promise<void> {
    const link = teamLink(this.store);
    if (!link || this.pinging) return;
    this.pinging = true;
    try {
      await clientFor(link).health(PING_TIMEOUT_MS);
      this.online = true;
    } catch (e) {
      // Only "cannot reach it" is offline; a refusal (token revoked…) is the sync's to report.
      if (e instanceof TeamOffline) this.online = false;
    } finally {
      this.pinging = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.pinger) clearInterval(this.pinger);
    this.timer = null;
    this.pinger = null;
  }
}

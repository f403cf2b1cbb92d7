// The server's side of the log: a materialised workspace (a SQLite file of this process) kept
// at the log's head by applying every accepted command through the same dispatcher, and the
// push — each pushed command judged on the current state and appended, in one serializable
// PostgreSQL transaction; the SQLite writes commit only after PostgreSQL did, so a crash or a
// lost race leaves the workspace behind the log (caught up next time), never ahead of it.
import type pg from 'pg';
import { appliedSeq, inCommandBatch } from '../../store/team/applied-seq';
import { replayLogged, type OpenPlan } from '../replay';
import { commandKind, roleRefusal } from '../command-kinds';
import { memberActor, type CommandOutcome, type LoggedCommand, type SentCommand } from '../protocol';
import { appendCommand, commandsAfter, head, loggedCommand, type Member } from './pg-log';
import type { Role } from '../../../../shared/governance/roles';

const PAGE = 1000;
const RETRYABLE = new Set(['40001', '40P01', '23505']);
const MAX_ATTEMPTS = 50;

export const outcomeOf = (c: LoggedCommand): CommandOutcome => ({ id: c.id, seq: c.seq, status: c.status, code: c.code, reason: c.reason });

export class Ledger {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ws: OpenPlan,
    private readonly pool: pg.Pool,
  ) {}

  /** One push or catch-up at a time on this process's workspace. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  get seq(): number {
    return appliedSeq(this.ws.store);
  }

  catchUp(): Promise<number> {
    return this.serial(() => this.catchUpNow());
  }

  /** Runs `fn` alone on this process's workspace, caught up first; `catchUp` catches up again inside. */
  exclusive<T>(fn: (catchUp: () => Promise<number>) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      await this.catchUpNow();
      return fn(() => this.catchUpNow());
    });
  }

  private async catchUpNow(): Promise<number> {
    for (;;) {
      const page = await commandsAfter(this.pool, appliedSeq(this.ws.store), PAGE);
      if (page.length === 0) return appliedSeq(this.ws.store);
      await inCommandBatch(this.ws.store, async (applyOne) => {
        for (const c of page)
          await applyOne(
            c.seq,
            () => replayLogged(this.ws, c),
            (ok) => ok,
          );
      });
    }
  }

  push(member: Member, commands: SentCommand[]): Promise<CommandOutcome[]> {
    return this.serial(async () => {
      for (let attempt = 1; ; attempt++) {
        await this.catchUpNow();
        const client = await this.pool.connect();
        try {
          await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
          let seq = await head(client);
          if (seq !== appliedSeq(this.ws.store)) {
            // Another server process appended since the catch-up: catch up again.
            await client.query('ROLLBACK');
            continue;
          }
          return await inCommandBatch(
            this.ws.store,
            async (applyOne) => {
              const out: CommandOutcome[] = [];
              const seen = new Map<string, CommandOutcome>();
              for (const c of commands) {
                // A resent command is not applied again: its first outcome stands.
                const again = seen.get(c.id) ?? (await loggedCommand(client, c.id).then((p) => (p ? outcomeOf(p) : null)));
                if (again) {
                  out.push(again);
                  continue;
                }
                seq++;
                const logged = await applyOne(
                  seq,
                  () => this.judge(member, c, seq),
                  (l) => l.status === 'accepted',
                );
                await appendCommand(client, logged, member.id);
                seen.set(c.id, outcomeOf(logged));
                out.push(outcomeOf(logged));
              }
              return out;
            },
            async () => {
              await client.query('COMMIT');
            },
          );
        } catch (e) {
          await client.query('ROLLBACK').catch(() => undefined);
          const code = (e as { code?: string }).code;
          if (code && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) {
            await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
            continue;
          }
          throw e;
        } finally {
          client.release();
        }
      }
    });
  }

  /** Re-runs a pushed command on the current state: accepted, or rejected with the reason. */
  private async judge(member: Member, c: SentCommand, seq: number): Promise<LoggedCommand> {
    const actor = memberActor(member.id);
    const base = { seq, id: c.id, name: c.name, input: c.input, actor, at: c.at, base_seq: c.base_seq };
    const rejected = (code: string, reason: string): LoggedCommand => ({ ...base, status: 'rejected', code, reason });
    const kind = commandKind(c.name);
    if (kind === 'unknown') return rejected('UNKNOWN_API', `Unknown command “${c.name.slice(0, 100)}”. Nothing was changed`);
    if (kind !== 'team')
      return rejected('VALIDATION', `${c.name} is not a team command (only writes to the shared plan are sent). Nothing was changed`);
    const refusal = roleRefusal(c.name, member.role as Role, member.name);
    if (refusal) return rejected('FORBIDDEN', refusal.message);
    const r = await this.ws.dispatch(c.name, c.input, {
      scenario: null,
      actor,
      command: { id: c.id, actor, at: c.at, base_seq: c.base_seq },
    });
    if (r.ok) return { ...base, status: 'accepted', code: null, reason: null };
    return rejected(r.error.code, r.error.message);
  }
}

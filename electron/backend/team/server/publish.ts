// Publishing as a team: the server makes the team's next version on its own state (the log's
// head, which already holds the publishing workstation's pushed changes) and signs it with the
// team key. A PostgreSQL advisory lock makes the processes of one team publish one at a time;
// the version's primary key in PostgreSQL is the last word on its number. The server's SQLite
// copy keeps the row only if PostgreSQL took the version.
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { ApiError } from '../../../../shared/api/errors';
import type { Role } from '../../../../shared/governance/roles';
import { APP_VERSION } from '../../app-version';
import { publishPack } from '../../packs/publish';
import { latestVersion } from '../../store/pack-versions';
import { appliedSeq } from '../../store/team/applied-seq';
import { inLocalCommand } from '../../store/team/local-command';
import { roleRefusal } from '../command-kinds';
import type { OpenPlan } from '../replay';
import { recordTeamVersion, teamVersionOf } from '../version-files';
import type { Ledger } from './ledger';
import type { Member } from './pg-log';
import { appendVersion, versionsAfter } from './pg-versions';
import { openTeamKey } from './team-key';

const PUBLISH_LOCK = 0x504c5750; // 'PLWP'

export interface PublishBody {
  from: string;
  to: string;
  override_reason?: string | undefined;
}

export class TeamPublisher {
  constructor(
    private readonly ws: OpenPlan,
    private readonly pool: pg.Pool,
    private readonly ledger: Ledger,
    private readonly packDir: string,
    private readonly passphrase: string | undefined,
  ) {}

  publish(member: Member, body: PublishBody): Promise<{ version: number; seq: number; key_created: boolean }> {
    const refusal = roleRefusal('packs/publish', member.role as Role, member.name);
    if (refusal) return Promise.reject(new ApiError('FORBIDDEN', refusal.message.replace('Nothing was changed', 'Nothing was published')));
    return this.ledger.exclusive(async (catchUp) => {
      const client = await this.pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [PUBLISH_LOCK]);
        try {
          // Under the lock: the log and the versions other server processes made meanwhile.
          await catchUp();
          await this.recordVersionsFrom(client);
          return await this.publishNow(client, member, body);
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [PUBLISH_LOCK]).catch(() => undefined);
        }
      } finally {
        client.release();
      }
    });
  }

  private async recordVersionsFrom(client: pg.ClientBase): Promise<void> {
    const store = this.ws.store;
    for (;;) {
      const missing = await versionsAfter(client, latestVersion(store)?.version ?? 0, 20);
      if (missing.length === 0) return;
      for (const v of missing) recordTeamVersion(store, v, path.join(this.packDir, v.folder));
    }
  }

  private async publishNow(client: pg.ClientBase, member: Member, body: PublishBody) {
    const store = this.ws.store;
    const key = await openTeamKey(client, this.passphrase, store.now());
    const seq = appliedSeq(store);
    let made: string | null = null;
    try {
      // One SQLite transaction around the publish and PostgreSQL's insert: the row stays only if PostgreSQL took it.
      return await inLocalCommand(
        store,
        async () => {
          const r = publishPack(store, {
            from: body.from,
            to: body.to,
            scenario: null,
            outDir: this.packDir,
            zip: false,
            overrideReason: body.override_reason,
            access: {},
            home: this.packDir,
            appVersion: APP_VERSION,
            who: member.name,
            signWith: key,
          });
          made = r.path;
          await appendVersion(client, teamVersionOf(store, r.version, seq), member.id);
          return { version: r.version, seq, key_created: key.created };
        },
        () => true,
      );
    } catch (e) {
      if (made) fs.rmSync(made, { recursive: true, force: true });
      throw e;
    }
  }
}

import { isoDateSchema } from '../../../shared/domain/schemas';
import { APP_VERSION } from '../../backend/app-version';
import { currentUser } from '../../backend/identity';
import { publishPack, type PublishResult } from '../../backend/packs/publish';
import { planwrightHome } from '../../backend/paths';
import { ApiError } from '../../../shared/api/errors';
import { assertPublishable } from '../../backend/packs/scenario-overlap';
import { CliError } from '../cli-error';
import { parseFlags, required } from '../args';
import { openForCli } from '../open-workspace';
import { withKeyAccess } from './packs-common';
import { asAuthorized } from '../authorize';

export const PUBLISH_HELP =
  'publish --db F [--scenario S] --from YYYY-MM-DD --to YYYY-MM-DD --out DIR [--zip] [--override-reason TEXT]   freeze the range as a signed plan pack version (PLANWRIGHT_PASSPHRASE or a prompt unlocks the key)';

export async function publishCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(
    argv,
    {
      db: { type: 'string' },
      scenario: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      zip: { type: 'boolean' },
      'override-reason': { type: 'string' },
    },
    'publish',
  );
  const db = required(values.db, 'db', 'publish');
  const from = required(values.from, 'from', 'publish');
  const to = required(values.to, 'to', 'publish');
  const outDir = required(values.out, 'out', 'publish');
  for (const [flag, d] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isoDateSchema.safeParse(d).success) throw new CliError(`publish: --${flag} must be a real date YYYY-MM-DD (got "${d}")`);
  }
  const reason = typeof values['override-reason'] === 'string' ? values['override-reason'] : undefined;
  const home = planwrightHome();
  const ws = await openForCli(db, { mustExist: true });
  try {
    try {
      assertPublishable(ws.store, ws.scenarios, {
        from,
        to,
        scenario: typeof values.scenario === 'string' ? values.scenario : null,
        overrideReason: reason,
      });
    } catch (e) {
      if (e instanceof ApiError) throw new CliError(`publish: ${e.message}`);
      throw e;
    }
    const r = await withKeyAccess('publish', home, (access) =>
      asAuthorized(ws, 'packs/publish', 'publish', () =>
        publishPack(ws.store, {
          from,
          to,
          scenario: typeof values.scenario === 'string' ? values.scenario : null,
          outDir,
          zip: values.zip === true,
          overrideReason: reason,
          access,
          home,
          appVersion: APP_VERSION,
          who: currentUser(ws.store),
        }),
      ),
    );
    report(r, reason, db, out);
  } finally {
    ws.close();
  }
}

function report(r: PublishResult, reason: string | undefined, db: string, out: (s: string) => void): void {
  const c = r.changes;
  out(
    `Published plan version ${r.version} (pack ${r.pack_id}): ${r.jobs} visits for ${r.operatives} operatives, ${r.files} files + manifest and signature`,
  );
  out(`  folder   ${r.path}`);
  if (r.zip_path) out(`  zip      ${r.zip_path}`);
  out(`  manifest sha256 ${r.manifest_sha256}`);
  out(r.prev_sha256 ? `  chained to version ${r.version - 1} (manifest sha256 ${r.prev_sha256})` : '  first version: no previous manifest');
  out(`  changes  ${c.added} added, ${c.removed} removed, ${c.moved} moved, ${c.retimed} re-timed, ${c.unchanged} unchanged`);
  if (r.overrides > 0) out(`  ${r.overrides} blocking check${r.overrides === 1 ? '' : 's'} overridden, reason recorded: ${reason}`);
  out(
    `  signed with key ${r.key_id}${r.key_created ? ` (new key: give operations its public key, npm run planwright -- key export --db ${db} --out planwright.pub)` : ''}`,
  );
}

// `publish`: freeze a range of the live plan as a signed plan pack version, through `packs/publish`.
import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import { planwrightHome } from '../../backend/paths';
import { WORKSPACE_FLAGS, callContract, checkInput, flag, parseCommand, requiredFlag, withWorkspace } from '../front-door';
import { withPassphrase } from './packs-common';

export const PUBLISH_HELP =
  'publish --db F [--scenario S] --from YYYY-MM-DD --to YYYY-MM-DD --out DIR [--zip] [--override-reason TEXT]   freeze the range as a signed plan pack version (PLANWRIGHT_PASSPHRASE or a prompt unlocks the key)';

// Only the live plan is published: --scenario names the scenario the planner meant, and is refused.
const FLAGS = {
  db: WORKSPACE_FLAGS.db,
  scenario: flag.text('scenario'),
  from: flag.text('from'),
  to: flag.text('to'),
  out: flag.text('out_dir'),
  zip: flag.bool('zip'),
  'override-reason': flag.text('override_reason'),
};

export async function publishCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, input } = parseCommand(argv, FLAGS, 'publish');
  const request = input as ApiInput<'packs/publish'>;
  const opts = { flags: FLAGS, values };
  const db = requiredFlag(values, 'db', 'publish');
  requiredFlag(values, 'out', 'publish');
  checkInput('publish', 'packs/publish', request, opts);
  const r = await withWorkspace(values, 'publish', (ws) =>
    withPassphrase('publish', planwrightHome(), (passphrase) =>
      callContract(ws, 'publish', 'packs/publish', passphrase === undefined ? request : { ...request, passphrase }, opts),
    ),
  );
  report(r, request.override_reason, db, out);
}

function report(r: ApiOutput<'packs/publish'>, reason: string | undefined, db: string, out: (s: string) => void): void {
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

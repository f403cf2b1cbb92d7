import { createSigningKey, publicKeyText, readSigningKey } from '../../backend/packs/signing-key';
import { protectorForNew } from '../../backend/packs/key-access';
import { latestVersion } from '../../backend/packs/versions';
import { planwrightHome } from '../../backend/paths';
import { CliError } from '../cli-error';
import { parseFlags, required } from '../args';
import { openForCli } from '../open-workspace';
import { outputTarget } from '../output-file';
import { withKeyAccess } from './packs-common';

export const KEY_HELP =
  "key export --db F --out FILE.pub   write the signing key's public half in minisign format (creates the key if there is none)";

export async function keyCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const [action, ...rest] = argv;
  if (action !== 'export') throw new CliError(`key: unknown action "${action ?? ''}" (expected: key export --db F --out FILE.pub)`);
  const { values } = parseFlags(rest, { db: { type: 'string' }, out: { type: 'string' } }, 'key export');
  const db = required(values.db, 'db', 'key export');
  const target = required(values.out, 'out', 'key export');
  const home = planwrightHome();
  const output = outputTarget(target, 'key export');
  const ws = await openForCli(db, { mustExist: true, intent: 'read' });
  try {
    let info = readSigningKey(home);
    if (!info) {
      info = (await withKeyAccess('key export', home, (access) => createSigningKey(home, protectorForNew(access), ws.store.now()))).info;
      out(`Created signing key ${info.keyIdText} in ${info.file}`);
    }
    output.write(publicKeyText(info));
    if (!output.stdout) out(`Wrote public key ${info.keyIdText} to ${output.file}`);
    const last = latestVersion(ws.store);
    if (last && last.key_id !== info.keyIdText)
      out(`Note: version ${last.version} of this workspace was signed with key ${last.key_id}, not this key`);
  } finally {
    ws.close();
  }
}

// `key export`: the signing key's public half in minisign format. The key is this workstation's
// (PLANWRIGHT_HOME), not the workspace's: creating it when there is none is a local key
// operation; what the workspace knows (its published versions' key) comes through `packs/list`.
import { ApiError } from '../../../shared/api/errors';
import { protectorForNew, keyAccess } from '../../backend/packs/key-access';
import { createSigningKey, publicKeyText, readSigningKey } from '../../backend/packs/signing-key';
import { planwrightHome } from '../../backend/paths';
import { CliError } from '../cli-error';
import { WORKSPACE_FLAGS, callContract, flag, parseCommand, requiredFlag, withWorkspace } from '../front-door';
import { outputTarget } from '../output-file';
import { withPassphrase } from './packs-common';

export const KEY_HELP =
  "key export --db F --out FILE.pub   write the signing key's public half in minisign format (creates the key if there is none)";

const FLAGS = { db: WORKSPACE_FLAGS.db, out: flag.text() };

export async function keyCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const [action, ...rest] = argv;
  if (action !== 'export') throw new CliError(`key: unknown action "${action ?? ''}" (expected: key export --db F --out FILE.pub)`);
  const { values } = parseCommand(rest, FLAGS, 'key export');
  requiredFlag(values, 'db', 'key export');
  const target = requiredFlag(values, 'out', 'key export');
  const home = planwrightHome();
  const output = outputTarget(target, 'key export');
  await withWorkspace(
    values,
    'key export',
    async (ws) => {
      let info = readSigningKey(home);
      if (!info) {
        info = await withPassphrase('key export', home, async (passphrase) => {
          try {
            return createSigningKey(home, protectorForNew(keyAccess(passphrase, undefined)), ws.store.now()).info;
          } catch (e) {
            if (e instanceof ApiError)
              throw new CliError(`key export: ${e.message}`, 2, { code: e.code, message: e.message, details: e.details });
            throw e;
          }
        });
        out(`Created signing key ${info.keyIdText} in ${info.file}`);
      }
      output.write(publicKeyText(info));
      if (!output.stdout) out(`Wrote public key ${info.keyIdText} to ${output.file}`);
      const [last] = await callContract(ws, 'key export', 'packs/list', {}, { flags: FLAGS, values });
      if (last && last.key_id !== info.keyIdText)
        out(`Note: version ${last.version} of this workspace was signed with key ${last.key_id}, not this key`);
    },
    { intent: 'read' },
  );
}

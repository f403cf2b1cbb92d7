// `verify PACK --pubkey F`: checks a pack folder or zip against a public key file. Not a workspace
// call (it needs no workspace: operations run it on the pack alone), so it uses the service directly.
import { verifyPackAt } from '../../backend/packs/verify-pack';
import { CliError } from '../cli-error';
import { parseFlags, required } from '../args';

export const VERIFY_HELP =
  "verify PACK --pubkey FILE.pub   check a plan pack (folder or .zip): signature, every file's hash, nothing missing or extra";

export async function verifyCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, positionals } = parseFlags(argv, { pubkey: { type: 'string' } }, 'verify');
  const pubkey = required(values.pubkey, 'pubkey', 'verify');
  if (positionals.length !== 1) throw new CliError('verify: give exactly one pack (a folder or a .zip)');
  const r = verifyPackAt(positionals[0]!, { file: pubkey });
  if (!r.ok) throw new CliError(r.message);
  const m = r.manifest;
  out(
    `OK: plan pack ${m.pack_id} version ${m.version} (${m.range.from} to ${m.range.to}), ${m.files.length} files verified, signed by key ${r.keyId}`,
  );
  out(`  manifest sha256 ${r.manifestSha256}${m.prev_manifest_sha256 ? `, previous ${m.prev_manifest_sha256}` : ', first version'}`);
}

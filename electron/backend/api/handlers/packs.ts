// Plan packs: check a range, publish a signed version, list versions and their changes, show
// the signing key, verify a pack given back, and open a version's folder. Packs are always
// made from the live plan (ctx.base); a scenario must be promoted first (see scenario-overlap).
import path from 'node:path';
import { ApiError } from '../../../../shared/api/errors';
import { diffVersions } from '../../../../shared/pack';
import { currentUser } from '../../identity';
import { checkRange } from '../../packs/check';
import { keyAccess } from '../../packs/key-access';
import { signingKeyView } from '../../packs/key-info';
import { openFolder } from '../../packs/open-folder';
import { publishPack } from '../../packs/publish';
import { assertPublishable } from '../../packs/scenario-overlap';
import { publicKeyText, readSigningKey } from '../../packs/signing-key';
import { verifyPackAt } from '../../packs/verify-pack';
import { frozenEntries, getVersion, listVersions } from '../../store/pack-versions';
import { planwrightHome } from '../../paths';
import type { HandlerGroup } from '../types';

type PacksApi =
  'packs/check' | 'packs/publish' | 'packs/list' | 'packs/get-changes' | 'packs/get-key' | 'packs/verify' | 'packs/open-folder';

export const packsHandlers: HandlerGroup<PacksApi> = {
  'packs/check': (input, ctx) => checkRange(ctx.base, { ...input, scenario: input.scenario ?? ctx.scenario }),
  'packs/publish': (input, ctx) => {
    assertPublishable(ctx.base, ctx.scenarios, {
      from: input.from,
      to: input.to,
      scenario: input.scenario ?? ctx.scenario,
      overrideReason: input.override_reason,
    });
    const home = planwrightHome();
    return publishPack(ctx.base, {
      from: input.from,
      to: input.to,
      scenario: input.scenario ?? ctx.scenario,
      outDir: input.out_dir ?? path.join(home, 'packs'),
      zip: input.zip ?? false,
      overrideReason: input.override_reason,
      access: keyAccess(input.passphrase, ctx.secretProtector),
      home,
      appVersion: ctx.appVersion,
      who: currentUser(ctx.base),
    });
  },
  'packs/list': (_i, ctx) => listVersions(ctx.base),
  'packs/get-changes': ({ version }, ctx) => {
    const v = getVersion(ctx.base, version);
    if (!v) throw new ApiError('NOT_FOUND', `No published version ${version}`);
    const prev = version > 1 ? getVersion(ctx.base, version - 1) : undefined;
    return diffVersions(
      prev
        ? {
            ref: { version: prev.version, manifest_sha256: prev.manifest_sha256, from: prev.from_date, to: prev.to_date },
            entries: frozenEntries(ctx.base, prev.version),
          }
        : null,
      frozenEntries(ctx.base, version),
      { from: v.from_date, to: v.to_date },
    );
  },
  'packs/get-key': (_i, ctx) => signingKeyView(planwrightHome(), keyAccess(undefined, ctx.secretProtector)),
  'packs/verify': ({ path: packPath, pubkey_path }) => verify(packPath, pubkey_path),
  'packs/open-folder': ({ version }, ctx) => {
    const v = getVersion(ctx.base, version);
    if (!v) throw new ApiError('NOT_FOUND', `No published version ${version}`);
    return { path: v.out_path, opened: openFolder(v.out_path) };
  },
};

/** With no key file given, checks against this workstation's own public key. */
function verify(packPath: string, pubkeyPath: string | undefined) {
  let key;
  if (pubkeyPath) key = { file: pubkeyPath };
  else {
    const info = readSigningKey(planwrightHome());
    if (!info) throw new ApiError('NOT_FOUND', 'This workstation has no signing key yet: give the public key file to verify against');
    key = { text: publicKeyText(info), name: `this workstation's key ${info.keyIdText}` };
  }
  const r = verifyPackAt(packPath, key);
  if (!r.ok) return { ok: false, message: r.message, file: r.file, pack_id: null, version: null, key_id: null, manifest_sha256: null };
  const m = r.manifest;
  return {
    ok: true,
    message: `Verified: plan pack ${m.pack_id} version ${m.version} (${m.range.from} to ${m.range.to}), ${m.files.length} files, signed by key ${r.keyId}`,
    file: null,
    pack_id: m.pack_id,
    version: m.version,
    key_id: r.keyId,
    manifest_sha256: r.manifestSha256,
  };
}

// The plan-pack requests the API and the CLI make, over the services beside this file: publish
// the live plan (refusing scenarios and overlapping open scenarios first), a version's changes
// against the one before, opening a version's folder, and verifying a pack handed back.
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { diffVersions, type ChangeSet } from '../../../shared/pack';
import { currentUser } from '../identity';
import { planwrightHome } from '../paths';
import type { ScenarioManager } from '../scenarios/manager';
import { frozenEntries, getVersion, type VersionRow } from '../store/pack-versions';
import type { Store } from '../store/store';
import { keyAccess } from './key-access';
import { openFolder } from './open-folder';
import { publishPack, type PublishResult } from './publish';
import { assertPublishable } from './scenario-overlap';
import type { SecretProtector } from './secret-protector';
import { publicKeyText, readSigningKey } from './signing-key';
import { verifyPackAt } from './verify-pack';

export interface PublishRequest {
  from: string;
  to: string;
  scenario?: string | null | undefined;
  /** Default PLANWRIGHT_HOME/packs. */
  out_dir?: string | undefined;
  zip?: boolean | undefined;
  override_reason?: string | undefined;
  passphrase?: string | undefined;
}

/** Publishes the live plan (`base`); a scenario must be promoted first. */
export function publishRequest(
  base: Store,
  scenarios: ScenarioManager,
  r: PublishRequest,
  env: { appVersion: string; secretProtector?: SecretProtector | undefined },
): PublishResult {
  assertPublishable(base, scenarios, { from: r.from, to: r.to, scenario: r.scenario, overrideReason: r.override_reason });
  const home = planwrightHome();
  return publishPack(base, {
    from: r.from,
    to: r.to,
    scenario: r.scenario ?? null,
    outDir: r.out_dir ?? path.join(home, 'packs'),
    zip: r.zip ?? false,
    overrideReason: r.override_reason,
    access: keyAccess(r.passphrase, env.secretProtector),
    home,
    appVersion: env.appVersion,
    who: currentUser(base),
  });
}

function versionOf(store: Store, version: number): VersionRow {
  const v = getVersion(store, version);
  if (!v) throw new ApiError('NOT_FOUND', `No published version ${version}`);
  return v;
}

/** What changed in `version` against the version before it (or everything, for version 1). */
export function versionChanges(store: Store, version: number): ChangeSet {
  const v = versionOf(store, version);
  const prev = version > 1 ? getVersion(store, version - 1) : undefined;
  return diffVersions(
    prev
      ? {
          ref: { version: prev.version, manifest_sha256: prev.manifest_sha256, from: prev.from_date, to: prev.to_date },
          entries: frozenEntries(store, prev.version),
        }
      : null,
    frozenEntries(store, version),
    { from: v.from_date, to: v.to_date },
  );
}

export function openVersionFolder(store: Store, version: number): { path: string; opened: boolean } {
  const v = versionOf(store, version);
  return { path: v.out_path, opened: openFolder(v.out_path) };
}

/** With no key file given, checks against the team's key (joined to a team) or this workstation's own. */
export function verifyRequest(packPath: string, pubkeyPath: string | undefined, teamKey: string | null = null) {
  let key;
  if (pubkeyPath) key = { file: pubkeyPath };
  else if (teamKey) key = { text: teamKey, name: "the team's signing key" };
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

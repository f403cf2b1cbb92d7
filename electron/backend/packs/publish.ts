// Publish: check the range, freeze it as version N (immutable rows), and write the signed pack.
// Order matters for "a failed publish leaves nothing behind": everything that can refuse
// (range, checks, key) runs before anything is written; files go to a temp folder; the rows
// and the renames commit together.
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { commandDerivedUuid } from '../store/command';
import {
  blockingChecks,
  buildManifest,
  diffVersions,
  packFiles,
  prePublishChecks,
  signManifest,
  type ChangeSet,
  type MinisignSecretKey,
  type PackIdentity,
  type PublishCheck,
  type PublishOverride,
} from '../../../shared/pack';
import { packChangePolicy } from '../../../shared/governance/change-policy';
import { changePolicy } from '../store/governance/change-rows';
import { decisionRights } from '../store/governance/people-rows';
import { decisionRightsText } from '../../../shared/governance/raci';
import { unpublishedChanges } from '../governance/unpublished';
import { indexOf } from '../planning/world';
import type { Store } from '../store/store';
import { protectorFor, protectorForNew, type KeyAccess } from './key-access';
import { placementOverrides, planContent } from './plan-content';
import { entriesToPublish, type PublishRange } from './range';
import { sha256Hex } from './sha256';
import { SecretUnlockError } from './secret-protector';
import { createSigningKey, readSigningKey, unlockSigningKey } from './signing-key';
import { commitVersion, frozenEntries, latestVersion } from '../store/pack-versions';
import { packPaths, writePackAtomically } from './write-pack';

export interface PublishOptions extends PublishRange {
  outDir: string;
  zip: boolean;
  overrideReason?: string | undefined;
  access: KeyAccess;
  /** PLANWRIGHT_HOME: where the signing key lives. */
  home: string;
  appVersion: string;
  who: string;
  /** A key held elsewhere (the team server's team key) instead of this machine's own. */
  signWith?: { key: MinisignSecretKey; keyIdText: string; created: boolean } | undefined;
  /** Test seam: runs inside the commit, after the rows are written and before the renames. */
  beforeRename?: () => void;
}

export interface PublishResult {
  version: number;
  pack_id: string;
  path: string;
  zip_path: string | null;
  manifest_sha256: string;
  prev_sha256: string | null;
  key_id: string;
  key_created: boolean;
  files: number;
  jobs: number;
  operatives: number;
  changes: ChangeSet['summary'];
  overrides: number;
}

const MAX_LISTED = 5;

export function publishPack(store: Store, o: PublishOptions): PublishResult {
  const entries = entriesToPublish(store, o);
  const index = indexOf(store);
  const placement = placementOverrides(store, entries);
  const blocking = blockingChecks(prePublishChecks(index, entries, placement));
  const reason = o.overrideReason?.trim();
  if (blocking.length > 0 && !reason) throw blocked(blocking);
  if (reason !== undefined && reason.length > 0 && reason.length < 3)
    throw new ApiError('VALIDATION', 'Give an override reason of at least 3 characters');

  const now = store.now();
  const { key, keyIdText, created } = signingKey(o, now);
  const prev = latestVersion(store);
  const id: PackIdentity = {
    pack_id: prev?.pack_id ?? commandDerivedUuid('pack_id'),
    version: (prev?.version ?? 0) + 1,
    from: o.from,
    to: o.to,
    scenario: o.scenario ?? null,
    created_at: now,
    created_by: o.who,
    app_version: o.appVersion,
    key_id: keyIdText,
    prev_version: prev?.version ?? null,
    prev_manifest_sha256: prev?.manifest_sha256 ?? null,
  };
  const publishOverrides: PublishOverride[] = blocking.map((c) => ({
    check_id: c.id,
    kind: c.kind,
    ref: c.ref,
    operative_id: c.operative_id,
    date: c.date,
    rule_id: c.rule_id,
    message: c.message,
    reason: reason!,
    who: o.who,
    at: now,
  }));
  const { content, frozen } = planContent(store, index, entries, id, { placement, publish: publishOverrides });
  // Edits made to the previous version since it was published, each within or outside policy (issue 15).
  const listed = prev ? unpublishedChanges(store).changes : [];
  const diffed = diffVersions(
    prev
      ? {
          ref: { version: prev.version, manifest_sha256: prev.manifest_sha256, from: prev.from_date, to: prev.to_date },
          entries: frozenEntries(store, prev.version),
        }
      : null,
    frozen,
    { from: o.from, to: o.to },
  );
  const changes: ChangeSet = prev ? { ...diffed, changes: listed } : diffed;
  const raci = decisionRightsText(decisionRights(store));

  const files = new Map<string, Uint8Array>();
  for (const f of packFiles(content, changes, packChangePolicy(changePolicy(store)), id, raci))
    files.set(f.path, new Uint8Array(Buffer.from(f.text, 'utf8')));
  const manifest = buildManifest(
    id,
    [...files].map(([path, bytes]) => ({ path, bytes: bytes.length, sha256: sha256Hex(bytes) })),
  );
  const signed = signManifest(manifest, key);
  const manifestSha = sha256Hex(signed.bytes);
  const planJson = files.get('plan.json')!;
  const fileCount = files.size;
  files.set('manifest.json', signed.bytes);
  files.set('manifest.json.minisig', new Uint8Array(Buffer.from(signed.signature, 'utf8')));

  const target = {
    outDir: path.resolve(o.outDir),
    name: `planwright-v${String(id.version).padStart(3, '0')}-${o.from}_${o.to}`,
    zip: o.zip,
  };
  const paths = packPaths(target);
  const written = writePackAtomically(target, files, (rename) => {
    commitVersion(
      store,
      {
        version: id.version,
        pack_id: id.pack_id,
        from_date: o.from,
        to_date: o.to,
        scenario: id.scenario,
        created_at: now,
        created_by: o.who,
        app_version: o.appVersion,
        key_id: keyIdText,
        manifest_sha256: manifestSha,
        prev_sha256: id.prev_manifest_sha256,
        manifest: Buffer.from(signed.bytes).toString('utf8'),
        signature: signed.signature,
        plan: Buffer.from(planJson).toString('utf8'),
        changes: JSON.stringify(changes.summary),
        overrides: JSON.stringify(publishOverrides),
        job_count: frozen.length,
        operative_count: content.operatives.length,
        file_count: fileCount,
        out_path: paths.dir,
        zip_path: paths.zip,
      },
      frozen,
      () => {
        o.beforeRename?.();
        rename();
      },
    );
  });

  return {
    version: id.version,
    pack_id: id.pack_id,
    path: written.dir,
    zip_path: written.zip,
    manifest_sha256: manifestSha,
    prev_sha256: id.prev_manifest_sha256,
    key_id: keyIdText,
    key_created: created,
    files: fileCount,
    jobs: frozen.length,
    operatives: content.operatives.length,
    changes: changes.summary,
    overrides: publishOverrides.length,
  };
}

function signingKey(o: PublishOptions, now: string) {
  if (o.signWith) return o.signWith;
  try {
    const info = readSigningKey(o.home);
    if (info) return { key: unlockSigningKey(info, protectorFor(info.protection, o.access)), keyIdText: info.keyIdText, created: false };
    const made = createSigningKey(o.home, protectorForNew(o.access), now);
    return { key: made.key, keyIdText: made.info.keyIdText, created: true };
  } catch (e) {
    if (e instanceof SecretUnlockError)
      throw new ApiError('VALIDATION', `Cannot sign: ${e.message}. Nothing was published`, { need: 'passphrase' });
    throw e;
  }
}

function blocked(checks: PublishCheck[]): ApiError {
  const shown = checks.slice(0, MAX_LISTED).map((c) => `${c.ref} (${c.operative_id}, ${c.date}): ${c.message}`);
  const more = checks.length > MAX_LISTED ? `; and ${checks.length - MAX_LISTED} more` : '';
  return new ApiError(
    'RULE_VIOLATION',
    `${checks.length} check${checks.length === 1 ? '' : 's'} block publishing: ${shown.join('; ')}${more}. Give an override reason to publish anyway (it is recorded in the pack)`,
    { checks },
  );
}

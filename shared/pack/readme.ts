// README.txt: for the operations team, in plain words, with the exact commands to check the
// pack offline — with Planwright, or with stock minisign, jq and sha256sum.
import type { ChangeSet } from './diff';
import type { PackIdentity } from './plan-model';

export function readmeText(
  id: PackIdentity,
  counts: { jobs: number; operatives: number },
  changes: ChangeSet,
  raci: string[] = [],
): string {
  const s = changes.summary;
  const prev =
    id.prev_version === null
      ? 'none (this is the first version)'
      : `version ${id.prev_version}, manifest SHA-256 ${id.prev_manifest_sha256}`;
  const changed =
    changes.against === null
      ? 'First version: every visit is new.'
      : `Against version ${changes.against.version}: ${s.added} added, ${s.removed} removed, ${s.moved} moved, ${s.retimed} re-timed, ${s.unchanged} unchanged.`;
  const listed = changes.changes ?? [];
  const within = listed.filter((c) => c.within_policy).length;
  const edits =
    listed.length === 0
      ? ''
      : `\nEdits          ${listed.length} change${listed.length === 1 ? '' : 's'} since version ${changes.against?.version ?? '?'}: ${within} within policy, ${listed.length - within} outside (listed in changes.json)`;
  const rights = raci.length
    ? `\nDECISION RIGHTS (R responsible, A accountable, C consulted, I informed)\n${raci.map((l) => `  ${l}`).join('\n')}\n`
    : '';
  return `PLANWRIGHT PLAN PACK
====================

Plan version   ${id.version}
Pack id        ${id.pack_id}
Dates          ${id.from} to ${id.to} (UK local time)
Published      ${id.created_at} by ${id.created_by} (Planwright ${id.app_version})
Signing key    minisign key id ${id.key_id} (Ed25519)
Previous       ${prev}
Contents       ${counts.jobs} visits for ${counts.operatives} operatives
Changes        ${changed}${edits}

WHAT IS HERE
  manifest.json          every other file with its size and SHA-256, and the previous
                         version's manifest SHA-256 (versions form a hash chain)
  manifest.json.minisig  minisign signature of manifest.json
  plan.json              the diary, jobs, operatives, rules in force and overrides with reasons
  changes.json           what changed against the previous version
  change-policy.json     what you may change freely, what needs planner sign-off, notice needed
  runsheets/<operative-id>.csv   run sheet per operative (spreadsheet)
  runsheets/<operative-id>.ics   calendar per operative (one event per visit)
  runsheets/<operative-id>.html  printable day sheets per operative
  README.txt             this file

CHECK IT BEFORE YOU USE IT (works offline)
  Get the planner's public key file (planwright.pub, key id ${id.key_id}) through a channel
  you trust, not from this folder. Then, inside this folder:

  With Planwright:
    planwright verify . --pubkey planwright.pub

  With stock tools (Debian/Ubuntu: apt-get install minisign jq):
    minisign -Vm manifest.json -p planwright.pub
    jq -r '.files[] | "\\(.sha256)  \\(.path)"' manifest.json | sha256sum --check --strict
    diff <(jq -r '.files[].path, "manifest.json", "manifest.json.minisig"' manifest.json | sort) \\
         <(find . -type f | sed 's|^\\./||' | sort)

  minisign must print "Signature and comment signature verified" and the trusted comment
  "planwright-pack pack:${id.pack_id} version:${id.version} ...". sha256sum must say OK
  for every file, and diff must print nothing (no file missing, none added).
  If any check fails, do not use this pack: ask the planner for a fresh copy.

CHANGES ON THE DAY
  Follow change-policy.json. Log every deviation with its reason: deviations are learning,
  not blame.
${rights}`;
}

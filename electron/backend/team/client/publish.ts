// `packs/publish` on a workstation joined to a team: the same checks of this workstation's own
// scenarios as a local publish, then the team server makes and signs the version; the answer
// has the shape of a local publish, read from the version as it landed here.
import { ApiError } from '../../../../shared/api/errors';
import type { PublishResult } from '../../packs/publish';
import type { PublishRequest } from '../../packs/requests';
import { assertPublishable } from '../../packs/scenario-overlap';
import type { ScenarioManager } from '../../scenarios/manager';
import { getVersion } from '../../store/pack-versions';
import type { Store } from '../../store/store';
import type { TeamSession } from './session';

export async function publishWithTeam(
  team: TeamSession,
  base: Store,
  scenarios: ScenarioManager,
  r: PublishRequest,
): Promise<PublishResult> {
  assertPublishable(base, scenarios, { from: r.from, to: r.to, scenario: r.scenario, overrideReason: r.override_reason });
  const made = await team.publish({ from: r.from, to: r.to, override_reason: r.override_reason, out_dir: r.out_dir, zip: r.zip });
  const v = getVersion(base, made.version);
  if (!v) throw new ApiError('INTERNAL', `Version ${made.version} was published by the team server but has not arrived here`);
  const summary = JSON.parse(v.changes) as PublishResult['changes'];
  return {
    version: v.version,
    pack_id: v.pack_id,
    path: v.out_path,
    zip_path: v.zip_path,
    manifest_sha256: v.manifest_sha256,
    prev_sha256: v.prev_sha256,
    key_id: v.key_id,
    key_created: made.key_created,
    files: v.file_count,
    jobs: v.job_count,
    operatives: v.operative_count,
    changes: summary,
    overrides: (JSON.parse(v.overrides) as unknown[]).length,
  };
}

// Packs are always made from the live plan (ctx.base); a scenario must be promoted first.
import { checkRange } from '../../packs/check';
import { keyAccess } from '../../packs/key-access';
import { signingKeyView } from '../../packs/key-info';
import { openVersionFolder, publishRequest, verifyRequest, versionChanges } from '../../packs/requests';
import { planwrightHome } from '../../paths';
import { listVersions } from '../../store/pack-versions';
import { publishWithTeam } from '../../team/client/publish';
import type { AreaHandlers } from '../types';

export const packsHandlers: AreaHandlers<'packs'> = {
  'packs/check': (input, ctx) => checkRange(ctx.base, { ...input, scenario: input.scenario ?? ctx.scenario }),
  // Joined to a team (issue 17), the team server makes and signs the version.
  'packs/publish': (input, ctx) =>
    ctx.team?.joined
      ? publishWithTeam(ctx.team, ctx.base, ctx.scenarios, { ...input, scenario: input.scenario ?? ctx.scenario })
      : publishRequest(ctx.base, ctx.scenarios, { ...input, scenario: input.scenario ?? ctx.scenario }, ctx),
  'packs/list': (_i, ctx) => listVersions(ctx.base),
  'packs/get-changes': ({ version }, ctx) => versionChanges(ctx.base, version),
  'packs/get-key': (_i, ctx) => signingKeyView(planwrightHome(), keyAccess(undefined, ctx.secretProtector)),
  'packs/verify': ({ path, pubkey_path }, ctx) => verifyRequest(path, pubkey_path, ctx.team?.status().public_key ?? null),
  'packs/open-folder': ({ version }, ctx) => openVersionFolder(ctx.base, version),
};

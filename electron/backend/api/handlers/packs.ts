// Packs are always made from the live plan (ctx.base); a scenario must be promoted first.
import { checkRange } from '../../packs/check';
import { keyAccess } from '../../packs/key-access';
import { signingKeyView } from '../../packs/key-info';
import { openVersionFolder, publishRequest, verifyRequest, versionChanges } from '../../packs/requests';
import { planwrightHome } from '../../paths';
import { listVersions } from '../../store/pack-versions';
import type { AreaHandlers } from '../types';

export const packsHandlers: AreaHandlers<'packs'> = {
  'packs/check': (input, ctx) => checkRange(ctx.base, { ...input, scenario: input.scenario ?? ctx.scenario }),
  'packs/publish': (input, ctx) => publishRequest(ctx.base, ctx.scenarios, { ...input, scenario: input.scenario ?? ctx.scenario }, ctx),
  'packs/list': (_i, ctx) => listVersions(ctx.base),
  'packs/get-changes': ({ version }, ctx) => versionChanges(ctx.base, version),
  'packs/get-key': (_i, ctx) => signingKeyView(planwrightHome(), keyAccess(undefined, ctx.secretProtector)),
  'packs/verify': ({ path, pubkey_path }) => verifyRequest(path, pubkey_path),
  'packs/open-folder': ({ version }, ctx) => openVersionFolder(ctx.base, version),
};

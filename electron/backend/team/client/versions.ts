// A workstation takes the team's published versions from its server: each one's row and its
// pack, byte for byte as the server signed it, into the packs folder — so every workstation
// lists the same history and holds the same packs.
import path from 'node:path';
import { planwrightHome } from '../../paths';
import { latestVersion } from '../../store/pack-versions';
import { saveTeamPublicKey } from '../../store/team/link-rows';
import type { Store } from '../../store/store';
import { storeTeamVersion } from '../version-files';
import type { ServerClient } from './server-client';

export const defaultPacksDir = (): string => path.join(planwrightHome(), 'packs');

/** Fetches every version this workstation lacks; `zipVersion` is also written as a zip. Returns how many. */
export async function pullVersions(store: Store, client: ServerClient, outDir = defaultPacksDir(), zipVersion = 0): Promise<number> {
  let got = 0;
  for (;;) {
    const have = latestVersion(store)?.version ?? 0;
    const reply = await client.versions(have);
    if (reply.public_key) saveTeamPublicKey(store, reply.public_key);
    if (reply.versions.length === 0) return got;
    for (const v of reply.versions) {
      if (v.version !== (latestVersion(store)?.version ?? 0) + 1)
        throw new Error(`The team server sent version ${v.version} after version ${latestVersion(store)?.version ?? 0}`);
      storeTeamVersion(store, v, outDir, v.version === zipVersion);
      got++;
    }
  }
}

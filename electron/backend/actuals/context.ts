// What validating actuals needs from the workspace, read once per import.
import type { ActualsContext, ActualsPolicy } from '../../../shared/actuals';
import { jobAddresses, jobFactsOf, operativeTrades } from '../store/actuals/job-rows';
import { versionRefs, versionSpans } from '../store/actuals/version-rows';
import type { Store } from '../store/store';

export interface ImportContext extends ActualsContext {
  /** ref → address, for finding the addresses a visit touches. */
  addresses: Map<string, string>;
}

export function importContext(store: Store, policy: ActualsPolicy): ImportContext {
  const ops = operativeTrades(store);
  const refs = new Map<number, Set<string>>();
  const addresses = jobAddresses(store);
  return {
    jobs: new Set(addresses.keys()),
    addresses,
    categoryJob: (ref) => jobFactsOf(store, ref),
    operatives: new Set(ops.keys()),
    trades: new Set([...ops.values()].flat()),
    versions: versionSpans(store),
    refsIn: (version) => {
      let s = refs.get(version);
      if (!s) refs.set(version, (s = versionRefs(store, version)));
      return s;
    },
    policy,
  };
}

// The one API contract. Every name is `area/verb[-noun]` and maps to zod input and output
// schemas. Handlers, the Electron IPC adapter, the browser host and the renderer's client all
// derive their types from this object; both transports validate input against it.
// Each area keeps its entries in ./areas/<area>.ts; this file only joins them.
import type { z } from 'zod';
import type { ApiSpec } from './areas/common';
import { workspaceApi } from './areas/workspace';
import { jobsApi } from './areas/jobs';
import { diaryApi } from './areas/diary';
import { csvApi } from './areas/csv';
import { historyApi } from './areas/history';
import { slaApi } from './areas/sla';
import { scenariosApi } from './areas/scenarios';
import { scheduleApi } from './areas/schedule';
import { planApi } from './areas/plan';
import { reviewApi } from './areas/review';
import { packsApi } from './areas/packs';
import { rosterApi } from './areas/roster';
import { dayEditsApi } from './areas/day-edits';
import { daySuggestApi } from './areas/day-suggest';
import { printApi } from './areas/print';
import { actualsApi } from './areas/actuals';
import { rebookingApi } from './areas/rebooking';
import { addressesApi } from './areas/addresses';
import { durationsApi } from './areas/durations';
import { accessApi } from './areas/access';
import { changesApi } from './areas/changes';
import { locksApi } from './areas/locks';
import { policyApi } from './areas/policy';
import { deviationsApi } from './areas/deviations';
import { briefingApi } from './areas/briefing';

export { CSV_KINDS } from './areas/csv';

export const contract = {
  ...workspaceApi,
  ...jobsApi,
  ...diaryApi,
  ...csvApi,
  ...historyApi,
  ...slaApi,
  ...scenariosApi,
  ...scheduleApi,
  ...planApi,
  ...reviewApi,
  ...packsApi,
  ...rosterApi,
  ...dayEditsApi,
  ...daySuggestApi,
  ...printApi,
  ...actualsApi,
  ...rebookingApi,
  ...addressesApi,
  ...durationsApi,
  ...accessApi,
  ...changesApi,
  ...locksApi,
  ...policyApi,
  ...deviationsApi,
  ...briefingApi,
} as const satisfies Record<string, ApiSpec>;

export type Contract = typeof contract;
export type ContractName = keyof Contract;
export type ApiInput<N extends ContractName> = z.input<Contract[N]['input']>;
export type ApiParsedInput<N extends ContractName> = z.output<Contract[N]['input']>;
export type ApiOutput<N extends ContractName> = z.output<Contract[N]['output']>;

export const CONTRACT_NAMES = Object.keys(contract) as ContractName[];
const NAME_SET: ReadonlySet<string> = new Set(CONTRACT_NAMES);

export function isContractName(name: unknown): name is ContractName {
  return typeof name === 'string' && NAME_SET.has(name);
}

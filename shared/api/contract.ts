// The one API contract. Every name is `area/verb[-noun]` and maps to zod input and output
// schemas. Handlers, the Electron IPC adapter, the browser host and the renderer's client all
// derive their types from this object; both transports validate input against it.
// Each area keeps its entries in ./areas/<area>.ts, named after the prefix it holds (`jobs/…`
// in areas/jobs.ts); this file only joins them. test/unit/shared/api/areas.test.ts checks that.
import type { z } from 'zod';
import type { ApiSpec } from './areas/common';
import { absencesApi } from './areas/absences';
import { actualsApi } from './areas/actuals';
import { addressesApi } from './areas/addresses';
import { baselineApi } from './areas/baseline';
import { chartsApi } from './areas/charts';
import { dependenciesApi } from './areas/dependencies';
import { diaryApi } from './areas/diary';
import { durationsApi } from './areas/durations';
import { exportApi } from './areas/export';
import { flagsApi } from './areas/flags';
import { historyApi } from './areas/history';
import { importApi } from './areas/import';
import { jobsApi } from './areas/jobs';
import { matrixApi } from './areas/matrix';
import { operativesApi } from './areas/operatives';
import { packsApi } from './areas/packs';
import { printApi } from './areas/print';
import { rebookingApi } from './areas/rebooking';
import { reviewApi } from './areas/review';
import { rosterApi } from './areas/roster';
import { scenarioApi } from './areas/scenario';
import { scheduleApi } from './areas/schedule';
import { slaApi } from './areas/sla';
import { workspaceApi } from './areas/workspace';
import { accessApi } from './areas/access';
import { changesApi } from './areas/changes';
import { locksApi } from './areas/locks';
import { policyApi } from './areas/policy';
import { deviationsApi } from './areas/deviations';
import { briefingApi } from './areas/briefing';
import { closeOutApi } from './areas/closeout';
import { teamApi } from './areas/team';

export { CSV_KINDS } from './areas/export';

/** Each area (the prefix before the `/`) with its entries; the backend has one handler group per area. */
export const AREAS = {
  workspace: workspaceApi,
  jobs: jobsApi,
  operatives: operativesApi,
  absences: absencesApi,
  flags: flagsApi,
  dependencies: dependenciesApi,
  diary: diaryApi,
  import: importApi,
  export: exportApi,
  history: historyApi,
  sla: slaApi,
  scenario: scenarioApi,
  schedule: scheduleApi,
  matrix: matrixApi,
  review: reviewApi,
  baseline: baselineApi,
  charts: chartsApi,
  packs: packsApi,
  roster: rosterApi,
  print: printApi,
  actuals: actualsApi,
  rebooking: rebookingApi,
  addresses: addressesApi,
  durations: durationsApi,
  access: accessApi,
  changes: changesApi,
  locks: locksApi,
  policy: policyApi,
  deviations: deviationsApi,
  briefing: briefingApi,
  closeout: closeOutApi,
  team: teamApi,
} as const;

export const contract = {
  ...workspaceApi,
  ...jobsApi,
  ...operativesApi,
  ...absencesApi,
  ...flagsApi,
  ...dependenciesApi,
  ...diaryApi,
  ...importApi,
  ...exportApi,
  ...historyApi,
  ...slaApi,
  ...scenarioApi,
  ...scheduleApi,
  ...matrixApi,
  ...reviewApi,
  ...baselineApi,
  ...chartsApi,
  ...packsApi,
  ...rosterApi,
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
  ...closeOutApi,
  ...teamApi,
} as const satisfies Record<string, ApiSpec>;

export type Area = keyof typeof AREAS;
export type Contract = typeof contract;
export type ContractName = keyof Contract;
/** The names one area holds. */
export type AreaNames<A extends Area> = Extract<keyof (typeof AREAS)[A], ContractName>;
export type ApiInput<N extends ContractName> = z.input<Contract[N]['input']>;
export type ApiParsedInput<N extends ContractName> = z.output<Contract[N]['input']>;
export type ApiOutput<N extends ContractName> = z.output<Contract[N]['output']>;

export const CONTRACT_NAMES = Object.keys(contract) as ContractName[];
const NAME_SET: ReadonlySet<string> = new Set(CONTRACT_NAMES);

export function isContractName(name: unknown): name is ContractName {
  return typeof name === 'string' && NAME_SET.has(name);
}

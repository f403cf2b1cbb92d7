// A report over a span of days the user picks (RangeInputs): loaded only once the range makes
// sense, and again whenever either end changes.
import type { ApiInput, ApiOutput, ContractName } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { useResource, type Resource } from '../../hooks/useResource';
import type { DateRange } from './RangeInputs';

/** Both ends chosen, and it starts on or before it ends. */
export const isRange = (r: DateRange): boolean => Boolean(r.from && r.to && r.from <= r.to);

/** The calls whose whole input is a range of days. */
type RangeCall = { [N in ContractName]: DateRange extends ApiInput<N> ? (ApiInput<N> extends DateRange ? N : never) : never }[ContractName];

export function useRangeResource<N extends RangeCall>(range: DateRange, name: N): Resource<ApiOutput<N> | undefined> {
  const valid = isRange(range);
  return useResource(
    () => (valid ? api(name, { from: range.from, to: range.to } as ApiInput<N>) : Promise.resolve(undefined)),
    [valid, name, range.from, range.to],
  );
}

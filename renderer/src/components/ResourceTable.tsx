// A workspace list (jobs, operatives) in a VirtualTable, under its load line. The empty text
// tells "nothing imported yet" from "the filter hides every row".
import type { Resource } from '../hooks/useResource';
import { LoadState } from './ViewHeader';
import { VirtualTable, type VirtualTableProps } from './VirtualTable';

interface Props<T> extends Omit<VirtualTableProps<T>, 'empty'> {
  resource: Resource<readonly T[]>;
  /** Plural, lower case: "jobs". */
  noun: string;
  /** The CSV that loads them, named in the empty text: "jobs.csv". */
  csvFile: string;
}

export function ResourceTable<T>({ resource, noun, csvFile, ...table }: Props<T>) {
  const { data } = resource;
  return (
    <>
      <LoadState loading={resource.loading && !data} error={resource.error} onRetry={resource.reload} />
      <VirtualTable
        {...table}
        empty={!data ? null : data.length === 0 ? `No ${noun} yet. Use “Import CSV…” to load ${csvFile}.` : `No ${noun} match the filter.`}
      />
    </>
  );
}

// Jobs table filters. Free text matches ref, address, trade, area and owner; every word
// typed must match somewhere (so "gas n1" narrows to gas jobs in area N1).
import type { JobView } from '../../../../shared/api/views';

export interface JobFilter {
  text: string;
  priority: string; // '' = any
  status: string; // '' = any
}

export const EMPTY_JOB_FILTER: JobFilter = { text: '', priority: '', status: '' };

export function filterJobs(jobs: readonly JobView[], f: JobFilter): readonly JobView[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && !f.priority && !f.status) return jobs;
  return jobs.filter((j) => {
    if (f.priority && j.priority !== f.priority) return false;
    if (f.status && j.status !== f.status) return false;
    if (words.length === 0) return true;
    const hay = `${j.ref} ${j.address} ${j.trade} ${j.area} ${j.owner}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

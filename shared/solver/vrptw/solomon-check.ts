// Plain-language reasons a Solomon instance cannot be solved at all, before any search: a
// customer too heavy for a vehicle, or one no vehicle can reach inside its window and still get
// back to the depot in time, even when serving it alone.
import { tenths, type SolomonInstance } from './solomon';

export function impossibleCustomers(inst: SolomonInstance): string[] {
  const out: string[] = [];
  const d = inst.depot;
  const t10 = (v: number): number => Math.round(v * 10);
  for (const c of inst.customers) {
    if (c.demand > inst.capacity) {
      out.push(`customer ${c.id} needs ${c.demand}, more than the vehicle capacity ${inst.capacity}`);
      continue;
    }
    const leg = tenths(d, c);
    const arrive = t10(d.ready) + leg;
    const start = Math.max(arrive, t10(c.ready));
    if (arrive > t10(c.due)) {
      out.push(`customer ${c.id} cannot be reached before its due date ${c.due} (earliest arrival ${arrive / 10})`);
    } else if (start + t10(c.service) + tenths(c, d) > t10(d.due)) {
      out.push(`customer ${c.id} cannot be served and the vehicle back at the depot by ${d.due}`);
    }
  }
  return out;
}

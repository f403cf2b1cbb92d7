// A retired operative leaves the board: their row shows only on boards that reach back before
// their retirement, or while they still hold placements in the range (so blocked placements stay
// visible until they are sent back to the tray or re-planned). Old records keep resolving.
import type { DiaryEntry, Operative } from '../../../shared/domain/types';

export function onBoard(operatives: readonly Operative[], entries: readonly DiaryEntry[], from: string, to: string): Operative[] {
  const holding = new Set(entries.filter((e) => e.date >= from && e.date <= to).map((e) => e.operative_id));
  return operatives.filter((o) => !o.retired_from || o.retired_from > from || holding.has(o.id));
}

export const isActiveOn = (o: Operative, date: string): boolean => !o.retired_from || o.retired_from > date;

// Emergency cover: at least N operatives of each listed trade on call every day. On call
// counts only for operatives not absent and not barred from the trade (as in capacity).
import type { IsoDate } from '../domain/types';
import { buildOperativeFacts } from '../rules/facts';
import type { PlanningWorld } from '../rules/world';
import { absentOn, tradeBarred } from './supply';
import type { CoverRule } from '../roster/types';

export const COVER_SETTINGS_KEY = 'roster_cover';

export interface CoverGap {
  date: IsoDate;
  trade: string;
  have: number;
  need: number;
  /** Who is on call for the trade that day. */
  on_call: string[];
}

/** Every (date, rule) where fewer than `min` operatives of the trade are on call. */
export function coverGaps(world: PlanningWorld, dates: readonly IsoDate[], rules: readonly CoverRule[]): CoverGap[] {
  if (rules.length === 0) return [];
  const onCall = new Map<string, string[]>(); // `${date}|${trade}` → operative ids
  for (const op of world.operatives.values()) {
    const facts = buildOperativeFacts(op, world);
    const trades = rules.map((r) => r.trade).filter((t) => facts.skills.has(t));
    if (trades.length === 0) continue;
    for (const date of dates) {
      if (!world.rosterDay(op, date).on_call || absentOn(facts, date)) continue;
      for (const t of trades) {
        if (tradeBarred(facts, t, date)) continue;
        const k = `${date}|${t}`;
        onCall.set(k, [...(onCall.get(k) ?? []), op.id]);
      }
    }
  }
  const gaps: CoverGap[] = [];
  for (const date of dates) {
    for (const r of rules) {
      const who = onCall.get(`${date}|${r.trade}`) ?? [];
      if (who.length < r.min) gaps.push({ date, trade: r.trade, have: who.length, need: r.min, on_call: who });
    }
  }
  return gaps;
}

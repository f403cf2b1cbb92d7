// Roster types, inferred from ./schemas.
import type { z } from 'zod';
import type * as s from './schemas';

export type RosterKind = z.infer<typeof s.rosterKindSchema>;
export type Shift = z.infer<typeof s.shiftSchema>;
export type DaySpec = z.infer<typeof s.daySpecSchema>;
export type RosterPattern = z.infer<typeof s.rosterPatternSchema>;
export type RosterOverride = z.infer<typeof s.rosterOverrideSchema>;
export type CoverRule = z.infer<typeof s.coverRuleSchema>;
export type CoverSettings = z.infer<typeof s.coverSettingsSchema>;
export type RosterDay = z.infer<typeof s.rosterDaySchema>;
export type RosterSource = RosterDay['source'];

/** The roster data a planning world is built with; the same shape `diary/get-board` returns. */
export interface RosterInput {
  patterns?: readonly RosterPattern[];
  days?: readonly RosterOverride[];
}

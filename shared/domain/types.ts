// TypeScript types inferred from the zod schemas (never written twice).
import type { z } from 'zod';
import type * as s from './schemas';

export type Weekday = z.infer<typeof s.weekdaySchema>;
export type IsoDate = string; // YYYY-MM-DD
export type HHMM = string; // HH:MM
export type TradeSkill = z.infer<typeof s.tradeSkillSchema>;
export type Competence = z.infer<typeof s.competenceSchema>;
export type Operative = z.infer<typeof s.operativeSchema>;
export type Job = z.infer<typeof s.jobSchema>;
export type JobStatus = z.infer<typeof s.jobStatusSchema>;
export type DependencyLink = z.infer<typeof s.dependencyLinkSchema>;
export type Absence = z.infer<typeof s.absenceSchema>;
export type Flag = z.infer<typeof s.flagSchema>;
export type DiaryEntry = z.infer<typeof s.diaryEntrySchema>;
export type SlaTarget = z.infer<typeof s.slaTargetSchema>;
export type SlaPolicy = z.infer<typeof s.slaPolicySchema>;

/** A finish-to-start link: `succ_ref` may start only `lag_min` after `pred_ref` finishes. */
export interface Dependency {
  pred_ref: string;
  succ_ref: string;
  lag_min: number;
}

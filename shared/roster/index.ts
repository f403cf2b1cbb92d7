// Public API of the roster: who works when. Patterns and overrides, the resolver the rule
// engine uses, shifts, validation, presets and roster.csv. Below shared/rules: it knows nothing
// of placements (capacity, cover and drop-outs, which judge the roster against the plan, are
// in shared/coverage).
export * from './schemas';
export type * from './types';
export { RosterBook, layerOrder, patternCovers, patternDayIndex, resolveRosterDay } from './resolve';
export { absoluteSpan, formatEnd, formatShift, parseEnd, parseShiftText, shiftLengthMin, shiftMinutes, shiftProblem } from './shift';
export { dayRowsProblem, daySpans, neighbourOverlap, overrideRowProblem, patternProblem } from './validate';
export { PRESET_IDS, PRESET_LABELS, mondayOf, preset, type PatternDraft, type PresetId } from './presets';
export { ROSTER_COLUMNS, formatRosterCsv, parseRosterCsv, rowsForDay, validateRosterRows, type RosterImportContext } from './roster-csv';

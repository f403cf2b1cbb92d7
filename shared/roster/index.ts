// Public API of the roster: patterns and overrides, the resolver the rule engine uses,
// capacity against demand, emergency cover and drop-outs.
export * from './schemas';
export type * from './types';
export { RosterBook, layerOrder, patternCovers, patternDayIndex, resolveRosterDay } from './resolve';
export { absoluteSpan, formatEnd, formatShift, parseEnd, parseShiftText, shiftLengthMin, shiftMinutes, shiftProblem } from './shift';
export { dayRowsProblem, daySpans, neighbourOverlap, overrideRowProblem, patternProblem } from './validate';
export { PRESET_IDS, PRESET_LABELS, mondayOf, preset, type PatternDraft, type PresetId } from './presets';
export { ROSTER_COLUMNS, formatRosterCsv, parseRosterCsv, rowsForDay, validateRosterRows, type RosterImportContext } from './roster-csv';
export { OPEN_STATUSES, raisedDate, spreadDemand } from './demand';
export { absentOn, availableMinutes, tradeBarred, worksIn } from './supply';
export { computeCapacity } from './capacity';
export type { AtRiskJob, Capacity, CapacityDay, CapacityOptions, TradeCapacity } from './capacity-types';
export { formatHours, tradeSummary } from './summary';
export { COVER_SETTINGS_KEY, coverGaps, type CoverGap } from './cover';
export { DROPOUT_REASONS, findDropouts, type Dropout, type DropoutOptions, type DropoutReason } from './dropouts';

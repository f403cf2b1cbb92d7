// CSV import/export for operatives, jobs, absences, flags and the diary.
export { q, type CsvError, type CsvParseResult } from './errors';
export {
  OPERATIVE_COLUMNS,
  formatOperativesCsv,
  operativeToRecord,
  parseOperativeRecord,
  parseOperativesCsv,
  type OperativeColumn,
} from './operatives';
export {
  JOB_COLUMNS,
  formatDependsOn,
  formatJobsCsv,
  jobToRecord,
  parseJobRecord,
  parseJobsCsv,
  type JobColumn,
  type JobsCsvOptions,
} from './jobs';
export { ABSENCE_COLUMNS, formatAbsencesCsv, parseAbsencesCsv } from './absences';
export { FLAG_COLUMNS, formatFlagsCsv, parseFlagRecord, parseFlagsCsv, splitScope, type FlagColumn } from './flags';
export { DIARY_COLUMNS, formatDiaryCsv, parseDiaryCsv } from './diary';
export { validateImportSet, type ExistingData, type ImportFile, type ImportSet } from './validate-import';

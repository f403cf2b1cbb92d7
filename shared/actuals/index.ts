// Actuals: what happened on the day, compared with the version in force, and what it asks of the next plan.
export * from './schemas';
export { parseActualsCsv, buildActual, actualsCsvLine, type CellSource, type ParsedActuals } from './csv';
export { validateActuals, type ActualsContext, type ValidatedActuals } from './validate';
export { versionInForce, type VersionChoice, type VersionSpan } from './version-in-force';
export { jobCategories, protectedCategories, type CategoryJob } from './categories';
export * from './rebooking';
export * from './address-flags';
export { compareVisit, type PlannedSide, type VisitComparison, type VisitInput } from './plan-vs-actual';
export { actualsKpis, rollUp, EMERGENCY_PRIORITY, type ActualsKpis, type Rollup, type SlaShare } from './kpis';
export * from './durations';
export { formatReportCsv, REPORT_COLUMNS } from './report-csv';

// Version 31: every visit row of a job, superseded ones too, found by its ref. The foreign key
// actuals.ref → jobs.ref needs it: without it each deleted job (undoing an import's follow-ons)
// scanned the whole actuals table — 1,500 follow-ons undone over 50,000 rows took seconds.
// A job's visit record (corrected rows included) reads through it too.
export const up = `
CREATE INDEX actuals_by_ref ON actuals(ref);
`;

// Version 17: standard durations learned from actuals, per trade and job type (the priority
// category). Applying suggestions writes these rows as one undoable step; the auto-scheduler
// plans with them only when asked to.
export const up = `
CREATE TABLE standard_durations (
  trade TEXT NOT NULL,
  job_type TEXT NOT NULL,
  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  samples INTEGER NOT NULL,
  spread_min REAL NOT NULL,
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  applied_by TEXT NOT NULL,
  PRIMARY KEY (trade, job_type)
);
`;

// Version 15: actuals — what happened on each visit, against the published version in force.
// A corrected row supersedes the earlier one (superseded_by) and both stay. Written through the
// change recorder: an import is one undoable step with everything it caused.
export const up = `
CREATE TABLE actuals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ref TEXT NOT NULL REFERENCES jobs(ref),
  version INTEGER NOT NULL REFERENCES plan_pack_versions(version),  -- the version in force, resolved
  version_given INTEGER,          -- as written; NULL = empty (the latest version covering the date)
  operative_id TEXT NOT NULL REFERENCES operatives(id),
  date TEXT NOT NULL,
  arrived TEXT,
  left_at TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('COMPLETED', 'NO_ACCESS', 'ABORTIVE', 'FURTHER_WORK', 'CANCELLED')),
  reason TEXT,
  follow_on_trade TEXT,
  follow_on_minutes INTEGER,
  notes TEXT NOT NULL,
  source TEXT NOT NULL,           -- 'actuals.csv', 'close-out', ...
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  superseded_by INTEGER           -- id of the row that corrected this one; NULL while current
);
-- One current row per visit (job and day); superseded rows stay beside it.
CREATE UNIQUE INDEX actuals_current ON actuals(ref, date) WHERE superseded_by IS NULL;
CREATE INDEX actuals_by_date ON actuals(date) WHERE superseded_by IS NULL;

-- A FURTHER_WORK visit's follow-on job, finish-to-start after the original (link in dependencies).
CREATE TABLE follow_on_jobs (
  follow_on_ref TEXT PRIMARY KEY REFERENCES jobs(ref),
  origin_ref TEXT NOT NULL REFERENCES jobs(ref),
  origin_date TEXT NOT NULL,
  UNIQUE (origin_ref, origin_date)
);
`;

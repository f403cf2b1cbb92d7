// Version 2: the override log. A hard rule broken on purpose is recorded with who, when, which
// rule and why; it feeds change control later, so it is history, not undoable state.
export const up = `
CREATE TABLE override_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  job_ref TEXT NOT NULL,
  operative_id TEXT NOT NULL,
  date TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  violation TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX override_log_by_job ON override_log(job_ref, id);
`;

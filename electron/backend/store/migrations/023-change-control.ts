// Version 23 (issue 15): change requests (asked, applied, waiting for sign-off, approved,
// rejected; unlock decisions too) and locks on published visits. Both undoable (History).
export const up = `
CREATE TABLE change_requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ref TEXT NOT NULL,
  kind TEXT NOT NULL,
  from_operative TEXT,
  to_operative TEXT,
  from_date TEXT,
  to_date TEXT,
  to_priority TEXT,
  from_priority TEXT,
  requested_by TEXT NOT NULL,      -- the person's name (or as written in changes.csv)
  role TEXT NOT NULL,
  reason TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('app', 'csv', 'unlock')),
  requested_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('applied', 'pending', 'approved', 'rejected')),
  policy TEXT NOT NULL,            -- what the policy said, in words
  decided_by TEXT,
  decided_at TEXT,
  answer TEXT                      -- the planner's reason when rejecting (or a note when approving)
);
CREATE INDEX change_requests_by_state ON change_requests(state);

CREATE TABLE visit_locks (
  job_ref TEXT PRIMARY KEY REFERENCES jobs(ref),
  lock TEXT NOT NULL CHECK (lock IN ('time', 'operative', 'both')),
  reason TEXT NOT NULL,
  set_by TEXT NOT NULL,
  set_at TEXT NOT NULL
);
`;

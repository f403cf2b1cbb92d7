// Version 4: plan review. Recorded review triggers (scope changes on placed jobs, absences
// over placed jobs), their acknowledgements, baselines (immutable snapshots of planned
// finishes) and the reason a job was archived. All are written through the change recorder,
// so each is part of an undoable step.
export const up = `
CREATE TABLE review_triggers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('scope', 'absence')),
  job_refs TEXT NOT NULL,        -- JSON ["J-1", ...]
  operative_id TEXT,
  message TEXT NOT NULL,
  raised_at TEXT NOT NULL
);

-- Keyed by trigger key: 'stored:<id>' or a computed slip's 'slip:<baseline>:job:<ref>'.
CREATE TABLE review_acks (
  trigger_key TEXT PRIMARY KEY,
  note TEXT NOT NULL,
  at TEXT NOT NULL,
  who TEXT NOT NULL
);

CREATE TABLE baselines (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  label TEXT NOT NULL,
  saved_at TEXT NOT NULL
);

-- Planned finish per job when the baseline was saved (absolute minutes, UK wall-clock).
CREATE TABLE baseline_finishes (
  baseline_id INTEGER NOT NULL REFERENCES baselines(id),
  job_ref TEXT NOT NULL,
  finish_abs INTEGER NOT NULL,
  PRIMARY KEY (baseline_id, job_ref)
);

CREATE TABLE job_archive (
  job_ref TEXT PRIMARY KEY REFERENCES jobs(ref),
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  who TEXT NOT NULL
);
`;

// Version 1: the whole domain model. Foreign keys RESTRICT (no cascades) so that every
// deleted child row passes through the change recorder and can be undone.
export const up = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE operatives (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  trades TEXT NOT NULL,          -- JSON [{trade, proficiency}]
  competences TEXT NOT NULL,     -- JSON [{code, expires}]
  start_lat REAL NOT NULL,
  start_lon REAL NOT NULL,
  shift_start TEXT NOT NULL,
  shift_end TEXT NOT NULL,
  working_days TEXT NOT NULL,    -- JSON ["Mon", ...]
  areas TEXT NOT NULL            -- JSON ["N1", ...]; [] = anywhere
);

CREATE TABLE jobs (
  ref TEXT PRIMARY KEY,
  address TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  area TEXT NOT NULL,
  trade TEXT NOT NULL,
  min_proficiency INTEGER NOT NULL,
  competences TEXT NOT NULL,     -- JSON ["GAS_SAFE", ...]
  priority TEXT NOT NULL,
  raised_at TEXT NOT NULL,
  duration_min INTEGER NOT NULL,
  window TEXT NOT NULL,
  impact INTEGER NOT NULL,
  effort INTEGER NOT NULL,
  owner TEXT NOT NULL,
  done_when TEXT NOT NULL,
  notes TEXT NOT NULL,
  status TEXT NOT NULL
);

CREATE TABLE dependencies (
  pred_ref TEXT NOT NULL REFERENCES jobs(ref),
  succ_ref TEXT NOT NULL REFERENCES jobs(ref),
  lag_min INTEGER NOT NULL,
  PRIMARY KEY (pred_ref, succ_ref),
  CHECK (pred_ref <> succ_ref)
);
CREATE INDEX dependencies_succ ON dependencies(succ_ref);

CREATE TABLE absences (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  operative_id TEXT NOT NULL REFERENCES operatives(id),
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  reason TEXT NOT NULL,
  kind TEXT NOT NULL,
  UNIQUE (operative_id, from_date, to_date)
);

CREATE TABLE flags (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  operative_id TEXT NOT NULL REFERENCES operatives(id),
  flag TEXT NOT NULL,
  scope TEXT NOT NULL,
  until TEXT,
  owner TEXT NOT NULL,
  note TEXT NOT NULL,
  UNIQUE (operative_id, flag, scope)
);

CREATE TABLE diary_entries (
  job_ref TEXT PRIMARY KEY REFERENCES jobs(ref),
  operative_id TEXT NOT NULL REFERENCES operatives(id),
  date TEXT NOT NULL,
  start TEXT,
  sequence INTEGER NOT NULL,
  pinned INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX diary_by_day ON diary_entries(date, operative_id, sequence);

-- The undo/redo stack. Each row is one user-visible step with row-level before/after images.
CREATE TABLE history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  label TEXT NOT NULL,
  at TEXT NOT NULL,
  changes TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('done', 'undone'))
);

-- What happened to each job (moves, imports, undo), for the details panel.
CREATE TABLE job_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  job_ref TEXT NOT NULL,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX job_events_by_job ON job_events(job_ref, id);
`;

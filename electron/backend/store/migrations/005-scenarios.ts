// Version 5: what-if scenarios. A scenario is a copy of the workspace file (see
// electron/backend/scenarios); the live plan lists them in `scenarios`, and each copy keeps the
// live plan's rows as they were at the fork (`fork_rows`, one hash per row) to detect conflicts
// when it is promoted.
export const up = `
CREATE TABLE scenarios (
  name TEXT PRIMARY KEY COLLATE NOCASE,
  file TEXT NOT NULL UNIQUE,
  from_name TEXT,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  promoted_at TEXT
);

CREATE TABLE fork_rows (
  tbl TEXT NOT NULL,
  key TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (tbl, key)
) WITHOUT ROWID;
`;

// Version 25 (issue 17): working as a team. A workstation's link to its team server, its outbox
// of commands not yet confirmed (pending, or in conflict with the reason the server gave), and
// the sequence of the last server command a workspace has applied (the server's materialised
// workspace and a workstation's confirmed copy). Local to this file: never synced.
export const up = `
CREATE TABLE team_link (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  server TEXT NOT NULL,
  token TEXT NOT NULL,
  team_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  member_name TEXT NOT NULL,
  role TEXT NOT NULL,
  actor TEXT NOT NULL,
  confirmed_seq INTEGER NOT NULL DEFAULT 0,
  last_sync TEXT,
  last_error TEXT
);
CREATE TABLE team_outbox (
  ord INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,           -- the command's UUID v7
  name TEXT NOT NULL,
  input TEXT NOT NULL,               -- JSON
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  base_seq INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'conflict', 'sign-off')),
  code TEXT,                         -- the server's refusal code (CONFLICT, RULE_VIOLATION, FORBIDDEN, …)
  reason TEXT
);
CREATE TABLE team_applied (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL
);
`;

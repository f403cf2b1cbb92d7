// Version 22 (issue 15): local people with a role, and the decision-rights (RACI) table.
// Both are edited through History.mutate (undoable); rights are enforced by the dispatcher.
export const up = `
CREATE TABLE people (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('planner', 'supervisor', 'operations-team-leader', 'manager')),
  os_user TEXT UNIQUE,             -- the OS user who is this person by default
  team TEXT,
  operatives TEXT NOT NULL DEFAULT '[]'  -- JSON array of operative ids they supervise or lead
);

CREATE TABLE decision_rights (
  decision TEXT PRIMARY KEY,
  responsible TEXT NOT NULL,       -- JSON array of roles
  accountable TEXT NOT NULL,
  consulted TEXT NOT NULL,
  informed TEXT NOT NULL
);
`;

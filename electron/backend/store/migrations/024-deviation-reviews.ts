// Version 24 (issue 15): the review of deviations — state, learning note, and the planning
// assumption made from them. Deviations themselves are derived (actuals, change requests).
export const up = `
CREATE TABLE deviation_reviews (
  key TEXT PRIMARY KEY,            -- the deviation's key (actual:<id>:<kind>, request:<id>, edit:<ref>:<kind>)
  state TEXT NOT NULL CHECK (state IN ('open', 'reviewed', 'assumption')),
  note TEXT,
  assumption TEXT,                 -- what was made of it (e.g. "standard duration GAS/ROUTINE 75 min")
  reviewed_by TEXT NOT NULL,
  reviewed_at TEXT NOT NULL
);
`;

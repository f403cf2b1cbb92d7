// Version 16: repeated-failure address flags. A flag covers the failed visits that raised it
// (and any after, while it is open); it is owned by the supervisor, then the manager, and
// closes only with a note.
export const up = `
CREATE TABLE address_flags (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  address_key TEXT NOT NULL,       -- normalised address (shared/actuals/address-flags.ts)
  address TEXT NOT NULL,           -- as first seen, for display
  raised_on TEXT NOT NULL,         -- date of the failure that raised it
  raised_at TEXT NOT NULL,         -- when it was recorded
  owner TEXT NOT NULL CHECK (owner IN ('supervisor', 'manager')),
  escalated_at TEXT,
  closed_at TEXT,
  closed_by TEXT,
  close_note TEXT,
  CHECK ((closed_at IS NULL) = (close_note IS NULL))
);
CREATE UNIQUE INDEX address_flags_one_open ON address_flags(address_key) WHERE closed_at IS NULL;

CREATE TABLE address_flag_visits (
  flag_id INTEGER NOT NULL REFERENCES address_flags(id),
  actual_id INTEGER NOT NULL REFERENCES actuals(id),
  added_at TEXT NOT NULL,          -- when the visit joined the flag (raised, or while open)
  PRIMARY KEY (flag_id, actual_id)
);
CREATE INDEX address_flag_visits_by_actual ON address_flag_visits(actual_id);
`;

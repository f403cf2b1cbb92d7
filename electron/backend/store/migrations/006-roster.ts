// Version 6: rosters. Weekly and rotating patterns per operative over a date range, and per-day
// overrides on top of them. The operative's own shift and working days stay the base pattern.
// A shift past midnight is marked (overnight = 1) rather than implied by end < start.
export const up = `
CREATE TABLE roster_patterns (
  id INTEGER PRIMARY KEY,
  operative_id TEXT NOT NULL REFERENCES operatives(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('weekly', 'rotation')),
  anchor TEXT NOT NULL,          -- rotation: the date of cycle day 1
  from_date TEXT NOT NULL,
  to_date TEXT,                  -- inclusive; NULL = open-ended
  days TEXT NOT NULL             -- JSON [{work: {start,end,overnight}|'off'|null, on_call: bool|null}]
);
CREATE INDEX roster_patterns_by_operative ON roster_patterns(operative_id, id);

CREATE TABLE roster_days (
  operative_id TEXT NOT NULL REFERENCES operatives(id),
  date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('work', 'on_call', 'off')),
  start_time TEXT,
  end_time TEXT,
  overnight INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (operative_id, date, kind)
);
CREATE INDEX roster_days_by_date ON roster_days(date, operative_id);
`;

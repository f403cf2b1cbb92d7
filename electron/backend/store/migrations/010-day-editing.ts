// Version 10: editing the day in the app (issue 13). Who made each change to a job is kept in
// its history (`job_events.who`); an operative can be retired from a date (`retired_from`, kept
// for history: their old placements and records still resolve); operatives get a history of
// their own (edits, retirement, supervisor flags and absences), outside undo like job_events.
export const up = `
ALTER TABLE job_events ADD COLUMN who TEXT;

ALTER TABLE operatives ADD COLUMN retired_from TEXT;

CREATE TABLE operative_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  operative_id TEXT NOT NULL,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX operative_events_by_operative ON operative_events(operative_id, id);
`;

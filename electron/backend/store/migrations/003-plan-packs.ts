// Version 3: published plan versions. Each row is a frozen, signed snapshot handed to
// operations; versions chain by manifest hash. Publishing is history, not an undoable edit, so
// these tables are written directly (never through the change recorder), and triggers refuse
// any UPDATE or DELETE: a published version is never edited afterwards.
export const up = `
CREATE TABLE plan_pack_versions (
  version INTEGER PRIMARY KEY CHECK (version >= 1),
  pack_id TEXT NOT NULL,
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  scenario TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  app_version TEXT NOT NULL,
  key_id TEXT NOT NULL,
  manifest_sha256 TEXT NOT NULL UNIQUE,
  prev_sha256 TEXT,                 -- SHA-256 of the previous version's manifest.json bytes
  manifest TEXT NOT NULL,           -- manifest.json exactly as signed
  signature TEXT NOT NULL,          -- manifest.json.minisig
  plan TEXT NOT NULL,               -- plan.json exactly as published
  changes TEXT NOT NULL,            -- changes.json summary: counts against the previous version
  overrides TEXT NOT NULL,          -- JSON: checks overridden at publish, each with its reason
  job_count INTEGER NOT NULL,
  operative_count INTEGER NOT NULL,
  file_count INTEGER NOT NULL,
  out_path TEXT NOT NULL,
  zip_path TEXT,
  CHECK ((version = 1) = (prev_sha256 IS NULL))
);

-- The frozen diary of each version, one row per visit, for diffs between versions.
CREATE TABLE plan_pack_entries (
  version INTEGER NOT NULL REFERENCES plan_pack_versions(version),
  job_ref TEXT NOT NULL,
  operative_id TEXT NOT NULL,
  date TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  start_at TEXT NOT NULL,
  end_at TEXT NOT NULL,
  PRIMARY KEY (version, job_ref)
);

CREATE TRIGGER plan_pack_versions_frozen_update BEFORE UPDATE ON plan_pack_versions
BEGIN SELECT RAISE(ABORT, 'published plan versions are immutable'); END;
CREATE TRIGGER plan_pack_versions_frozen_delete BEFORE DELETE ON plan_pack_versions
BEGIN SELECT RAISE(ABORT, 'published plan versions are immutable'); END;
CREATE TRIGGER plan_pack_entries_frozen_update BEFORE UPDATE ON plan_pack_entries
BEGIN SELECT RAISE(ABORT, 'published plan versions are immutable'); END;
CREATE TRIGGER plan_pack_entries_frozen_delete BEFORE DELETE ON plan_pack_entries
BEGIN SELECT RAISE(ABORT, 'published plan versions are immutable'); END;
`;

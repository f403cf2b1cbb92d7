// Numbered migrations, applied in order and recorded in the schema_migrations ledger.
// Append only: never edit a migration that has shipped.
import { up as m001 } from './001-initial';
import { up as m002 } from './002-override-log';
import { up as m003 } from './003-plan-packs';
import { up as m004 } from './004-plan-review';
import { up as m005 } from './005-scenarios';
import { up as m006 } from './006-roster';
import { up as m010 } from './010-day-editing';
import { up as m015 } from './015-actuals';
import { up as m016 } from './016-address-flags';
import { up as m017 } from './017-standard-durations';
import { up as m007 } from './007-history-actor';
import { up as m022 } from './022-people';
import { up as m023 } from './023-change-control';
import { up as m024 } from './024-deviation-reviews';
import { up as m025 } from './025-team-sync';
import { up as m029 } from './029-resequence-position';
import { up as m031 } from './031-actuals-by-ref';
import { up as m032 } from './032-team-versions';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial domain model', sql: m001 },
  { version: 2, name: 'override log', sql: m002 },
  { version: 3, name: 'plan packs: published versions', sql: m003 },
  { version: 4, name: 'plan review: triggers, baselines, archive reasons', sql: m004 },
  { version: 5, name: 'what-if scenarios', sql: m005 },
  { version: 6, name: 'rosters: patterns and per-day overrides', sql: m006 },
  { version: 10, name: 'day editing: who in job history, retired operatives, operative history', sql: m010 },
  { version: 15, name: 'actuals: visits against the version in force, follow-on jobs', sql: m015 },
  { version: 16, name: 'repeated-failure address flags', sql: m016 },
  { version: 17, name: 'standard durations learned from actuals', sql: m017 },
  { version: 7, name: 'undo per actor: history.actor', sql: m007 },
  { version: 22, name: 'people with roles, decision rights', sql: m022 },
  { version: 23, name: 'change requests and visit locks', sql: m023 },
  { version: 24, name: 'deviation reviews', sql: m024 },
  { version: 25, name: 'team sync: server link, outbox, applied sequence', sql: m025 },
  { version: 29, name: 'resequence requests: the position asked for', sql: m029 },
  { version: 31, name: 'actuals by ref (for the jobs foreign key)', sql: m031 },
  { version: 32, name: 'team sync: the team signing key', sql: m032 },
];

export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

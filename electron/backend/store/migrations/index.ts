// Numbered migrations, applied in order and recorded in the schema_migrations ledger.
// Append only: never edit a migration that has shipped.
import { up as m001 } from './001-initial';
import { up as m002 } from './002-override-log';
import { up as m005 } from './005-scenarios';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial domain model', sql: m001 },
  { version: 2, name: 'override log', sql: m002 },
  { version: 5, name: 'what-if scenarios', sql: m005 },
];

export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

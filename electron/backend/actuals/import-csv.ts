// actuals.csv in: parse, then record all or nothing (record.ts).
import { parseActualsCsv } from '../../../shared/actuals';
import type { Store } from '../store/store';
import { recordActuals, type RecordResult } from './record';

export function importActualsCsv(store: Store, text: string, file = 'actuals.csv'): RecordResult {
  const parsed = parseActualsCsv(text, file);
  return recordActuals(store, parsed, file, `Import ${file}`);
}

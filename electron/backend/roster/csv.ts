// roster.csv import (all-or-nothing, one undoable step) and export (the resolved roster, or only
// the stored overrides). See shared/roster/roster-csv.ts for the format.
import { ApiError } from '../../../shared/api/errors';
import type { CsvRowError } from '../../../shared/api/views';
import { addDays, dateRange } from '../../../shared/calendar/dates';
import { RosterBook, formatRosterCsv, parseRosterCsv, rowsForDay, validateRosterRows, type RosterOverride } from '../../../shared/roster';
import type { Dropout } from '../../../shared/coverage';
import type { Store } from '../store/store';
import { writeDay } from './day-edit';
import { mutateRoster } from './dropouts';
import { readOverrides, readPatterns } from '../store/roster';

export type RosterImportResult = { ok: true; rows: number; days: number; dropouts: Dropout[] } | { ok: false; errors: CsvRowError[] };

export function importRosterCsv(store: Store, text: string, fileName = 'roster.csv'): RosterImportResult {
  const parsed = parseRosterCsv(text, fileName);
  const operatives = new Map(store.read.operatives().map((o) => [o.id, o]));
  const errors = [
    ...parsed.errors,
    ...validateRosterRows(parsed, { operatives, patterns: readPatterns(store), existing: readOverrides(store) }),
  ];
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  if (parsed.rows.length === 0) return { ok: true, rows: 0, days: 0, dropouts: [] };

  const byDay = new Map<string, RosterOverride[]>();
  for (const r of parsed.rows) {
    const k = `${r.operative_id}\u0000${r.date}`;
    byDay.set(k, [...(byDay.get(k) ?? []), r]);
  }
  const dates = parsed.rows.map((r) => r.date).sort();
  const affected = { operatives: new Set(parsed.rows.map((r) => r.operative_id)), from: dates[0]!, to: dates[dates.length - 1]! };
  const label = `Import roster: ${parsed.rows.length} row${parsed.rows.length === 1 ? '' : 's'} for ${affected.operatives.size} operative${affected.operatives.size === 1 ? '' : 's'}`;
  const { dropouts } = mutateRoster(store, label, affected, (rec) => {
    for (const rows of byDay.values()) writeDay(store, rec, rows[0]!.operative_id, rows[0]!.date, rows);
  });
  return { ok: true, rows: parsed.rows.length, days: byDay.size, dropouts };
}

/** Resolved: rows that reproduce every operative-day exactly. overridesOnly: the stored overrides. */
export function exportRosterCsv(store: Store, from: string, to: string, overridesOnly = false): { csv: string; rows: number } {
  if (from > to) throw new ApiError('VALIDATION', `from ${from} is after to ${to}`);
  if (overridesOnly) {
    const rows = readOverrides(store, from, to);
    return { csv: formatRosterCsv(rows), rows: rows.length };
  }
  // Overrides one day either side: only for the book's completeness at the range edges.
  const book = new RosterBook({ patterns: readPatterns(store), days: readOverrides(store, addDays(from, -1), addDays(to, 1)) });
  const rows: RosterOverride[] = [];
  const dates = dateRange(from, to);
  for (const op of store.read.operatives()) for (const date of dates) rows.push(...rowsForDay(op.id, book.day(op, date)));
  return { csv: formatRosterCsv(rows), rows: rows.length };
}

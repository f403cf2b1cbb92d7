import { describe, expect, it } from 'vitest';
import { formatDiaryCsv, parseDiaryCsv } from '../../../../shared/csv';
import type { DiaryEntry } from '../../../../shared/domain/types';

describe('diary export', () => {
  const entries: DiaryEntry[] = [
    { job_ref: 'J-1001', operative_id: 'OP-001', date: '2027-01-04', start: '08:00', sequence: 0, pinned: true },
    { job_ref: 'J-1017', operative_id: 'OP-001', date: '2027-01-04', start: null, sequence: 1, pinned: false },
  ];

  it('writes the documented columns with \\n line endings', () => {
    expect(formatDiaryCsv(entries)).toBe(
      'ref,operative_id,date,start,sequence,pinned\nJ-1001,OP-001,2027-01-04,08:00,0,true\nJ-1017,OP-001,2027-01-04,,1,false\n',
    );
  });

  it('reads back what it wrote', () => {
    const r = parseDiaryCsv(formatDiaryCsv(entries), 'diary.csv');
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual(entries);
  });

  it('rejects a pinned value other than true/false', () => {
    const r = parseDiaryCsv('ref,operative_id,date,start,sequence,pinned\nJ-1,OP-1,2027-01-04,,0,yes\n', 'd.csv');
    expect(r.errors).toEqual([{ file: 'd.csv', line: 2, field: 'pinned', message: 'pinned "yes" is not true or false' }]);
  });
});

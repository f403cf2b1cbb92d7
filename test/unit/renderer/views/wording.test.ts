// Small pure parts of other views: import result wording (the CLI's shape), the default week of
// the Publish and Auto-schedule forms, and what screen readers hear on the matrix.
import type { Active, Over } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { importedSentence, rowErrorText } from '../../../../renderer/src/views/import/importText';
import { matrixAnnouncements } from '../../../../renderer/src/views/matrix/announcements';
import { weekOf } from '../../../../renderer/src/views/publish/range';
import { defaultRange } from '../../../../renderer/src/views/schedule/AutoScheduleDialog';

describe('import wording', () => {
  it('lists what was imported, leaving out zero counts', () => {
    expect(importedSentence({ operatives: 6, jobs: 20, absences: 0, flags: 1, dependencies: 4 })).toBe(
      'Imported 6 operatives, 20 jobs, 1 flag, 4 dependencies.',
    );
    expect(importedSentence({ operatives: 0, jobs: 0, absences: 0, flags: 0, dependencies: 0 })).toBe(
      'Import finished: the files held nothing new.',
    );
  });

  it('a row error reads like the CLI: file, line, field, message', () => {
    expect(rowErrorText({ file: 'jobs.csv', line: 4, field: 'raised_at', message: 'not a date' })).toBe(
      'jobs.csv line 4, raised_at: not a date',
    );
    expect(rowErrorText({ file: 'jobs.csv', line: 0, field: null, message: 'missing column ref' })).toBe('jobs.csv: missing column ref');
  });
});

describe('default ranges', () => {
  it('Publish: Monday to Sunday of the focus week; Auto-schedule: Monday to Friday', () => {
    expect(weekOf('2027-01-06')).toEqual({ from: '2027-01-04', to: '2027-01-10' });
    expect(weekOf('2027-01-10')).toEqual({ from: '2027-01-04', to: '2027-01-10' });
    expect(defaultRange('2027-01-06')).toEqual({ from: '2027-01-04', to: '2027-01-08' });
    expect(defaultRange('2027-01-04')).toEqual({ from: '2027-01-04', to: '2027-01-08' });
  });
});

describe('matrix announcements', () => {
  it('names quadrants, not ids, and says when nothing changed', () => {
    // dnd-kit passes its own objects; the announcements read only their ids.
    const active = { id: 'J-1002' } as unknown as Active;
    const over = (id: string) => ({ id }) as unknown as Over;
    expect(matrixAnnouncements.onDragOver!({ active, over: over('do-first') })).toMatch(/^J-1002 is over Do first/);
    expect(matrixAnnouncements.onDragEnd!({ active, over: null })).toBe('J-1002 dropped outside the matrix; nothing changed.');
    expect(matrixAnnouncements.onDragCancel!({ active, over: null })).toBe('Moving J-1002 was cancelled.');
  });
});

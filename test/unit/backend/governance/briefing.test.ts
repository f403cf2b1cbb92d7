// The start-of-day briefing (issue 15): a supervisor hears of a priority change on their
// operatives' work before it takes effect, beside the day's absences; the PDF says the same.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli } from '../../cli-harness';
import { ok, staffedWorkspace } from './helpers';

describe('start-of-day briefing', () => {
  it('lists the absence and the pending priority change for the team, in the view and the PDF', async () => {
    const ws = await staffedWorkspace();
    await ok(
      ws,
      'changes/request',
      { ref: 'J-1002', kind: 'change-priority', to_priority: 'EMERGENCY', reason: 'water through ceiling' },
      'lee',
    );
    const b = await ok<{ absences: { operative_id: string; reason: string }[]; priority_changes: unknown[]; operatives: { id: string }[] }>(
      ws,
      'briefing/get',
      { date: '2027-01-07', team: 'North' },
      'sam',
    );
    expect(b.operatives.map((o) => o.id)).toEqual(['OP-001', 'OP-003']);
    expect(b.absences).toContainEqual(expect.objectContaining({ operative_id: 'OP-001', reason: 'Dentist appointment' }));
    expect(b.priority_changes).toEqual([
      expect.objectContaining({ ref: 'J-1002', from: 'URGENT', to: 'EMERGENCY', state: 'pending', requested_by: 'Lee Ops' }),
    ]);
    expect(await ws.dispatch('briefing/get', { date: '2027-01-07', team: 'South' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const db = ws.dbPath;
    ws.close();
    const pdf = `${db}.briefing.pdf`;
    const r = await cli(['briefing', '--db', db, '--date', '2027-01-07', '--team', 'North', '--out', pdf]);
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Start-of-day briefing 2027-01-07 (team North)');
    expect(text).toMatch(/J-1002\s+URGENT to EMERGENCY\s+pending\s+Lee Ops/);
    expect(text).toContain('Absent: Aisha Khan (OP-001)');
    expect((await cli(['briefing', '--db', db, '--date', '2027-01-07', '--out', `${db}.txt`])).code).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { job, place, violations } from './fixtures';

describe('overtime', () => {
  it('silent when the day ends by shift end', () => {
    expect(violations('overtime', { job: job({ duration_min: 450 }) })).toEqual([]);
  });

  it('warns when the day runs past shift end within the allowance, naming the times', () => {
    const j = job({ duration_min: 480 }); // 08:15–16:15 on site, back 16:30
    const r = place({ job: j });
    expect(r.violations).toEqual([
      {
        ruleId: 'overtime',
        severity: 'soft',
        reason: "Ali's day would end at 16:30 back at base, 30 min past the 16:00 shift end (within the 60 min overtime allowance)",
      },
    ]);
    expect(r.status).toBe('warn');
  });

  it('hands over to shift-hours beyond the allowance (never both)', () => {
    const r = place({ job: job({ duration_min: 560 }) });
    expect(r.violations.map((v) => v.ruleId)).toEqual(['shift-hours']);
  });

  it('exactly at the allowance is still overtime, not a block', () => {
    const r = place({ job: job({ duration_min: 510 }) }); // back 17:00
    expect(r.violations.map((v) => v.ruleId)).toEqual(['overtime']);
  });

  it('with no allowance any overrun is a block', () => {
    const r = place({ job: job({ duration_min: 480 }), opts: { overtimeMin: 0 } });
    expect(r.violations.map((v) => v.ruleId)).toEqual(['shift-hours']);
  });
});

// The Jobs and Operatives tables' pure parts: free-text filters where every word must match
// somewhere, the SLA clock per job, certificate expiry, and the short texts their cells show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobView, OperativeView } from '../../../../shared/api/views';
import { EMPTY_JOB_FILTER, filterJobs } from '../../../../renderer/src/views/jobs/filterJobs';
import { slaClock } from '../../../../renderer/src/views/jobs/sla';
import { EXPIRY_WARNING_DAYS, expiryState } from '../../../../renderer/src/views/operatives/operativeCells';
import { tradesText } from '../../../../renderer/src/views/operatives/operativeColumns';
import { filterOperatives } from '../../../../renderer/src/views/operatives/OperativesView';
import { goodFiles, tempWorkspace } from '../../backend/temp-workspace';

let jobs: JobView[];
let operatives: OperativeView[];
let close: () => void;
beforeAll(async () => {
  const ws = await tempWorkspace();
  close = () => ws.close();
  const run = async (name: string, input: unknown) => {
    const r = await ws.dispatch(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.result;
  };
  await run('import/run-csv', goodFiles());
  jobs = (await run('jobs/list', {})) as JobView[];
  operatives = (await run('operatives/list', {})) as OperativeView[];
});
afterAll(() => close());

const refs = (js: readonly JobView[]) => js.map((j) => j.ref);

describe('jobs table', () => {
  it('every word typed must match ref, address, trade, area or owner', () => {
    expect(filterJobs(jobs, EMPTY_JOB_FILTER)).toBe(jobs);
    const gas = filterJobs(jobs, { ...EMPTY_JOB_FILTER, text: 'gas' });
    expect(gas.length).toBeGreaterThan(0);
    expect(gas.every((j) => `${j.ref} ${j.address} ${j.trade} ${j.area} ${j.owner}`.toLowerCase().includes('gas'))).toBe(true);
    const narrowed = filterJobs(jobs, { ...EMPTY_JOB_FILTER, text: `gas ${gas[0]!.area.toLowerCase()}` });
    expect(refs(narrowed)).toContain(gas[0]!.ref);
    expect(narrowed.every((j) => gas.includes(j))).toBe(true);
    expect(filterJobs(jobs, { ...EMPTY_JOB_FILTER, text: 'gas zzz' })).toEqual([]);
  });

  it('priority and status filter exactly', () => {
    const urgent = filterJobs(jobs, { ...EMPTY_JOB_FILTER, priority: 'URGENT' });
    expect(urgent.length).toBeGreaterThan(0);
    expect(urgent.every((j) => j.priority === 'URGENT')).toBe(true);
    expect(filterJobs(jobs, { ...EMPTY_JOB_FILTER, status: 'done' })).toEqual(jobs.filter((j) => j.status === 'done'));
  });

  it('the SLA clock: time left, due soon under a day, overdue; none once closed or without a deadline', () => {
    const job = { sla_deadline: '2027-01-05T08:00', status: 'open' as const };
    expect(slaClock(job, '2027-01-03T08:00')).toEqual({ state: 'ok', minutesLeft: 2880, text: '2d left' });
    expect(slaClock(job, '2027-01-05T07:15')).toEqual({ state: 'due-soon', minutesLeft: 45, text: '45m left' });
    expect(slaClock(job, '2027-01-05T10:00')).toEqual({ state: 'overdue', minutesLeft: -120, text: 'Overdue 2h' });
    expect(slaClock({ ...job, status: 'done' }, '2027-01-05T10:00').state).toBe('closed');
    expect(slaClock({ ...job, sla_deadline: null }, '2027-01-05T10:00').state).toBe('none');
  });
});

describe('operatives table', () => {
  it('filters on id, name, trades, competences and areas, every word', () => {
    const aisha = filterOperatives(operatives, 'aisha gas');
    expect(aisha.map((o) => o.id)).toEqual(['OP-001']);
    expect(filterOperatives(operatives, '   ')).toBe(operatives);
    expect(filterOperatives(operatives, 'gas_safe').every((o) => o.competences.some((c) => c.code === 'GAS_SAFE'))).toBe(true);
  });

  it('certificates: expired, expiring within 30 days, valid, or no expiry', () => {
    expect(expiryState(null, '2027-01-01')).toBe('none');
    expect(expiryState('2026-12-31', '2027-01-01')).toBe('expired');
    expect(expiryState('2027-01-01', '2027-01-01')).toBe('expiring');
    expect(expiryState('2027-01-31', '2027-01-01')).toBe('expiring');
    expect(EXPIRY_WARNING_DAYS).toBe(30);
    expect(expiryState('2027-02-01', '2027-01-01')).toBe('valid');
  });

  it('trades read as "GAS 4 · PLUMB 3"', () => {
    expect(tradesText(operatives.find((o) => o.id === 'OP-001')!)).toBe('GAS 4 · PLUMB 3');
  });
});

// Global search's ranking on the jobs and operatives of a real workspace (the rule-set board).
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardModel } from '../../../../renderer/src/views/diary/boardModel';
import { search, shortAddress } from '../../../../renderer/src/app/search/searchIndex';
import { DAY, loadBoard } from '../views/diary/board-fixture';

let model: BoardModel;
beforeAll(async () => {
  model = await loadBoard();
});
const find = (q: string) => search([...model.jobs.values()], model.operatives, q).map((h) => `${h.kind}:${h.id}`);

describe('global search', () => {
  it('an exact ref first, then refs starting with it', () => {
    expect(find('j-1004')[0]).toBe('job:J-1004');
    expect(find('J-100')).toEqual(['job:J-1002', 'job:J-1003', 'job:J-1004', 'job:J-1005', 'job:J-1006']);
  });

  it('finds a job by a word of its address or its postcode area, an operative by name or id', () => {
    expect(find('cardigan')).toEqual(['job:J-1002']);
    expect(find('LS14')).toEqual(['job:J-1003']);
    expect(find('walter')).toEqual(['operative:OP-7']);
    expect(find('op-3')).toEqual(['operative:OP-3']);
  });

  it('a placed job carries its date (the diary jumps there); an unscheduled one does not', () => {
    const hits = search([...model.jobs.values()], model.operatives, 'J-100');
    expect(hits.find((h) => h.id === 'J-1003')).toMatchObject({ date: DAY, detail: expect.stringContaining('OP-1') });
    expect(hits.find((h) => h.id === 'J-1002')).toMatchObject({ date: null, detail: expect.stringContaining('Unscheduled') });
  });

  it('nothing for an empty query; at most the limit', () => {
    expect(find('  ')).toEqual([]);
    expect(search([...model.jobs.values()], model.operatives, 'e', 3)).toHaveLength(3);
    expect(shortAddress('3 Cardigan Lane, Leeds LS4 2LE')).toBe('3 Cardigan Lane');
  });
});

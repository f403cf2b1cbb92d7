// The operative must not be absent on the date (absence ranges are inclusive).
import type { Absence } from '../domain/types';
import { defineRule } from './define';
import { formatDateRange } from './format';

const KIND_WORDS: Record<Absence['kind'], string> = {
  leave: 'leave',
  sickness: 'sickness',
  training: 'training',
  other: 'other absence',
};

export const absence = defineRule({
  id: 'absence',
  name: 'Absence',
  description: 'The operative is not absent (leave, sickness, training) on the date.',
  owner: 'supervisor',
  severity: 'hard',
  stage: 'day',
  find: ({ facts, date }) => {
    let hits: Absence[] | null = null;
    for (const a of facts.absences) {
      if (a.from > date) break; // sorted by start
      if (a.to >= date) (hits ??= []).push(a);
    }
    return hits;
  },
  reason: (a, { operative }) => {
    const range = formatDateRange(a.from, a.to);
    const why = a.reason.trim() || KIND_WORDS[a.kind];
    return `${operative.name} is absent ${a.from === a.to ? 'on ' : ''}${range} (${why})`;
  },
});

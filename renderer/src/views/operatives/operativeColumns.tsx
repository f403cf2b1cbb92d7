// Column definitions for the Operatives table.
import type { OperativeView } from '../../../../shared/api/views';
import { openKeyColumn } from '../../components/openKeyColumn';
import type { Column } from '../../components/VirtualTable';
import { weekdays } from '../../lib/format';
import { AbsencesCell, CompetencesCell, FlagsCell, absenceSummary, flagText, upcomingAbsences } from './operativeCells';

export function tradesText(o: OperativeView): string {
  return o.trades.map((t) => `${t.trade} ${t.proficiency}`).join(' · ');
}

/** `onOpen`: the id opens the operative's editor (trades, competences, supervisor records, retire). */
export function operativeColumns(today: string, onOpen?: (id: string) => void): Column<OperativeView>[] {
  return [
    openKeyColumn({ id: 'id', header: 'Id', width: 68, key: (o) => o.id, onOpen }),
    {
      id: 'name',
      header: 'Name',
      width: 130,
      grow: 1,
      render: (o) => (o.retired_from ? `${o.name} (retired)` : o.name),
      title: (o) => o.name,
      sortValue: (o) => o.name,
    },
    { id: 'trades', header: 'Trades', width: 150, wrap: true, render: tradesText, title: tradesText, sortValue: tradesText },
    {
      id: 'competences',
      header: 'Competences',
      width: 240,
      wrap: true,
      grow: 1,
      render: (o) => <CompetencesCell competences={o.competences} today={today} />,
      title: (o) => o.competences.map((c) => (c.expires ? `${c.code} (expires ${c.expires})` : c.code)).join('\n'),
      sortValue: (o) => o.competences.map((c) => c.code).join(' '),
    },
    { id: 'shift', header: 'Shift', width: 92, render: (o) => `${o.shift_start}–${o.shift_end}`, sortValue: (o) => o.shift_start },
    { id: 'days', header: 'Working days', width: 104, render: (o) => weekdays(o.working_days), sortValue: (o) => o.working_days.length },
    {
      id: 'areas',
      header: 'Areas',
      width: 100,
      wrap: true,
      render: (o) => (o.areas.length ? o.areas.join(', ') : <span className="muted">Anywhere</span>),
      title: (o) => (o.areas.length ? o.areas.join(', ') : 'Anywhere'),
      sortValue: (o) => o.areas.join(' '),
    },
    {
      id: 'absences',
      header: 'Absences',
      width: 180,
      wrap: true,
      render: (o) => <AbsencesCell absences={o.absences} today={today} />,
      title: (o) => absenceSummary(o.absences, today),
      sortValue: (o) => upcomingAbsences(o.absences, today)[0]?.from ?? null,
    },
    {
      id: 'flags',
      header: 'Flags',
      width: 290,
      wrap: true,
      grow: 1,
      render: (o) => <FlagsCell flags={o.flags} />,
      title: (o) => o.flags.map(flagText).join('\n') || undefined,
      sortValue: (o) => o.flags.length || null,
    },
  ];
}

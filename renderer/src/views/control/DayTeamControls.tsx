// The date and team a daily touchpoint (start-of-day briefing, end-of-day close-out) is for, and
// the button that hands it out as a PDF.
import { useState } from 'react';
import { api } from '../../api/client';
import { useAction } from '../../hooks/useAction';
import { useResource } from '../../hooks/useResource';
import { saveBase64 } from '../../lib/download';
import { Options } from '../../components/Options';

export interface DayTeam {
  date: string;
  setDate: (d: string) => void;
  team: string;
  setTeam: (t: string) => void;
  /** The teams people belong to, sorted. */
  teams: string[];
}

export function useDayTeam(focus: string): DayTeam {
  const [date, setDate] = useState(focus);
  const [team, setTeam] = useState('');
  const people = useResource(() => api('access/list-people', {}), []);
  const teams = [...new Set((people.data ?? []).map((p) => p.team).filter((t): t is string => Boolean(t)))].sort();
  return { date, setDate, team, setTeam, teams };
}

interface Props {
  day: DayTeam;
  pdfLabel: string;
  makePdf: (input: { date: string; team?: string }) => Promise<{ file_name: string; pdf_base64: string }>;
}

export function DayTeamControls({ day, pdfLabel, makePdf }: Props) {
  const { run } = useAction();
  const pdf = async () => {
    await run(async () => {
      const r = await makePdf(day.team ? { date: day.date, team: day.team } : { date: day.date });
      saveBase64(r.file_name, r.pdf_base64, 'application/pdf');
    });
  };
  return (
    <div className="signoff-actions">
      <label>
        Date <input type="date" value={day.date} onChange={(e) => day.setDate(e.target.value)} />
      </label>
      <label>
        Team{' '}
        <select value={day.team} onChange={(e) => day.setTeam(e.target.value)}>
          <option value="">Everyone</option>
          <Options items={day.teams} />
        </select>
      </label>
      <button type="button" onClick={() => void pdf()}>
        {pdfLabel}
      </button>
    </div>
  );
}

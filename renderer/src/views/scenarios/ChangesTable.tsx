import type { ApiOutput } from '../../../../shared/api/contract';
import { ColumnHeads } from '../../components/ColumnHeads';

type Change = ApiOutput<'scenario/compare'>['changes'][number];
type Slot = Change['a'];

const slot = (s: Slot) => (s ? `${s.operative} · ${s.date} · ${s.start}` : 'Unscheduled');

function kind(c: Change): string {
  if (!c.a) return 'Added';
  if (!c.b) return 'Removed';
  if (c.a.operative !== c.b.operative) return 'Other operative';
  if (c.a.date !== c.b.date) return 'Other day';
  return 'Re-timed';
}

export function ChangesTable({ changes, a, b }: { changes: Change[]; a: string; b: string }) {
  if (changes.length === 0) return <p>No job is placed differently.</p>;
  return (
    <table className="simple-table" aria-label="Differing jobs">
      <ColumnHeads names={['Ref', 'Change', a, b]} />
      <tbody>
        {changes.slice(0, 500).map((c) => (
          <tr key={c.ref} data-job-ref={c.ref}>
            <td>{c.ref}</td>
            <td>{kind(c)}</td>
            <td>{slot(c.a)}</td>
            <td>{slot(c.b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

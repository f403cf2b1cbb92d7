// One bar chart comparing plan A with plan B per category (recharts), with a visible caption.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface PairRow {
  key: string;
  A: number;
  B: number;
}

export function PairBarChart({
  title,
  rows,
  a,
  b,
  integers = false,
}: {
  title: string;
  rows: PairRow[];
  a: string;
  b: string;
  integers?: boolean;
}) {
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="key" />
          <YAxis allowDecimals={!integers} />
          <Tooltip />
          <Legend />
          <Bar dataKey="A" name={a} fill="var(--chart-a)" />
          <Bar dataKey="B" name={b} fill="var(--chart-b)" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

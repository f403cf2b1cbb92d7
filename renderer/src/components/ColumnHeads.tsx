// A table's header row from a list of column names, each a column header for assistive tech.
export function ColumnHeads({ names }: { names: readonly string[] }) {
  return (
    <thead>
      <tr>
        {names.map((h, i) => (
          // By position: two compared plans may share a name.
          <th key={i} scope="col">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

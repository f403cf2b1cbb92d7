// From / To date inputs for a report range.
export interface DateRange {
  from: string;
  to: string;
}

export function RangeInputs({ range, onChange }: { range: DateRange; onChange: (r: DateRange) => void }) {
  return (
    <div className="actuals-range">
      <label>
        From <input type="date" value={range.from} onChange={(e) => onChange({ ...range, from: e.target.value })} />
      </label>
      <label>
        To <input type="date" value={range.to} onChange={(e) => onChange({ ...range, to: e.target.value })} />
      </label>
    </div>
  );
}

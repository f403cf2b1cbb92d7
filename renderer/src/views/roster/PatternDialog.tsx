// The pattern editor: a weekly pattern or a rotation (presets: alternate Saturdays, 4 on 4 off,
// a two-week on-call rota), applied to chosen operatives over a date range. Lists the chosen
// operatives' patterns so one can be removed. Later patterns layer over earlier ones.
import { ColumnHeads } from '../../components/ColumnHeads';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { addDays } from '../../../../shared/calendar';
import { WEEKDAYS } from '../../../../shared/domain/schemas';
import { PRESET_IDS, PRESET_LABELS, preset, type DaySpec, type PresetId, type RosterPattern } from '../../../../shared/roster';
import { Dialog, DialogActions } from '../../components/Dialog';
import { dateSpan, shortDay } from '../../lib/format';
import { DaySpecRow } from './DaySpecRow';
import type { GridOperative } from './RosterGrid';
import { dropoutSentence, type RunRosterAction } from './useRosterActions';
import { Options } from '../../components/Options';

interface Props {
  operatives: readonly GridOperative[];
  initial: readonly string[];
  from: string;
  patterns: readonly RosterPattern[];
  run: RunRosterAction;
  onClose: () => void;
}

const INHERIT: DaySpec = { work: null, on_call: null };

export function PatternDialog({ operatives, initial, from: rangeFrom, patterns, run, onClose }: Props) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set(initial));
  const [filter, setFilter] = useState('');
  const [presetId, setPresetId] = useState<PresetId>('weekly');
  const first = preset('weekly', rangeFrom);
  const [name, setName] = useState(first.name);
  const [kind, setKind] = useState(first.kind);
  const [anchor, setAnchor] = useState(first.anchor);
  const [days, setDays] = useState<DaySpec[]>(first.days);
  const [from, setFrom] = useState(rangeFrom);
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);

  const choosePreset = (id: PresetId) => {
    const p = preset(id, from);
    setPresetId(id);
    setName(p.name);
    setKind(p.kind);
    setAnchor(p.anchor);
    setDays(p.days);
  };
  const setLength = (n: number) => setDays((d) => Array.from({ length: n }, (_, i) => d[i] ?? INHERIT));
  const chooseKind = (k: RosterPattern['kind']) => {
    setKind(k);
    if (k === 'weekly') setLength(7);
  };
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return operatives.filter(
      (o) =>
        selected.has(o.id) ||
        !needle ||
        o.name.toLowerCase().includes(needle) ||
        o.id.toLowerCase().includes(needle) ||
        o.trades.some((t) => t.toLowerCase() === needle),
    );
  }, [operatives, filter, selected]);
  const mine = patterns.filter((p) => selected.has(p.operative_id));
  const nameOf = (id: string) => operatives.find((o) => o.id === id)?.name ?? id;
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const apply = async () => {
    setBusy(true);
    const r = await run(
      () =>
        api('roster/apply-pattern', {
          operative_ids: [...selected],
          name,
          kind,
          anchor: kind === 'rotation' ? anchor : undefined,
          from,
          to: to || null,
          days,
        }),
      (res) =>
        `Applied "${name}" to ${res.patterns.length} operative${res.patterns.length === 1 ? '' : 's'} from ${from}.${dropoutSentence(res.dropouts)}`,
    );
    setBusy(false);
    if (r) onClose();
  };
  const remove = (p: RosterPattern) =>
    void run(
      () => api('roster/delete-pattern', { id: p.id }),
      (res) => `Removed "${p.name}" from ${nameOf(p.operative_id)}.${dropoutSentence(res.dropouts)}`,
    );

  const label = (i: number) => (kind === 'weekly' ? WEEKDAYS[i]! : `Day ${i + 1} · ${shortDay(addDays(anchor, i))}`);
  return (
    <Dialog
      title="Working pattern"
      onClose={onClose}
      className="roster-dialog pattern-dialog"
      actions={
        <DialogActions
          onCancel={onClose}
          label={`Apply to ${selected.size} operative${selected.size === 1 ? '' : 's'}`}
          busyLabel="Applying…"
          busy={busy}
          disabled={busy || selected.size === 0 || !name.trim()}
          onAction={apply}
        />
      }
    >
      <div className="pattern-grid">
        <fieldset className="field-group pattern-who">
          <legend>Operatives</legend>
          <input
            type="search"
            aria-label="Find operatives"
            placeholder="Name, id or trade"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <ul className="pattern-ops">
            {shown.map((o) => (
              <li key={o.id}>
                <label className="inline">
                  <input type="checkbox" checked={selected.has(o.id)} onChange={() => toggle(o.id)} /> {o.name}{' '}
                  <span className="muted mono">{o.id}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="pattern-what">
          <div className="field-row">
            <label>
              Start from
              <select aria-label="Start from" value={presetId} onChange={(e) => choosePreset(e.target.value as PresetId)}>
                <Options items={PRESET_IDS} label={(id) => PRESET_LABELS[id]} />
              </select>
            </label>
            <label>
              Name <input type="text" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
            </label>
          </div>
          <div className="field-row">
            <label>
              Kind
              <select aria-label="Kind" value={kind} onChange={(e) => chooseKind(e.target.value as RosterPattern['kind'])}>
                <option value="weekly">Weekly</option>
                <option value="rotation">Rotation</option>
              </select>
            </label>
            {kind === 'rotation' && (
              <>
                <label>
                  Cycle days{' '}
                  <input
                    type="number"
                    min={1}
                    max={56}
                    value={days.length}
                    onChange={(e) => setLength(Math.min(56, Math.max(1, Number(e.target.value) || 1)))}
                  />
                </label>
                <label>
                  Day 1 is <input type="date" value={anchor} onChange={(e) => e.target.value && setAnchor(e.target.value)} />
                </label>
              </>
            )}
          </div>
          <div className="field-row">
            <label>
              From <input type="date" value={from} required onChange={(e) => e.target.value && setFrom(e.target.value)} />
            </label>
            <label>
              To <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            </label>
            <span className="muted">Leave To empty for no end.</span>
          </div>
          <div className="spec-wrap">
            <table className="spec-table">
              <ColumnHeads names={['Day', 'Work', 'Hours', 'On call']} />
              <tbody>
                {days.map((spec, i) => (
                  <DaySpecRow key={i} label={label(i)} spec={spec} onChange={(s) => setDays((d) => d.map((x, j) => (j === i ? s : x)))} />
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
      {mine.length > 0 && (
        <section aria-label="Patterns already applied">
          <h3 className="pattern-h">Already applied (later ones win)</h3>
          <ul className="pattern-list">
            {mine.map((p) => (
              <li key={p.id}>
                <span>
                  <strong>{p.name}</strong> — {nameOf(p.operative_id)}, {p.kind}, {p.to ? dateSpan(p.from, p.to) : `from ${p.from}`}
                </span>
                <button type="button" onClick={() => remove(p)} aria-label={`Remove ${p.name} from ${nameOf(p.operative_id)}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  );
}

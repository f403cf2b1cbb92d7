// Reads a Chromium trace (profile-drop.ts) and, inside each 'diary-move-stored' measure, tells what
// the page's main thread did: each top-level task in order (with its longest named parts), totals by
// kind, and the functions the sampler saw most (self time).

interface Ev {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: Record<string, unknown>;
}

interface Node {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

const KINDS = [
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'V8.GC_SCAVENGER',
  'MinorGC',
  'MajorGC',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'ResourceReceiveResponse',
  'XHRReadyStateChange',
  'ParseHTML',
  'HitTest',
];

export function summariseTrace(trace: { traceEvents: unknown[] }): string {
  const evs = trace.traceEvents as Ev[];
  const main = evs.find((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain');
  if (!main) return 'no renderer main thread in the trace';
  const onMain = evs.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const begins = evs.filter((e) => e.name === 'diary-move-stored' && (e.ph === 'b' || e.ph === 'B'));
  const ends = evs.filter((e) => e.name === 'diary-move-stored' && (e.ph === 'e' || e.ph === 'E'));
  const windows = begins.map((b, i) => ({ start: b.ts, end: ends[i]?.ts ?? b.ts }));
  const samples = cpuSamples(evs, main.pid);
  const lines: string[] = [];
  const totals = new Map<string, number>();
  const fnTotals = new Map<string, number>();
  const cpuTotals: number[] = [];
  windows.forEach((w, i) => {
    const tasks = onMain.filter(
      (e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts + (e.dur ?? 0) > w.start && e.ts < w.end,
    );
    // Thread time (tdur): what the page's own work cost, whatever else the machine was running.
    const cpu = tasks.reduce((sum, t) => sum + ((t as { tdur?: number }).tdur ?? 0) / 1000, 0);
    cpuTotals.push(cpu);
    lines.push(`\ndrop ${i}: ${((w.end - w.start) / 1000).toFixed(1)} ms, main thread busy ${cpu.toFixed(1)} ms (thread time)`);
    for (const t of tasks) {
      const d = (t.dur ?? 0) / 1000;
      if (d < 1) continue;
      const inner = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && KINDS.includes(e.name));
      const parts = new Map<string, number>();
      for (const e of inner) {
        const k = e.name === 'EventDispatch' ? `EventDispatch(${(e.args?.data as { type?: string })?.type ?? ''})` : e.name;
        parts.set(k, (parts.get(k) ?? 0) + (e.dur ?? 0) / 1000);
      }
      const top = [...parts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', ');
      const td = ((t as { tdur?: number }).tdur ?? 0) / 1000;
      lines.push(
        `  +${((t.ts - w.start) / 1000).toFixed(1).padStart(6)} task ${d.toFixed(1).padStart(5)} ms (cpu ${td.toFixed(1)}): ${top}`,
      );
      if (d >= Number(process.env.TRACE_TASK_MS ?? 4)) {
        const incl = new Map<string, number>();
        for (const s of samples) {
          if (s.ts < t.ts || s.ts > t.ts + (t.dur ?? 0)) continue;
          for (const f of s.stack)
            if (!process.env.TRACE_COMPONENTS || /^([A-Z]|use)/.test(f)) incl.set(f, (incl.get(f) ?? 0) + s.dt / 1000);
        }
        const list = [...incl]
          .sort((a, b) => b[1] - a[1])
          .slice(0, Number(process.env.TRACE_FNS ?? 14))
          .map(([k, v]) => `${k} ${v.toFixed(1)}`);
        lines.push(`           incl: ${list.join(', ')}`);
      }
    }
    for (const e of onMain) {
      if (!KINDS.includes(e.name) || e.ts < w.start || e.ts > w.end) continue;
      totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    for (const s of samples) if (s.ts >= w.start && s.ts <= w.end) fnTotals.set(s.fn, (fnTotals.get(s.fn) ?? 0) + s.dt / 1000);
  });
  const n = Math.max(1, windows.length);
  const sorted = cpuTotals.slice(1).sort((a, b) => a - b);
  lines.push(
    `\nmain thread busy per drop (thread time, warm median): ${(sorted[Math.floor(sorted.length / 2)] ?? NaN).toFixed(1)} ms; first drop ${(cpuTotals[0] ?? NaN).toFixed(1)} ms`,
  );
  lines.push(
    `\nper drop, by kind (ms, nested kinds overlap): ${[...totals]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${(v / n).toFixed(1)}`)
      .join(', ')}`,
  );
  lines.push('per drop, sampled self time by function (ms):');
  for (const [k, v] of [...fnTotals].sort((a, b) => b[1] - a[1]).slice(0, 40)) lines.push(`  ${(v / n).toFixed(2).padStart(6)} ${k}`);
  return lines.join('\n');
}

function cpuSamples(evs: Ev[], pid: number): { ts: number; fn: string; dt: number; stack: string[] }[] {
  const nodes = new Map<number, Node>();
  const out: { ts: number; fn: string; dt: number; stack: string[] }[] = [];
  const profiles = new Map<string, number>(); // profile id → current time
  for (const e of evs) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') profiles.set(String(e.id), (e.args?.data as { startTime: number }).startTime);
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: Node[]; samples?: number[] }; timeDeltas?: number[] };
    for (const nd of data.cpuProfile?.nodes ?? []) nodes.set(nd.id, nd);
    let t = profiles.get(String(e.id)) ?? 0;
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const dt = deltas[i] ?? 0;
      t += dt;
      const nd = nodes.get(samples[i]!);
      if (!nd) continue;
      const cf = nd.callFrame;
      const file = (cf.url ?? '').split('/').pop() ?? '';
      const stack = new Set<string>();
      for (let p: Node | undefined = nd; p; p = p.parent === undefined ? undefined : nodes.get(p.parent))
        if (p.callFrame.functionName) stack.add(p.callFrame.functionName);
      out.push({
        ts: t,
        fn: `${cf.functionName || '(anonymous)'} ${file}:${cf.lineNumber + 1}`,
        dt: Math.max(0, deltas[i + 1] ?? dt),
        stack: [...stack],
      });
    }
    profiles.set(String(e.id), t);
  }
  return out;
}

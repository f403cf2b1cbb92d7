// The version in force: the published plan pack an operative worked from. Plan versus actual
// compares against it, never against the live diary (which may have moved since).
//   - a version given on the row is used as given (it must have been published);
//   - no version given: the latest version whose range covers the visit's date.
export interface VersionSpan {
  version: number;
  from: string;
  to: string;
}

export type VersionChoice = { ok: true; version: number } | { ok: false; message: string };

export function versionInForce(spans: readonly VersionSpan[], date: string, given: number | null): VersionChoice {
  if (given !== null) {
    if (spans.some((s) => s.version === given)) return { ok: true, version: given };
    const latest = spans.reduce((m, s) => Math.max(m, s.version), 0);
    return {
      ok: false,
      message:
        latest === 0
          ? `version ${given} was never published (nothing is published yet)`
          : `version ${given} was never published (the latest is ${latest})`,
    };
  }
  let best: VersionSpan | null = null;
  for (const s of spans) if (s.from <= date && date <= s.to && (!best || s.version > best.version)) best = s;
  if (best) return { ok: true, version: best.version };
  return {
    ok: false,
    message: `no published version covers ${date}: publish the plan for that day first, or give the version the visit was worked from`,
  };
}

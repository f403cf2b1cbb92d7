// Checks parsed actuals against the workspace: the job, the operative, the version in force
// and that the job is in it, the reason list, duplicates within one file, follow-on trades,
// and the no-access policy's protected categories. Every problem names its line and column.
import { q, sortErrors, type CsvError } from '../csv/errors';
import { protectedCategories, type CategoryJob } from './categories';
import type { ActualInput, ActualsPolicy, ResolvedActual } from './schemas';
import { visitKey } from './schemas';
import { versionInForce, type VersionSpan } from './version-in-force';

export interface ActualsContext {
  /** Every job ref in the workspace. */
  jobs: ReadonlySet<string>;
  /** What the no-access policy looks at for a job (read only for cancellations). */
  categoryJob(ref: string): CategoryJob | undefined;
  operatives: ReadonlySet<string>;
  /** Trades some operative holds: a follow-on must be workable by someone. */
  trades: ReadonlySet<string>;
  versions: readonly VersionSpan[];
  /** Refs frozen in a version's diary. */
  refsIn(version: number): ReadonlySet<string>;
  policy: ActualsPolicy;
}

export interface ValidatedActuals {
  rows: ResolvedActual[];
  lines: number[];
  errors: CsvError[];
}

export function validateActuals(parsed: { rows: readonly ActualInput[]; lines: readonly number[] }, file: string, ctx: ActualsContext) {
  const errors: CsvError[] = [];
  const rows: ResolvedActual[] = [];
  const lines: number[] = [];
  const seen = new Map<string, number>();
  const reasons = new Set(ctx.policy.reasons.map((r) => r.code));
  const spanOf = new Map(ctx.versions.map((v) => [v.version, v]));
  // A file holds a few dozen dates: resolve each (date, version given) once.
  const choices = new Map<string, ReturnType<typeof versionInForce>>();

  parsed.rows.forEach((a, i) => {
    const line = parsed.lines[i]!;
    const before = errors.length;

    const key = visitKey(a);
    const first = seen.get(key);
    if (first !== undefined) fail(errors, file, line, 'ref', `duplicate row: ${a.ref} on ${a.date} is already on line ${first}`);
    else seen.set(key, line);

    const known = ctx.jobs.has(a.ref);
    if (!known) fail(errors, file, line, 'ref', `unknown ref ${q(a.ref)}: no job with this ref`);
    if (!ctx.operatives.has(a.operative_id)) fail(errors, file, line, 'operative_id', `unknown operative ${q(a.operative_id)}`);
    if (a.reason !== null && !reasons.has(a.reason))
      fail(errors, file, line, 'reason', `unknown reason ${q(a.reason)} (the reason list has ${[...reasons].join(', ')})`);
    if (a.follow_on_trade !== null && !ctx.trades.has(a.follow_on_trade))
      fail(errors, file, line, 'follow_on_trade', `follow_on_trade ${q(a.follow_on_trade)}: no operative has this trade`);

    const choiceKey = `${a.date}|${a.version ?? ''}`;
    let choice = choices.get(choiceKey);
    if (!choice) choices.set(choiceKey, (choice = versionInForce(ctx.versions, a.date, a.version)));
    if (!choice.ok) fail(errors, file, line, 'version', choice.message);
    else if (known && !ctx.refsIn(choice.version).has(a.ref)) {
      const span = spanOf.get(choice.version)!;
      const which = a.version === null ? `version ${choice.version}, the latest covering ${a.date}` : `version ${choice.version}`;
      fail(
        errors,
        file,
        line,
        'ref',
        `${a.ref} is not in ${which} (published for ${span.from} to ${span.to}): give the version the visit was worked from`,
      );
    }

    const cancelledForNoAccess =
      known && a.outcome === 'CANCELLED' && a.reason !== null && ctx.policy.no_access.no_access_reasons.includes(a.reason);
    if (cancelledForNoAccess) {
      const kept = protectedCategories(ctx.categoryJob(a.ref)!, ctx.policy.no_access.never_cancel);
      if (kept.length > 0)
        fail(
          errors,
          file,
          line,
          'outcome',
          `${a.ref} is ${kept.join(' and ')} work, never cancelled for no access: record NO_ACCESS (after ${ctx.policy.no_access.escalate_after} attempts the supervisor is told)`,
        );
    }

    if (errors.length === before && choice.ok) {
      rows.push({ ...a, version_in_force: choice.version });
      lines.push(line);
    }
  });
  return { rows, lines, errors: sortErrors(errors) } satisfies ValidatedActuals;
}

function fail(errors: CsvError[], file: string, line: number, field: string, message: string): void {
  errors.push({ file, line, field, message });
}

// Per-operative printable run sheet: one page per day, visits in order, with space to write
// the outcome. Static HTML with inline styles and no script; a CSP meta keeps it inert.
import { formatLongDate, weekdayOf } from '../calendar/dates';
import type { PackIdentity, PackJob, PackOperative, PackVisit } from './plan-model';

const STYLE = `
body{font:11pt/1.35 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#111;margin:16px}
h1{font-size:15pt;margin:0 0 2px}
.meta{color:#444;margin:0 0 10px;font-size:9.5pt}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eee;font-size:9.5pt}
td.n{text-align:right;white-space:nowrap}
.notes{font-size:9.5pt;color:#333}
.day{page-break-after:always;break-after:page}
.day:last-child{page-break-after:auto;break-after:auto}
footer{margin-top:8px;font-size:8.5pt;color:#555}
@media print{body{margin:0}}
`.trim();

export function runsheetHtml(
  op: PackOperative,
  visits: readonly PackVisit[],
  jobs: ReadonlyMap<string, PackJob>,
  id: PackIdentity,
): string {
  const days = new Map<string, PackVisit[]>();
  for (const v of visits) {
    const list = days.get(v.date);
    if (list) list.push(v);
    else days.set(v.date, [v]);
  }
  const sections = [...days].map(([date, list]) => daySection(op, date, list, jobs, id)).join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(`Run sheet — ${op.name} (${op.id}) — plan version ${id.version}`)}</title>
<style>${STYLE}</style>
</head>
<body>
${sections}
</body>
</html>
`;
}

function daySection(
  op: PackOperative,
  date: string,
  visits: readonly PackVisit[],
  jobs: ReadonlyMap<string, PackJob>,
  id: PackIdentity,
): string {
  const rows = visits
    .map((v) => {
      const j = jobs.get(v.ref);
      if (!j) throw new Error(`run sheet: job ${v.ref} is not in the plan`);
      const work = `${j.trade} · ${j.priority} · window ${j.window} · ${j.duration_min} min`;
      const extra = [j.competences.length ? `Needs ${j.competences.join(', ')}` : '', j.notes].filter(Boolean).join(' — ');
      return `<tr><td class="n">${v.sequence + 1}</td><td class="n">${esc(v.start.slice(11))}–${esc(v.end.slice(11))}</td><td>${esc(j.ref)}</td><td>${esc(j.address)}</td><td>${esc(work)}<div class="notes">${esc(extra)}</div></td><td>☐ Done ☐ No access ☐ Follow-on<br>Notes:</td></tr>`;
    })
    .join('\n');
  return `<section class="day">
<h1>${esc(`${op.name} (${op.id}) — ${weekdayOf(date)} ${formatLongDate(date)}`)}</h1>
<p class="meta">${esc(`Shift ${op.shift_start}–${op.shift_end} · ${visits.length} visit${visits.length === 1 ? '' : 's'} · plan version ${id.version}, ${id.from} to ${id.to} · pack ${id.pack_id}`)}</p>
<table>
<thead><tr><th>#</th><th>Time</th><th>Job</th><th>Address</th><th>Work</th><th>Outcome</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<footer>Changes to this sheet follow change-policy.json in the pack. Log every deviation with a reason.</footer>
</section>`;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

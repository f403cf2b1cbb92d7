// The start-up error page: served instead of the app when the workspace could not be opened
// (damaged, emptied, foreign…). It says what is wrong in plain words and offers the same
// restore as `planwright backup restore`: one plain HTML form per backup, posted with the
// per-launch token (filled in from the URL fragment by recovery.js: no inline script under the CSP).
import type http from 'node:http';
import type { Dispatch } from '../../shared/api/bridge';
import { logError } from '../backend/error-log';
import { tokensMatch } from './token';
import { CSP } from './static-files';

export interface RestorableBackup {
  id: string;
  /** When it was taken, in words. */
  taken: string;
  bytes: number;
}

export interface StartupProblem {
  /** What is wrong and what to do, in plain words. */
  message: string;
  /** Backups that pass quick_check, newest first. */
  backups: RestorableBackup[];
  /** Restores backup `id` (setting aside what it replaces) and opens the workspace. */
  restore(id: string): Promise<Dispatch>;
}

export interface RecoveryContext {
  token: string;
  problem: StartupProblem;
  onRestored(dispatch: Dispatch): void;
}

const MAX_FORM_BYTES = 4096;

export function handleRecovery(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, ctx: RecoveryContext): void {
  if (pathname === '/recovery/restore') {
    if (req.method !== 'POST') return page(res, 405, 'Method not allowed', '<p>Use the buttons on the start-up page.</p>');
    return readForm(req, res, (form) => restore(res, form, ctx));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return page(res, 405, 'Method not allowed', '<p>Method not allowed.</p>');
  if (pathname === '/recovery.js') return script(res);
  return page(res, 503, 'Planwright: the workspace could not be opened', problemBody(ctx.problem));
}

function problemBody(problem: StartupProblem): string {
  const rows = problem.backups
    .map(
      (b, i) => `<tr><td>${esc(b.id)}${i === 0 ? ' (newest)' : ''}</td><td>${esc(b.taken)}</td><td>${Math.round(b.bytes / 1024)} KB</td><td>
<form method="post" action="/recovery/restore"><input type="hidden" name="token" value=""><input type="hidden" name="from" value="${esc(b.id)}">
<button type="submit">Restore backup ${esc(b.id)}</button></form></td></tr>`,
    )
    .join('\n');
  const backups = problem.backups.length
    ? `<p>Restoring puts the backup in place of the workspace file; the file it replaces is kept beside the backups.</p>
<table aria-label="Backups"><thead><tr><th scope="col">Backup</th><th scope="col">Taken</th><th scope="col">Size</th><th scope="col"></th></tr></thead>
<tbody>${rows}</tbody></table>`
    : '<p>There are no backups of this workspace to restore.</p>';
  return `<h1>The workspace could not be opened</h1>
<p role="alert">${esc(problem.message)}</p>
<h2>Restore a backup</h2>
${backups}`;
}

function restore(res: http.ServerResponse, form: URLSearchParams, ctx: RecoveryContext): void {
  if (!tokensMatch(ctx.token, form.get('token') ?? undefined)) {
    return page(res, 401, 'Not allowed', '<p role="alert">Missing or wrong Planwright token: open the address Planwright printed.</p>');
  }
  const id = form.get('from') ?? '';
  if (!ctx.problem.backups.some((b) => b.id === id)) {
    return page(res, 400, 'No such backup', `<p role="alert">There is no backup ${esc(id)}.</p><p><a href="/">Back</a></p>`);
  }
  ctx.problem.restore(id).then(
    (dispatch) => {
      ctx.onRestored(dispatch);
      res.writeHead(303, { location: `/#token=${ctx.token}`, 'cache-control': 'no-store' });
      res.end();
    },
    (e: unknown) => {
      const log = logError(`restore of backup ${id} from the start-up page failed`, e);
      page(
        res,
        409,
        'Restore failed',
        `<h1>The backup could not be restored</h1><p role="alert">${esc((e as Error)?.message ?? String(e))}</p>${
          log ? `<p>Details are in ${esc(log)}.</p>` : ''
        }<p><a href="/">Back</a></p>`,
      );
    },
  );
}

function readForm(req: http.IncomingMessage, res: http.ServerResponse, then: (form: URLSearchParams) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size > MAX_FORM_BYTES) {
      page(res, 413, 'Too large', '<p>Form too large.</p>');
      req.destroy();
    } else chunks.push(c);
  });
  req.on('end', () => {
    if (!res.headersSent) then(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
  });
}

const SCRIPT = `// Fills the per-launch token from the address into the restore forms.
var m = /(?:^|[#&])token=([A-Za-z0-9_-]+)/.exec(location.hash);
var t = m ? m[1] : sessionStorage.getItem('planwright.token') || '';
document.querySelectorAll('input[name="token"]').forEach(function (i) { i.value = t; });
`;

function script(res: http.ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/javascript; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(SCRIPT);
}

function page(res: http.ServerResponse, status: number, title: string, body: string): void {
  if (res.headersSent) return;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><script src="/recovery.js" defer></script>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}td,th{padding:.3rem .8rem;text-align:left}</style>
</head><body><main>${body}</main></body></html>`;
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(html);
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

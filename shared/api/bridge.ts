// The one call shape every transport carries — the desktop preload → IPC → main process, the
// browser's HTTP → loopback host, and the CLI — declared once so the compiler catches a dropped
// argument anywhere along the way. Pure types and checks: used by shell, backend and renderer.
import { commandEnvelopeSchema, type CommandEnvelope } from './command';
import type { ApiResponse } from './errors';

/**
 * Who is asking, and on which plan. Travels beside the input on every call.
 * - `scenario`: a what-if scenario's name; null for the live plan.
 * - `actor`: who makes the change — one id per app window (`window:<random>`), `user:<OS user>`
 *   for the CLI. Undo and redo take the actor's own steps. Issue 15 (people and roles) and
 *   issue 17 (command log) build on this field; it identifies, it does not authenticate.
 */
export interface CallScope {
  scenario: string | null;
  actor: string;
  /**
   * The command this write replays (issue 17: team sync). Absent on an ordinary local call:
   * the dispatcher then makes a fresh one (new UUID v7, this actor, now).
   */
  command?: CommandEnvelope;
}

/** The single dispatch signature: preload, IPC handler, host and backend all use it. */
export type Dispatch = (name: string, input: unknown, scope: CallScope) => Promise<ApiResponse>;

export const MENU_COMMANDS = ['undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What the desktop preload exposes as `window.planwright`; the renderer's transport reads the same type. */
export interface PlanwrightBridge {
  invoke: Dispatch;
  /** Subscribe to native menu commands (Undo/Redo); returns an unsubscribe function. */
  onMenu(callback: (command: MenuCommand) => void): () => void;
}

/** The actor a call without one is attributed to (tests, scripts calling the dispatcher directly). */
export const LOCAL_ACTOR = 'local';

const MAX_SCOPE_TEXT = 100;
// No control characters; the rest (spaces, accents in an OS user name) is allowed.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A scenario name or actor id as carried on the wire: 1–100 printable characters. */
export function isScopeText(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0 && x.length <= MAX_SCOPE_TEXT && x.trim() === x && !CONTROL.test(x);
}

/**
 * Checks a scope that crossed a trust boundary (IPC argument, HTTP headers). Returns the scope,
 * or a message saying what is wrong with it.
 */
export function parseCallScope(raw: unknown): { ok: true; scope: CallScope } | { ok: false; message: string } {
  if (raw === undefined || raw === null) return { ok: true, scope: { scenario: null, actor: LOCAL_ACTOR } };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: 'call scope must be an object { scenario, actor }' };
  const { scenario, actor, command } = raw as { scenario?: unknown; actor?: unknown; command?: unknown };
  if (scenario !== undefined && scenario !== null && !isScopeText(scenario))
    return { ok: false, message: 'scenario must be a name of 1–100 printable characters, or null for the live plan' };
  if (actor !== undefined && actor !== null && !isScopeText(actor))
    return { ok: false, message: 'actor must be an id of 1–100 printable characters' };
  const parsedCommand = command === undefined || command === null ? null : commandEnvelopeSchema.safeParse(command);
  if (parsedCommand && !parsedCommand.success) {
    const issue = parsedCommand.error.issues[0];
    return { ok: false, message: `command.${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}` };
  }
  return {
    ok: true,
    scope: {
      scenario: (scenario as string | null | undefined) ?? null,
      actor: (actor as string | null | undefined) ?? LOCAL_ACTOR,
      ...(parsedCommand ? { command: parsedCommand.data } : {}),
    },
  };
}

// Stack traces belong in a file, not in front of the user: PLANWRIGHT_HOME/logs/planwright-<date>.log.
// Writing the log never throws — a failing log must not hide the error it was reporting.
import fs from 'node:fs';
import path from 'node:path';
import { planwrightHome } from './paths';

export function logDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(planwrightHome(env), 'logs');
}

/** Appends `err` (with its stack) under `context`; returns the log file, or null if it could not be written. */
export function logError(context: string, err: unknown, env: NodeJS.ProcessEnv = process.env): string | null {
  const now = new Date();
  const file = path.join(logDir(env), `planwright-${now.toISOString().slice(0, 10)}.log`);
  const detail = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  const line = `[${now.toISOString()}] pid ${process.pid} ${context}${typeof code === 'string' ? ` (${code})` : ''}\n${detail}\n\n`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.appendFileSync(file, line);
    return file;
  } catch {
    return null;
  }
}

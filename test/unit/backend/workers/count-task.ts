// A small task for the worker tests: counts up, reporting progress, until done or cancelled.
import type { TaskContext } from '../../../../electron/backend/workers/run-task';

export async function run(
  input: { to: number; delayMs: number; fail?: boolean },
  ctx: TaskContext<number>,
): Promise<{ reached: number; cancelled: boolean }> {
  if (input.fail) throw new Error('bad instance: no operatives');
  let i = 0;
  for (; i < input.to; i++) {
    if (ctx.cancelled()) return { reached: i, cancelled: true };
    ctx.progress(i);
    await new Promise((r) => setTimeout(r, input.delayMs));
  }
  return { reached: i, cancelled: false };
}

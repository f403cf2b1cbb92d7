// Clocks every thread of a run reads alike: the wall clock as absolute milliseconds (each
// thread's performance.now() has its own origin, performance.timeOrigin + now() does not), or
// the process's CPU time shared out over the threads ("as if each thread had a core to itself"),
// for measuring on a machine busy with other work.
export type ClockKind = 'wall' | 'cpu';

export function clockOf(kind: ClockKind, threads: number): () => number {
  if (kind === 'wall') return () => performance.timeOrigin + performance.now();
  return () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000 / threads;
  };
}

/** CPU milliseconds this process has used (every thread). */
export function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

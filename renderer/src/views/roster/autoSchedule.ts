// HOOK for the auto-scheduler (shared/solver, being built separately): once it offers a call
// that re-places a given set of jobs, point `rescheduleRefs` at it and the drop-outs panel's
// "Re-run auto-schedule" button starts working. It receives the drop-out refs (already
// placed, now uncovered) and resolves with a sentence for the status bar.
export const rescheduleRefs: ((refs: readonly string[]) => Promise<string>) | null = null;

// "Re-plan" for blocked placements: an auto-schedule run on just those jobs (diary/replan-jobs),
// watched to the end, previewed, then accepted as one undoable step or rejected (nothing changes).
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { ApiOutput } from '../../../../shared/api/contract';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { errorText, useStatus } from '../../components/StatusRegion';
import { useDataVersion } from '../../hooks/useDataVersion';
import { SchedulePreview } from '../schedule/SchedulePreview';
import { clearBlocked } from './blockedStore';

type Run = ApiOutput<'schedule/get-run'>;

export function ReplanDialog({ refs, onClose }: { refs: readonly string[]; onClose: () => void }) {
  const { announce } = useStatus();
  const { invalidate } = useDataVersion();
  const [run, setRun] = useState<Run | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let timer = 0;
    const poll = (id: string) => {
      timer = window.setTimeout(() => {
        api('schedule/get-run', { id }).then(
          (r) => {
            if (!live) return;
            setRun(r);
            if (r.state === 'running') poll(id);
            else if (r.state === 'failed') setError(r.error ?? 'The re-plan failed');
          },
          (e: unknown) => live && setError(errorText(e)),
        );
      }, 200);
    };
    api('diary/replan-jobs', { refs: [...refs] }).then(
      (r) => {
        if (!live) return;
        setRun(r);
        if (r.state === 'running') poll(r.id);
      },
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [refs]);

  const act = async (kind: 'accept' | 'reject') => {
    if (!run) return;
    try {
      const r = await api(kind === 'accept' ? 'schedule/accept-run' : 'schedule/reject-run', { id: run.id });
      if (kind === 'accept') {
        clearBlocked();
        invalidate();
        announce(
          `Re-planned ${refs.join(', ')}: ${(r.preview?.moved.length ?? 0) + (r.preview?.added.length ?? 0)} moved. Undo reverts it.`,
          'success',
        );
      } else announce('Re-plan rejected: the diary is as it was.');
      onClose();
    } catch (err) {
      setError(errorText(err));
    }
  };

  const ready = run && (run.state === 'done' || run.state === 'cancelled') && run.preview;
  return (
    <Dialog
      title={`Re-plan ${refs.length === 1 ? refs[0] : `${refs.length} jobs`}`}
      onClose={() => void (ready ? act('reject') : onClose())}
    >
      {!ready && !error && <p>Re-planning {refs.join(', ')}…</p>}
      {ready && <SchedulePreview run={run} />}
      <FormError message={error} />
      {ready && (
        <div className="dialog-actions">
          <button type="button" onClick={() => void act('reject')}>
            Reject
          </button>
          <button type="button" className="primary" onClick={() => void act('accept')}>
            Accept
          </button>
        </div>
      )}
    </Dialog>
  );
}

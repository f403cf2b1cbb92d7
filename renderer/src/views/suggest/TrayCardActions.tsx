// Actions on a tray card, beside the draggable card (never inside it: the card is itself the
// drag handle): "Suggest" (who can take it, one click to place) and "Edit".
import { useState } from 'react';
import { EditJobDialog } from '../jobs/EditJobDialog';
import { SuggestDialog } from './SuggestDialog';
import './suggest.css';

export function TrayCardActions({ jobRef }: { jobRef: string }) {
  const [open, setOpen] = useState<'suggest' | 'edit' | null>(null);
  return (
    <span className="suggest-action">
      <button type="button" title={`Suggested operatives for ${jobRef}`} onClick={() => setOpen('suggest')}>
        Suggest
      </button>
      <button type="button" title={`Edit ${jobRef}`} onClick={() => setOpen('edit')}>
        Edit
      </button>
      {open === 'suggest' && <SuggestDialog jobRef={jobRef} onClose={() => setOpen(null)} />}
      {open === 'edit' && <EditJobDialog jobRef={jobRef} onClose={() => setOpen(null)} />}
    </span>
  );
}

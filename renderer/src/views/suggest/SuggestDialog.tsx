// The tray card's "Suggest": who can take this job, in a dialog; placing one closes it.
import { Dialog } from '../../components/Dialog';
import { SuggestedOperatives } from './SuggestedOperatives';

export function SuggestDialog({ jobRef, onClose }: { jobRef: string; onClose: () => void }) {
  return (
    <Dialog title={`Suggested operatives for ${jobRef}`} onClose={onClose} className="edit-dialog">
      <SuggestedOperatives jobRef={jobRef} onPlaced={onClose} />
    </Dialog>
  );
}

// The foot of an inline edit form (operative editor): the refusal if any, then submit and Cancel.
import type { ReactNode } from 'react';
import { FormError } from './FormError';

interface Props {
  error: string | null | undefined;
  submitLabel: ReactNode;
  onCancel: () => void;
  danger?: boolean;
}

export function EditFormFoot({ error, submitLabel, onCancel, danger }: Props) {
  return (
    <>
      <FormError message={error} />
      <div className="edit-row">
        <button type="submit" className={danger ? 'primary danger' : 'primary'}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

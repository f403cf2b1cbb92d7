// Modal dialog on the native <dialog>: showModal() makes the rest of the page inert (focus
// stays inside) and Escape fires `cancel`. We close through React state and put focus back
// where it was, so keyboard users land on the button that opened the dialog.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Optional footer (action buttons). */
  actions?: ReactNode;
  className?: string;
}

export function Dialog({ title, onClose, children, actions, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault(); // let React unmount us rather than the browser closing the element
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <dialog ref={ref} aria-labelledby={titleId} className={['dialog', className].filter(Boolean).join(' ')}>
      <header className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {actions && <footer className="dialog-actions">{actions}</footer>}
    </dialog>
  );
}

interface ActionsProps {
  /** Closes without doing anything. */
  onCancel: () => void;
  cancelLabel?: string;
  /** The primary action; while `busy`, `busyLabel` (if given) says it is under way. */
  label: ReactNode;
  busyLabel?: string;
  busy?: boolean;
  disabled?: boolean;
  /** Runs the action; without it the button submits (its form, or the one named by `form`). */
  onAction?: () => unknown;
  form?: string;
  /** The action overrides a safeguard (drawn as dangerous). */
  danger?: boolean;
  /** Buttons before Cancel (a secondary action). */
  before?: ReactNode;
}

/** The usual dialog footer: Cancel (or Close), then the primary action. */
export function DialogActions({
  onCancel,
  cancelLabel = 'Cancel',
  label,
  busyLabel,
  busy,
  disabled,
  onAction,
  form,
  danger,
  before,
}: ActionsProps) {
  return (
    <>
      {before}
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button
        type={onAction ? 'button' : 'submit'}
        form={form}
        className={danger ? 'primary danger' : 'primary'}
        disabled={disabled}
        onClick={onAction && (() => void onAction())}
      >
        {busy && busyLabel ? busyLabel : label}
      </button>
    </>
  );
}

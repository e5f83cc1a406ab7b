import { createContext, useContext, useEffect, type RefObject } from 'react';
import { useUnsavedChanges } from '../../../components/unsaved';

/** Set by the action bar around its dialog: whether the dialog's command is on its way to the store host. */
export const DialogSendingContext = createContext<RefObject<boolean> | null>(null);

/**
 * What every case dialog's form tells the action bar: what was typed counts as unsaved (closing the
 * dialog, leaving the page or reloading asks first), and while the command is on its way the dialog
 * does not close (Esc or its ✕ would throw away a form whose command then succeeds unseen).
 */
export function useDialogGuard(isDirty: () => boolean, sending: boolean): void {
  useUnsavedChanges(isDirty);
  const ref = useContext(DialogSendingContext);
  useEffect(() => {
    if (!ref) return;
    ref.current = sending;
    return () => {
      ref.current = false;
    };
  }, [ref, sending]);
}

import { createContext, useContext, useEffect } from 'react';
import { useUnsavedChanges } from '../../../components/unsaved';

/**
 * Set by the action bar around its dialog: told whether the dialog's command is on its way to the
 * store host (an Esc then does nothing, and its ✕ is greyed).
 */
export interface DialogSending {
  changed(sending: boolean): void;
}

export const DialogSendingContext = createContext<DialogSending | null>(null);

/**
 * What every case dialog's form tells the action bar: what was typed counts as unsaved (closing the
 * dialog, leaving the page or reloading asks first), and while the command is on its way the dialog
 * does not close (Esc or its ✕ would throw away a form whose command then succeeds unseen).
 */
export function useDialogGuard(isDirty: () => boolean, sending: boolean): void {
  useUnsavedChanges(isDirty);
  const context = useContext(DialogSendingContext);
  useEffect(() => {
    if (!context) return;
    context.changed(sending);
    return () => context.changed(false);
  }, [context, sending]);
}

import { Modal, type ModalProps } from '@mantine/core';
import { useEffect, useState } from 'react';

/**
 * A dialog mounted only while it is open (`{dialog === 'x' && <XModal />}`). Mantine gives focus
 * back to what had it when `opened` turns false, never when the modal is simply removed, so a
 * keyboard user was left at the top of the page: this returns focus to what had it when the
 * dialog appeared (the button that opened it), if that is still on the page.
 */
export function MountedModal(props: Omit<ModalProps, 'opened'>) {
  // Read while rendering: the modal's own effects move focus into it before any effect of ours runs.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      if (opener?.isConnected) opener.focus();
    },
    [opener],
  );
  return <Modal opened {...props} />;
}

import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MountedModal } from '../../../../../src-renderer/ui/components/MountedModal';

afterEach(cleanup);

/** A toolbar whose dialog is mounted only while open, as the tracking page's 保存当前视图. */
function Toolbar() {
  const [open, setOpen] = useState(false);
  return (
    <MantineProvider>
      <button type="button" onClick={() => setOpen(true)}>
        保存当前视图
      </button>
      <button type="button">导出</button>
      {open && (
        <MountedModal title="保存视图" onClose={() => setOpen(false)} transitionProps={{ duration: 0 }}>
          <input aria-label="视图名称" data-autofocus />
        </MountedModal>
      )}
    </MantineProvider>
  );
}

describe('MountedModal', () => {
  it('gives focus back to the button that opened it when it goes, as a keyboard user expects', async () => {
    render(<Toolbar />);
    const opener = screen.getByRole('button', { name: '保存当前视图' });
    act(() => opener.focus());
    fireEvent.click(opener);
    const name = await screen.findByRole('textbox', { name: '视图名称' });
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.keyDown(name, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('textbox', { name: '视图名称' })).toBeNull());
    expect(document.activeElement).toBe(opener);
  });
});

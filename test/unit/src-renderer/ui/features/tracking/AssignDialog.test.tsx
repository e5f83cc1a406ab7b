import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AssignDialog } from '../../../../../../src-renderer/ui/features/tracking/AssignDialog';
import { renderWithStore } from '../../render';

describe('AssignDialog', () => {
  it('names its corner button 关闭, leaving 取消 to the one beside 分配', async () => {
    const onClose = vi.fn();
    await renderWithStore(<AssignDialog caseIds={['c-1']} options={{ assignees: [] } as never} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.querySelectorAll('button')).not.toHaveLength(0));
    const names = [...dialog.querySelectorAll('button')].map((button) => button.getAttribute('aria-label') ?? button.textContent);
    expect(names.filter((name) => name === '取消')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(onClose).toHaveBeenCalledWith(false);
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AssignDialog } from '../../../../../../src-renderer/ui/features/tracking/AssignDialog';
import { renderWithStore, teardown } from '../../render';
import { refusesUnload } from '../../refusesUnload';

afterEach(teardown);

describe('AssignDialog', { timeout: 30_000 }, () => {
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

  it('has a reload or closing the window ask first while the cases go over, and only then', async () => {
    const rendered = await renderWithStore(<AssignDialog caseIds={['c-1']} options={{ assignees: [] } as never} onClose={() => undefined} />);
    let finish: (value: unknown) => void = () => undefined;
    const send = rendered.store.send.bind(rendered.store);
    vi.spyOn(rendered.store, 'send').mockImplementation(((name: string, args: never) =>
      name === 'cases.assign' ? new Promise((resolve) => (finish = resolve)) : send(name as never, args)) as never);
    await screen.findByRole('dialog');
    expect(refusesUnload()).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: '分配' }));
    await waitFor(() => expect(refusesUnload()).toBe(true));
    finish({ assigned: [], skipped: [] });
    await waitFor(() => expect(refusesUnload()).toBe(false));
  });
});

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../render';
import { registerAsAgent, renderAsSomeone, walkTo, type Act, type Someone } from './staff-kit';

afterEach(teardown);

/** The page of a case the seed creates, as `who` sees it; `container` is the page. */
async function pageAs(who: Someone, seed: (act: Act, agentId: string) => Promise<CaseRecord>) {
  let record: CaseRecord | undefined;
  const rendered = await renderAsSomeone(<LazyPage id={() => record!.id} />, who, async (act, agentId) => {
    record = await seed(act, agentId);
  });
  return { record: record!, page: rendered.container };
}

/** Opens a case action's dialog from the keyboard (the button focused, then pressed). */
async function openDialog(name: string): Promise<{ opener: HTMLElement; dialog: HTMLElement }> {
  const opener = await screen.findByRole('button', { name });
  act(() => opener.focus());
  fireEvent.click(opener);
  const dialog = await screen.findByRole('dialog', { name });
  await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true), { timeout: 5000 });
  return { opener, dialog };
}

/** Saves the dialog from the keyboard: its main button focused, then pressed (jsdom does not focus on click). */
function save(dialog: HTMLElement, name: string) {
  const button = within(dialog).getByRole('button', { name });
  button.focus();
  fireEvent.click(button);
}

/** Lets late focus moves (the dialog's own return of focus, a re-read of the case) happen, then reads where focus is. */
async function settled(): Promise<Element | null> {
  await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
  return document.activeElement;
}

describe('after a step that moves the case on, focus stays on the case page', { timeout: 60_000 }, () => {
  it('受理: the button is gone, focus goes to the first action now offered, not to the top of the page', async () => {
    const { page } = await pageAs('agent', (act) => registerAsAgent(act));
    const { opener, dialog } = await openDialog('受理');
    save(dialog, '受理');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(opener.isConnected).toBe(false));
    const bar = screen.getByRole('region', { name: '下一步' });
    await waitFor(() => expect(within(bar).queryByRole('button', { name: '完成核实' })).not.toBeNull());
    const first = within(bar).getAllByRole('button')[0]!;
    await waitFor(() => expect(document.activeElement).toBe(first));
    const active = await settled();
    expect(active).not.toBe(document.body);
    expect(active).toBe(first);
    expect(page.contains(active)).toBe(true);
  });

  it('批准方案 leaves the ops director nothing to do: focus goes to 下一步, which says who acts now', async () => {
    const { page } = await pageAs('ops', (act, agentId) => walkTo(act, agentId, 'plan_review'));
    const { opener, dialog } = await openDialog('批准方案');
    save(dialog, '批准方案');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(opener.isConnected).toBe(false));
    const bar = screen.getByRole('region', { name: '下一步' });
    expect(within(bar).queryAllByRole('button')).toHaveLength(0);
    const status = within(bar).getByRole('status');
    await waitFor(() => expect(document.activeElement).toBe(status));
    const active = await settled();
    expect(active).toBe(status);
    expect(page.contains(active)).toBe(true);
  });

  it('a step that keeps its button (记录客户沟通) gives focus back to it, as before', async () => {
    await pageAs('agent', async (act) => {
      const c = await registerAsAgent(act);
      return act('agent', 'screening.accept', { caseId: c.id, note: '' });
    });
    const { opener, dialog } = await openDialog('记录客户沟通');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /沟通内容/ }), { target: { value: '客户确认未收到快递' } });
    save(dialog, '记录客户沟通');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
    expect(await settled()).toBe(opener);
  });

  it('a cancelled dialog gives focus back to the button that opened it', async () => {
    await pageAs('agent', (act) => registerAsAgent(act));
    const { opener, dialog } = await openDialog('受理');
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
    expect(await settled()).toBe(opener);
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}

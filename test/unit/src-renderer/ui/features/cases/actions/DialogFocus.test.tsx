import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { registerAsAgent, renderAsSomeone, walkTo, type Act, type Someone } from '../staff-kit';

afterEach(teardown);

const DAY = 86_400_000;

/** The page of a case the seed creates, as `who` sees it. */
async function pageAs(who: Someone, seed: (act: Act, agentId: string) => Promise<CaseRecord>) {
  let record: CaseRecord | undefined;
  await renderAsSomeone(<LazyPage id={() => record!.id} />, who, async (act, agentId) => {
    record = await seed(act, agentId);
  });
  return record!;
}

/** Opens a case action's dialog from the keyboard (the button focused, then pressed). */
async function openDialog(name: string): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name });
  act(() => button.focus());
  fireEvent.click(button);
  return screen.findByRole('dialog', { name });
}

/** Focus lands on `expected` once the dialog's focus trap has run (never on ✕, where Enter would close the dialog). */
async function expectFocusOn(dialog: HTMLElement, expected: HTMLElement) {
  await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true), { timeout: 5000 });
  await waitFor(() => expect(document.activeElement).toBe(expected), { timeout: 5000 });
}

async function cancel(dialog: HTMLElement) {
  fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

describe('a case dialog opens on its first field, so Enter never closes it by its ✕', { timeout: 60_000 }, () => {
  it('更正登记信息 on 投诉渠道, 添加附件 on the file', async () => {
    await pageAs('agent', (act) => registerAsAgent(act));
    let dialog = await openDialog('更正登记信息');
    await expectFocusOn(dialog, within(dialog).getByLabelText('投诉渠道', { exact: false, selector: 'input' }));
    await cancel(dialog);
    dialog = await openDialog('添加附件');
    await expectFocusOn(dialog, within(dialog).getByRole('button', { name: /文件/ }));
  });

  it('提交处理方案 on the first measure; 添加一项措施 takes focus to the new one', async () => {
    await pageAs('agent', async (act, agentId) => {
      const c = await walkTo(act, agentId, 'grading_review');
      return act('director', 'grading.approve', { caseId: c.id });
    });
    const dialog = await openDialog('提交处理方案');
    await expectFocusOn(dialog, within(dialog).getByRole('textbox', { name: '措施 1' }));
    const add = within(dialog).getByRole('button', { name: '添加一项措施' });
    act(() => add.focus());
    fireEvent.click(add);
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: '措施 2' })));
    // Removing it gives focus to the line now in its place, not to the page.
    fireEvent.click(within(dialog).getByRole('button', { name: '删除措施 2' }));
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: '措施 1' })));
  });

  it('确认赔付 on the outcome chosen', async () => {
    await pageAs('agent', async (act, agentId) => {
      const c = await walkTo(act, agentId, 'grading_review');
      await act('director', 'grading.approve', { caseId: c.id });
      const compensation = { type: 'refund', amount: 300 };
      await act('agent', 'plans.submit', { caseId: c.id, measures: ['退还货款'], ownerId: agentId, department: '物流配送部', dueAt: Date.now() + 3 * DAY, compensation });
      return act('ops', 'plans.approve', { caseId: c.id });
    });
    const dialog = await openDialog('确认赔付');
    const paid = within(dialog).getByRole('radio', { name: '已赔付' });
    expect((paid as HTMLInputElement).checked).toBe(true);
    await expectFocusOn(dialog, paid);
  });

  it('终止处理 on the first reason', async () => {
    await pageAs('supervisor', async (act) => {
      const c = await registerAsAgent(act);
      return act('agent', 'screening.accept', { caseId: c.id, note: '' });
    });
    const dialog = await openDialog('终止处理');
    await expectFocusOn(dialog, within(dialog).getAllByRole('radio')[0]!);
  });

  // An approval has nothing to fill in: it opens on 取消, as the desk's other confirmations open on their safe choice,
  // so Enter neither approves unread nor closes the dialog by its ✕.
  it('批准定级 on 取消', async () => {
    await pageAs('director', (act, agentId) => walkTo(act, agentId, 'grading_review'));
    const dialog = await openDialog('批准定级');
    await expectFocusOn(dialog, within(dialog).getByRole('button', { name: '取消' }));
  });

  it('批准方案 on 取消', async () => {
    await pageAs('ops', (act, agentId) => walkTo(act, agentId, 'plan_review'));
    const dialog = await openDialog('批准方案');
    await expectFocusOn(dialog, within(dialog).getByRole('button', { name: '取消' }));
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { refusesUnload } from '../../../refusesUnload';
import { renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

const ASK = '未保存的修改';

async function openPlanDialog() {
  fireEvent.click(await screen.findByRole('button', { name: '提交处理方案' }, { timeout: 15_000 }));
  return screen.findByRole('dialog', { name: '提交处理方案' });
}

describe('a case dialog holding what was typed', { timeout: 60_000 }, () => {
  it('asks before Esc (as its ✕) or 取消 throw it away; 继续编辑 keeps it, and reloading asks meanwhile', async () => {
    await renderAsSomeone(<LazyPage />, 'agent', async (act, agentId) => {
      const c = await walkTo(act, agentId, 'grading_review');
      record = await act('director', 'grading.approve', { caseId: c.id });
    });
    let dialog = await openPlanDialog();
    // Nothing typed: it closes at once.
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '提交处理方案' })).toBeNull());

    dialog = await openPlanDialog();
    const measure = within(dialog).getByRole('textbox', { name: '措施 1' }) as HTMLInputElement;
    fireEvent.change(measure, { target: { value: '为客户更换新电饭煲' } });
    expect(refusesUnload()).toBe(true);
    for (const close of [
      () => fireEvent.keyDown(dialog, { key: 'Escape' }),
      () => fireEvent.click(within(dialog).getByRole('button', { name: '取消' })),
    ]) {
      close();
      const ask = await screen.findByRole('dialog', { name: ASK });
      expect(ask.textContent).toContain('对话框中填写的内容还没有提交，关闭后将丢失。');
      fireEvent.click(within(ask).getByRole('button', { name: '继续编辑' }));
      await waitFor(() => expect(screen.queryByRole('dialog', { name: ASK })).toBeNull());
      expect((within(screen.getByRole('dialog', { name: '提交处理方案' })).getByRole('textbox', { name: '措施 1' }) as HTMLInputElement).value).toBe('为客户更换新电饭煲');
    }

    fireEvent.keyDown(dialog, { key: 'Escape' });
    fireEvent.click(within(await screen.findByRole('dialog', { name: ASK })).getByRole('button', { name: '放弃并关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '提交处理方案' })).toBeNull());
    expect(refusesUnload()).toBe(false);
  });

  it('asks nothing of a dialog opened and left untouched, though it filled in a department itself', async () => {
    await renderAsSomeone(<LazyPage />, 'agent', async (act, agentId) => {
      record = await walkTo(act, agentId, 'grading', { category: 'logistics' });
    });
    fireEvent.click(await screen.findByRole('button', { name: '提交分类定级' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '提交分类定级' });
    // The intake's category brought its department once the settings were read.
    await waitFor(() => expect((within(dialog).getByRole('combobox', { name: /责任部门/ }) as HTMLInputElement).value).not.toBe(''));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '提交分类定级' })).toBeNull());
    expect(screen.queryByRole('dialog', { name: ASK })).toBeNull();
  });

  it('stays open while its command is on its way: Esc neither closes it nor asks', async () => {
    const { store } = await renderAsSomeone(<LazyPage />, 'agent', async (act, agentId) => {
      const c = await walkTo(act, agentId, 'grading_review');
      record = await act('director', 'grading.approve', { caseId: c.id });
    });
    let release: () => void = () => undefined;
    const send = store.send.bind(store);
    vi.spyOn(store, 'send').mockImplementation(((name: string, args: never) =>
      name === 'plans.submit' ? new Promise((resolve) => (release = () => resolve(send(name as never, args)))) : send(name as never, args)) as never);
    const dialog = await openPlanDialog();
    fireEvent.change(within(dialog).getByRole('textbox', { name: '措施 1' }), { target: { value: '为客户更换新电饭煲' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交处理方案' }));
    await waitFor(() => expect(store.send).toHaveBeenCalledWith('plans.submit', expect.anything()));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: ASK })).toBeNull();
    expect(screen.getByRole('dialog', { name: '提交处理方案' })).toBeTruthy();
    // Its ✕ is greyed meanwhile (it would do nothing), under its name still.
    expect(within(dialog).getByRole('button', { name: '关闭' })).toHaveProperty('disabled', true);
    release();
    // The answer in (here a refusal: the plan lacks its other fields), the ✕ closes again.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: '关闭' })).toHaveProperty('disabled', false));
  });
});

let record: CaseRecord | undefined;
/** The page of the case the seed creates (its id is known only once the seed ran). */
function LazyPage() {
  return <CasePage id={record!.id} />;
}

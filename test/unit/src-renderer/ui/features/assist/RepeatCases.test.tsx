import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { RepeatCases } from '../../../../../../src-renderer/ui/features/assist/RepeatCases';
import { SimilarCases } from '../../../../../../src-renderer/ui/features/assist/SimilarCases';
import { registerCase, renderWithStore, teardown } from '../../render';
import { updatedDesk } from '../../updated-desk';

afterEach(teardown);

// A real store host behind the UI: the first render of a file also pays for loading it.
const SLOW = { timeout: 30_000 };

const DAY = 86_400_000;
const CUSTOMER = { customerName: '陈晓燕', phone: '13912345678', email: 'chen.xy@example.com' };

/** The panels for a case the seed creates (its id is known only once the seed ran). */
function Panels({ id }: { id: () => string }) {
  return (
    <>
      <RepeatCases caseId={id()} />
      {/* Rendered too so a test can tell when the page has answered: its empty state appears after the query. */}
      <SimilarCases caseId={id()} />
    </>
  );
}

describe('RepeatCases (重复投诉)', () => {
  it('lists the customer’s complaints within the window before and after this one, with links and no contacts', SLOW, async () => {
    let pivot: CaseRecord | undefined;
    let earlier: CaseRecord | undefined;
    let later: CaseRecord | undefined;
    await renderWithStore(<Panels id={() => pivot!.id} />, {
      seed: async (_host, asAgent) => {
        const now = Date.now();
        await registerCase(asAgent, { ...CUSTOMER, receivedAt: now - 100 * DAY });
        earlier = await registerCase(asAgent, { ...CUSTOMER, phone: '', receivedAt: now - 30 * DAY });
        pivot = await registerCase(asAgent, { ...CUSTOMER, receivedAt: now - 2 * DAY });
        later = await registerCase(asAgent, { ...CUSTOMER, email: '', receivedAt: now - DAY });
        await registerCase(asAgent, { customerName: '李四', phone: '13700000000', receivedAt: now - DAY });
      },
    });
    const panel = await screen.findByRole('region', { name: '重复投诉' });
    expect(within(panel).getByText('同一客户（电话、邮箱或社交/应用账号相同）在 90 天内的其他投诉。')).toBeTruthy();
    const before = within(panel).getByRole('list', { name: '此前 90 天内的投诉（1 宗）' });
    expect(within(before).getByRole('link', { name: earlier!.no }).getAttribute('href')).toBe(`#/cases/${earlier!.id}`);
    expect(within(before).getByText(/待初审/)).toBeTruthy();
    const after = within(panel).getByRole('list', { name: '此后 90 天内的投诉（1 宗）' });
    expect(within(after).getByRole('link', { name: later!.no })).toBeTruthy();
    expect(within(panel).getAllByTestId('repeat-case')).toHaveLength(2);
    for (const personal of ['陈晓燕', '13912345678', 'chen.xy@example.com']) expect(panel.textContent).not.toContain(personal);
  });

  it('stays hidden without repeats and appears when the customer complains again', SLOW, async () => {
    let lonely: CaseRecord | undefined;
    const ui = await renderWithStore(<Panels id={() => lonely!.id} />, {
      seed: async (_host, asAgent) => {
        lonely = await registerCase(asAgent, { ...CUSTOMER, receivedAt: Date.now() - DAY });
      },
    });
    await screen.findByText('暂无相似的已结案投诉。');
    expect(screen.queryByRole('region', { name: '重复投诉' })).toBeNull();
    const again = await registerCase(ui.asAgent, { ...CUSTOMER, phone: '', description: '还是没有收到退款。' });
    const panel = await screen.findByRole('region', { name: '重复投诉' });
    expect(within(within(panel).getByRole('list', { name: '此后 90 天内的投诉（1 宗）' })).getByRole('link', { name: again.no })).toBeTruthy();
  });

  it('says, right after an update, that the customer index is being built, then lists the repeats', SLOW, async () => {
    const desk = updatedDesk();
    // 周女士, received two days ago; 陈女士 (same phone) one week ago.
    const pivot = desk.cases[1]!;
    try {
      await renderWithStore(<RepeatCases caseId={pivot.id} />, { prepare: desk.prepare });
      const notice = await screen.findByRole('status', { name: '正在建立客户索引' });
      expect(notice.textContent).toContain(`已完成 2 / ${desk.cases.length} 宗`);
      expect(notice.textContent).toContain('完成后即显示该客户的其他投诉。');
    } finally {
      desk.release();
    }
    const panel = await screen.findByRole('region', { name: '重复投诉' });
    expect(within(within(panel).getByRole('list', { name: '此前 90 天内的投诉（1 宗）' })).getByRole('link', { name: desk.cases[6]!.no })).toBeTruthy();
    expect(screen.queryByRole('status', { name: '正在建立客户索引' })).toBeNull();
  });
});

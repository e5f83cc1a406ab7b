import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

describe('客户未能联系上', { timeout: 60_000 }, () => {
  it('asks why the call failed (no answer is preselected), then lists the attempt with its reason', async () => {
    let c: CaseRecord | undefined;
    const { host } = await renderAsSomeone(<LazyPage id={() => c!.id} />, 'agent', async (act, agentId) => {
      c = await walkTo(act, agentId, 'executing');
      c = await act('agent', 'progress.complete', { caseId: c.id, summary: '已补发并道歉' });
    });
    fireEvent.click(await screen.findByRole('button', { name: '客户未能联系上' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '客户未能联系上' });
    const reason = within(dialog).getByRole('combobox', { name: /未能联系上的原因/ });
    await waitFor(() => expect(document.activeElement).toBe(reason), { timeout: 5000 });
    expect(within(dialog).getByRole('button', { name: /回访时间/ }).textContent).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    fireEvent.click(within(dialog).getByRole('button', { name: '客户未能联系上' }));
    expect(await within(dialog).findByText('请选择一项。')).toBeTruthy();
    expect((await host.db.cases.get(c!.id))!.unreachableAttempts).toBe(0);

    fireEvent.click(reason);
    fireEvent.click(await screen.findByRole('option', { name: '号码错误/空号', hidden: true }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: '情况说明' }), { target: { value: '拨打提示空号' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '客户未能联系上' }));
    await waitFor(async () => expect((await host.db.cases.get(c!.id))!.unreachableAttempts).toBe(1));
    const table = await screen.findByRole('table', { name: '未能联系上客户的回访' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('号码错误/空号');
    expect(row.textContent).toContain('拨打提示空号');
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

describe('客户催办 recorded from the case page', { timeout: 60_000 }, () => {
  it('while the grading waits for approval: a call from the customer, ticked as a chase, is counted on the case and marked in its contacts', async () => {
    let record: CaseRecord | undefined;
    const rendered = await renderAsSomeone(<LazyPage id={() => record!.id} />, 'agent', async (act, agentId) => {
      // Registered by social media: the desk would answer there, the customer calls.
      record = await walkTo(act, agentId, 'grading_review', { channel: 'social_media', socialPlatform: 'weibo', socialAccount: 'zhangsan_88' });
    });
    fireEvent.click(await screen.findByRole('button', { name: '记录客户沟通' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '记录客户沟通' });
    // Not a chase until the customer made the contact.
    expect(within(dialog).queryByRole('checkbox', { name: /客户催办/ })).toBeNull();
    fireEvent.click(within(dialog).getByRole('radio', { name: '客户来电/来访' }));
    expect((within(dialog).getByLabelText('联系方式', { exact: false, selector: 'input' }) as HTMLInputElement).value).toBe('电话');
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: /客户催办/ }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: '沟通内容' }), { target: { value: '客户来电问定级结果，要求本周内给答复' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '记录客户沟通' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10_000 });

    expect(await screen.findByText('客户催办 1 次')).toBeTruthy();
    const contacts = await screen.findByRole('table', { name: '客户沟通' });
    const row = within(contacts).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('电话 · 客户来电/来访');
    expect(row.textContent).toContain('【催办】客户来电问定级结果，要求本周内给答复');
    expect((await rendered.host.db.cases.get(record!.id))?.chases?.count).toBe(1);
  });
});

function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}

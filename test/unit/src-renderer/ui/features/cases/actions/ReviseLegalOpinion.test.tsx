import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { formatDateTime } from '../../../../../../../src-renderer/ui/components/format';
import { teardown } from '../../../render';
import { DESK_STAFF, renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

describe('修改法务意见', { timeout: 60_000 }, () => {
  it('is what legal is offered once an opinion exists: prefilled, not sent unchanged, the earlier opinion kept on the plan', async () => {
    let record: CaseRecord | undefined;
    const { host } = await renderAsSomeone(<LazyPage id={() => record!.id} />, 'legal', async (act, agentId) => {
      const waiting = await walkTo(act, agentId, 'plan_review', { severity: 'major' });
      record = await act('legal', 'plans.legalReview', { caseId: waiting.id, opinion: '建议先行补发以免纠纷扩大' });
    });
    const first = record!.plan!.legalOpinion!;
    fireEvent.click(await screen.findByRole('button', { name: '修改法务意见' }, { timeout: 15_000 }));
    expect(screen.queryByRole('button', { name: '出具法务意见' })).toBeNull();
    const dialog = await screen.findByRole('dialog', { name: '修改法务意见' });
    const text = within(dialog).getByRole('textbox', { name: '法务意见' }) as HTMLTextAreaElement;
    expect(text.value).toBe('建议先行补发以免纠纷扩大');
    const submit = within(dialog).getByRole('button', { name: '修改法务意见' });
    expect(submit.hasAttribute('disabled')).toBe(true);

    fireEvent.change(text, { target: { value: '补偿金额偏高，建议先与客户协商' } });
    await waitFor(() => expect(submit.hasAttribute('disabled')).toBe(false));
    fireEvent.click(submit);
    expect(await screen.findByText('已完成：修改法务意见')).toBeTruthy();

    const plan = screen.getByRole('region', { name: '处理方案' });
    await waitFor(() => expect(within(plan).getByText('此前的法务意见')).toBeTruthy());
    const earlier = within(plan).getByText('此前的法务意见').parentElement!.textContent;
    expect(earlier).toContain(`建议先行补发以免纠纷扩大（${DESK_STAFF.legal.name} · ${formatDateTime(first.at)}）`);
    expect(within(plan).getByText('补偿金额偏高，建议先与客户协商')).toBeTruthy();
    expect((await host.db.cases.get(record!.id))!.plan!.earlierOpinions).toEqual([first]);
    // The history names the revision as one.
    const timeline = screen.getByRole('region', { name: '处理记录' });
    await waitFor(() => expect(within(timeline).getByText('修改法务意见')).toBeTruthy());
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}

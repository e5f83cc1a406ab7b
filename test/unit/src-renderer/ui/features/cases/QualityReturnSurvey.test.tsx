import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../../../../src-renderer/ui/components/format';
import { CasePage } from '../../../../../../src-renderer/ui/features/cases/CasePage';
import { PrintCase } from '../../../../../../src-renderer/ui/features/print/PrintCase';
import { teardown } from '../../render';
import { DESK_STAFF, renderAsSomeone, walkTo, type Act } from './staff-kit';

afterEach(teardown);

const SLOW = { timeout: 60_000 };
const DAY = 86_400_000;
const REASON = '回访记录未写明补偿是否到账';

const survey = (caseId: string, comment: string, at: number) => ({
  caseId,
  channel: 'phone',
  result: '已补发',
  at,
  scores: { efficiency: 5, resolution: 5, attitude: 4, compensation: 4 },
  comment,
  satisfied: true,
});

/**
 * A case closed by a satisfied customer, then sent back by the supervisor's quality review; when
 * `resurveyed`, handled again and surveyed again (satisfied once more). Returns the case id.
 */
async function qualityReturned(act: Act, agentId: string, resurveyed: boolean): Promise<string> {
  const record = await walkTo(act, agentId, 'executing');
  const caseId = record.id;
  await act('agent', 'progress.complete', { caseId, summary: '已补发' });
  await act('agent', 'feedback.record', survey(caseId, '第一次满意', Date.now()));
  await act('supervisor', 'feedback.qualityReturn', { caseId, reason: REASON });
  if (resurveyed) {
    await act('agent', 'plans.submit', { caseId, measures: ['核实补偿到账'], ownerId: agentId, department: '物流配送部', dueAt: Date.now() + 3 * DAY });
    await act('ops', 'plans.approve', { caseId });
    await act('agent', 'progress.complete', { caseId, summary: '补偿已到账' });
    await act('agent', 'feedback.record', survey(caseId, '第二次满意', Date.now()));
  }
  return caseId;
}

function Lazy({ id, form }: { id: () => string; form?: string }) {
  return form ? <PrintCase id={id()} form={form} /> : <CasePage id={id()} />;
}

/** Renders the case page (or a form of it) of a quality-returned case; returns who sent it back when. */
async function render(resurveyed: boolean, form?: string) {
  let id = '';
  const rendered = await renderAsSomeone(<Lazy id={() => id} form={form} />, 'agent', async (act, agentId) => {
    id = await qualityReturned(act, agentId, resurveyed);
  });
  const entry = (await rendered.host.db.entries.where('caseId').equals(id).toArray()).find((e) => e.kind === 'qualityReturn')!;
  return { byAt: `${DESK_STAFF.supervisor.name} · ${formatDateTime(entry.at)}` };
}

describe('a survey a quality review sent back', () => {
  it('is shown, while the case is handled again, as the survey before the quality return, with why, who and when', SLOW, async () => {
    const { byAt } = await render(false);
    const before = await screen.findByRole('group', { name: '质量复核退回前的回访' }, { timeout: 20_000 });
    expect(before.textContent).toContain('投诉单正在重新处理，完成后将再次回访客户。');
    expect(before.textContent).toContain(`质量复核退回：${REASON}（${byAt}）`);
    expect(before.textContent).toContain('第一次满意');
  });

  it('is printed, while the case is handled again, with the quality return beside it', SLOW, async () => {
    const { byAt } = await render(false, 'survey');
    await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
    const row = screen.getByRole('rowheader', { name: '质量复核退回' }).closest('tr')!;
    expect(row.textContent).toContain(`${REASON}（${byAt}）`);
  });

  it('stays on the survey form after the second survey, saying it was sent back by quality review and why', SLOW, async () => {
    const { byAt } = await render(true, 'survey');
    await screen.findByRole('heading', { level: 1 }, { timeout: 20_000 });
    const earlier = screen.getByRole('table', { name: '此前的回访（重新处理前）' });
    expect(within(earlier).getByRole('columnheader', { name: '重新处理的原因' })).toBeTruthy();
    const row = within(earlier).getByRole('row', { name: /第一次满意/ });
    expect(row.textContent).toContain(`质量复核退回：${REASON}（${byAt}）`);
    // The second survey is the current one, and nothing says it was sent back.
    expect(document.body.textContent).toContain('第二次满意');
    expect(screen.queryByRole('rowheader', { name: '质量复核退回' })).toBeNull();
  });

  it('on the case page, after the second survey, lists the earlier one with why the case was handled again', SLOW, async () => {
    const { byAt } = await render(true);
    const earlier = await screen.findByRole('table', { name: '此前的回访' }, { timeout: 20_000 });
    expect(earlier.textContent).toContain(`质量复核退回：${REASON}（${byAt}）`);
    expect(screen.queryByRole('group', { name: '质量复核退回前的回访' })).toBeNull();
  });
});

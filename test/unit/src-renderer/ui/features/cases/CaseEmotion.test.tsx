// The emotion flag intake saw stays on the case page for whoever screens and verifies the case, in the
// words the reader may see (a director sees the customer's number in it masked).
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../render';
import { registerAsAgent, renderAsSomeone, type Someone } from './staff-kit';

afterEach(teardown);

const THREAT = '电视机底座冒烟，差点起火，孩子手被烫伤了。再不处理我就去找电视台曝光，我的电话13912345678。';

async function caseSeenBy(who: Someone, description: string, then: 'registered' | 'verifying' = 'registered') {
  let record: CaseRecord | undefined;
  await renderAsSomeone(<Page id={() => record!.id} />, who, async (act) => {
    record = await registerAsAgent(act, { description });
    if (then === 'verifying') record = await act('agent', 'screening.accept', { caseId: record.id, note: '' });
  });
  return record!;
}
const Page = ({ id }: { id: () => string }) => <CasePage id={id()} />;

describe('the emotion flag on the case page', { timeout: 60_000 }, () => {
  it('shows the agent verifying the case that the customer may escalate, why, and the phrases in the description', async () => {
    await caseSeenBy('agent', THREAT, 'verifying');
    const flag = await screen.findByRole('group', { name: '情绪与升级信号' }, { timeout: 15_000 });
    expect(within(flag).getByText('有升级风险')).toBeTruthy();
    expect(within(flag).getByText('媒体曝光')).toBeTruthy();
    expect(within(flag).getByText('人身安全')).toBeTruthy();
    expect(flag.querySelectorAll('mark').length).toBeGreaterThanOrEqual(2);
  });

  it('quotes the description to a director with the customer’s number masked, as the case page shows it', async () => {
    await caseSeenBy('director', THREAT);
    const flag = await screen.findByRole('group', { name: '情绪与升级信号' }, { timeout: 15_000 });
    expect(flag.textContent).toContain('139****5678');
    expect(flag.textContent).not.toContain('13912345678');
  });

  it('says nothing of a calm complaint', async () => {
    await caseSeenBy('agent', '快递晚到了两天，希望以后准时送达。');
    await screen.findByText('快递晚到了两天，希望以后准时送达。', {}, { timeout: 15_000 });
    expect(screen.queryByTestId('case-emotion')).toBeNull();
  });
});

import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { ErasureView } from '../../../../../../src-renderer/store/services/privacy/erasure-views';
import { CasePage } from '../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../render';
import { renderAsSomeone, walkTo, type Act, type Someone } from './staff-kit';

afterEach(teardown);

/** A case being executed whose customer asked, by phone an hour ago, for their data to be deleted. */
async function seedRequest(act: Act, agentId: string): Promise<{ record: CaseRecord; no: string }> {
  const record = await walkTo(act, agentId, 'executing', { customerName: '陈晓燕', phone: '13912345678' });
  const view = (await act('legal', 'erasure.record', {
    key: { phone: '13912345678' },
    caseIds: [record.id],
    requester: '陈晓燕',
    receivedAt: Date.now() - 3_600_000,
    channel: 'phone',
    verification: 'registered_phone',
    grounds: 'consent_withdrawn',
  })) as unknown as ErasureView;
  return { record, no: view.request.no };
}

async function caseSeenBy(who: Someone) {
  let seeded: { record: CaseRecord; no: string } | undefined;
  await renderAsSomeone(<LazyPage id={() => seeded!.record.id} />, who, async (act, agentId) => {
    seeded = await seedRequest(act, agentId);
  });
  const notice = (await screen.findByText('客户已要求删除个人信息', {}, { timeout: 15_000 })).closest('[role="alert"]') as HTMLElement;
  return { notice, no: seeded!.no };
}

describe('客户已要求删除个人信息 on the case page', { timeout: 60_000 }, () => {
  it('tells the agent handling the case of the request, its reply deadline and that the answer is awaited', async () => {
    const { notice, no } = await caseSeenBy('agent');
    expect(notice.textContent).toContain(`删除请求 ${no}`);
    // Not answered yet: it says nothing is decided rather than promising the deletion.
    expect(notice.textContent).toContain('请求尚待法务或系统管理员答复，是否删除由其确定');
    expect(notice.textContent).not.toContain('将被删除');
    expect(notice.textContent).toMatch(/中心须于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 前答复/);
    // Carrying requests out is legal's and the administrator's: no way to them here.
    expect(within(notice).queryByRole('link', { name: `查看删除请求 ${no}` })).toBeNull();
    expect(within(notice).queryByRole('link')).toBeNull();
  });

  it('gives legal a link to the request itself', async () => {
    const { notice, no } = await caseSeenBy('legal');
    expect(within(notice).getByRole('link', { name: `查看删除请求 ${no}` }).getAttribute('href')).toBe(`#/settings/privacy/${no}`);
  });
});

function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}

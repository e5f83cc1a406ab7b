import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { ClocksPanel } from '../../../../../../src-renderer/ui/features/cases/ClocksPanel';
import { formatDateTime } from '../../../../../../src-renderer/ui/components/format';
import { registerCase, renderWithStore, teardown } from '../../render';

afterEach(async () => {
  vi.useRealTimers();
  await teardown();
});

const HOUR = 3_600_000;

describe('时限 on the case page', { timeout: 60_000 }, () => {
  it('says a clock paused after its deadline was late by then, not that time is left', async () => {
    let record: CaseRecord | undefined;
    await renderWithStore(<Lazy get={() => record!} />, {
      seed: async (_host, asAgent) => {
        // A general complaint answered within 24 h, received 72 h ago: 48 h late when its clock is paused.
        const registered = await registerCase(asAgent, { receivedAt: Date.now() - 72 * HOUR });
        const paused = await asAgent('screening.requestInfo', { caseId: registered.id, missing: '订单号' });
        if (!paused.ok) throw new Error(JSON.stringify(paused.error));
        record = paused.value as CaseRecord;
      },
    });
    expect(await screen.findByText(/^计时暂停，暂停时已超时 2天/)).toBeTruthy();
    expect(screen.queryByText(/计时暂停，剩余/)).toBeNull();
  });

  it('shows a clock paused in time due when it would fall if counting resumed now, not the date it stood at when paused', async () => {
    let record: CaseRecord | undefined;
    const receivedAt = Date.now() - HOUR;
    await renderWithStore(<Lazy get={() => record!} />, {
      seed: async (_host, asAgent) => {
        // Answered within 24 h (counted in calendar time), paused an hour in: 23 h left.
        const registered = await registerCase(asAgent, { receivedAt });
        const paused = await asAgent('screening.requestInfo', { caseId: registered.id, missing: '订单号' });
        if (!paused.ok) throw new Error(JSON.stringify(paused.error));
        record = paused.value as CaseRecord;
        // Three days into the pause.
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(Date.now() + 72 * HOUR);
      },
    });
    const card = document.querySelector('[data-clock="response"]')!;
    const stoodAt = record!.clocks.response!.dueAt;
    expect(stoodAt).toBe(receivedAt + 24 * HOUR);
    await waitFor(() => expect(card.textContent).toContain('（若现在恢复计时）'));
    // 23 h from now (to the minute the page shows).
    const due = card.textContent!.match(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)![0];
    expect(Math.abs(new Date(due.replace(' ', 'T')).getTime() - (Date.now() + 23 * HOUR))).toBeLessThan(2 * 60_000);
    expect(card.textContent).not.toContain(formatDateTime(stoodAt));
    expect(card.textContent).toMatch(/计时暂停，剩余 (22小时5\d分|23小时)/);
  });

  it('says how the 12315 reply deadline was counted: working days after receipt, or the work order’s date', async () => {
    const records: CaseRecord[] = [];
    await renderWithStore(<LazyAll get={() => records} />, {
      seed: async (_host, asAgent) => {
        records.push(await registerCase(asAgent, { channel: 'regulator_12315', referralNo: 'GS-1', referralDeadline: { by: 'workingDays', days: 7 } }));
        records.push(await registerCase(asAgent, { channel: 'regulator_12315', referralNo: 'GS-2', referralDeadline: { by: 'date', dueAt: Date.now() + 72 * HOUR } }));
      },
    });
    const [counted, fromOrder] = [...document.querySelectorAll('[data-clock="referralReply"]')];
    expect(counted!.textContent).toContain('受理后 7 个工作日（不含休息日和节假日，到期日下班时为限）');
    expect(fromOrder!.textContent).toContain('按工单所载日期');
    for (const card of [counted!, fromOrder!]) expect(card.textContent).not.toContain('按自然时间计算');
    // The desk's own deadline keeps its mode.
    expect(document.querySelector('[data-clock="response"]')!.textContent).toMatch(/按(自然|工作)时间计算/);
  });
});

function LazyAll({ get }: { get: () => CaseRecord[] }) {
  return (
    <>
      {get().map((record) => (
        <ClocksPanel key={record.id} record={record} />
      ))}
    </>
  );
}

function Lazy({ get }: { get: () => CaseRecord }) {
  return <ClocksPanel record={get()} />;
}

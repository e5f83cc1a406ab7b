import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { ClocksPanel } from '../../../../../../src-renderer/ui/features/cases/ClocksPanel';
import { registerCase, renderWithStore, teardown } from '../../render';

afterEach(teardown);

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
});

function Lazy({ get }: { get: () => CaseRecord }) {
  return <ClocksPanel record={get()} />;
}

import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { formatDateTime } from '../../../../../../src-renderer/ui/components/format';
import { acknowledgementText, promisedResponseAt, responseDue } from '../../../../../../src-renderer/ui/features/intake/format';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';
import { HOUR, openTestStore, register, type TestStore } from '../../../store/fixtures';
import { steps } from '../../../store/flow';

let store: TestStore;
afterEach(async () => store?.close());

const DAY = 24 * HOUR;

describe('the first response promised at registration (客户回执, 承诺响应时限)', () => {
  it('stays what the customer was told when waiting for information moves the deadline', async () => {
    store = await openTestStore();
    const { t } = await initI18n('zh-CN');
    const registered = await register(store);
    const told = registered.clocks.response!.dueAt;
    await steps.requestInfo(store, registered.id);
    store.clock.now += 2 * DAY;
    const resumed = await store.run<CaseRecord>('screening.infoReceived', { caseId: registered.id });
    // The clock now runs to a later deadline; the receipt keeps the promise.
    expect(resumed.clocks.response!.dueAt).toBeGreaterThan(told);
    expect(promisedResponseAt(resumed)).toBe(told);
    expect(responseDue(t, resumed)).toBe(formatDateTime(told));
    expect(acknowledgementText(t, resumed, '华东客服中心')).toContain(`我们将在 ${formatDateTime(told)} 前与您联系`);
  });

  it('never promises a time already past: a complaint registered after its response was due is answered as soon as possible', async () => {
    store = await openTestStore();
    const { t } = await initI18n('zh-CN');
    const late = await register(store, { receivedAt: store.now() - 3 * DAY });
    const due = promisedResponseAt(late)!;
    expect(due).toBeLessThanOrEqual(late.registeredAt);
    expect(responseDue(t, late)).toBe(`${formatDateTime(due)}（登记时已超时）`);
    const text = acknowledgementText(t, late, '华东客服中心');
    expect(text).toContain('我们将尽快与您联系');
    expect(text).not.toContain(formatDateTime(due));
  });
});

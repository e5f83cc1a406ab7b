import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RaisedAlert } from '../../../../../../src-main/core/alert-feed';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { UNACKNOWLEDGED_ALERTS_ID, UnacknowledgedAlertsBadge } from '../../../../../../src-renderer/ui/features/alerts/UnacknowledgedAlertsBadge';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import type { StoreHost } from '../../../../../../src-renderer/store/host';
import { registerCase, renderWithStore, teardown } from '../../render';
import { LEGAL, renderAs } from '../settings/privacy/kit';

afterEach(() => teardown());

/** The navigation entry as the Shell renders it: the badge in the link, the count as its description. */
const entry = (
  <a href="#/alerts" aria-describedby={UNACKNOWLEDGED_ALERTS_ID}>
    提醒记录
    <UnacknowledgedAlertsBadge />
  </a>
);
const link = (description: string) => screen.findByRole('link', { name: '提醒记录', description });

const overdue = (record: CaseRecord, at: number): RaisedAlert => ({
  key: `${record.id}:response`,
  caseId: record.id,
  caseNo: record.no,
  severity: record.severity,
  clockKind: 'response',
  dueAt: record.clocks.response!.dueAt,
  kind: 'overdue',
  capacity: 'owner',
  delivery: 'single',
  at,
});

describe('the count of unacknowledged alerts beside 提醒', { timeout: 60_000 }, () => {
  it('counts the signed-in user’s overdue alerts waiting for 确认, and follows an acknowledgement made elsewhere', async () => {
    let first!: CaseRecord;
    let second!: CaseRecord;
    const rendered = await renderWithStore(entry, {
      seed: async (host, asAgent) => {
        first = await registerCase(asAgent, { customerName: '赵一', severity: 'major' });
        second = await registerCase(asAgent, { customerName: '钱二' });
        const userId = (await host.db.users.where('username').equals('wangxiao').first())!.id;
        const now = Date.now();
        // The agent of the render helper is the desk user, to whom the runtime reports alerts.
        await host.alerts.report({ type: 'raised', userId, alerts: [overdue(first, now - 2_000), overdue(second, now - 1_000)] });
      },
    });
    // Seen as a number, heard as the entry's description: its name stays 提醒记录.
    expect(await link('2 条超时提醒未确认')).toBeTruthy();
    expect(screen.getByText('2').closest('[aria-hidden="true"]')).not.toBeNull();

    // 确认 in another window (or from a desktop notification): the count follows.
    await rendered.asAgent('alerts.acknowledge', { keys: [`${first.id}:response`] });
    expect(await link('1 条超时提醒未确认')).toBeTruthy();
    expect(screen.getByText('1')).toBeTruthy();
    await rendered.asAgent('alerts.acknowledge', { keys: [`${second.id}:response`] });
    expect(await link('')).toBeTruthy();
    expect(screen.queryByText('1')).toBeNull();
  });
});

async function legalDispatch(host: StoreHost, session: Session, method: string, args: unknown): Promise<unknown> {
  const result = await host.dispatcher.dispatch(method, args, session);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('the count beside 提醒 for legal', { timeout: 60_000 }, () => {
  it('counts an overdue deletion request waiting for 确认, and drops it once the request is answered elsewhere', async () => {
    const session: Session = { actor: null, token: null };
    let no = '';
    let dueAt = 0;
    const rendered = await renderAs('legal', entry, async (host, asAgent) => {
      const record = await registerCase(asAgent, { customerName: '陈晓燕', phone: '13912345678' });
      await legalDispatch(host, session, 'auth.signIn', { username: LEGAL.username, password: LEGAL.password });
      const view = (await legalDispatch(host, session, 'erasure.record', {
        key: { phone: '13912345678' },
        caseIds: [record.id],
        requester: '陈晓燕',
        receivedAt: Date.now() - 30 * 86_400_000,
        channel: 'letter',
        verification: 'id_document',
        grounds: 'consent_withdrawn',
      })) as { request: { no: string; dueAt: number } };
      ({ no, dueAt } = view.request);
    });
    const legalId = (await rendered.host.db.users.where('username').equals(LEGAL.username).first())!.id;
    const alert: RaisedAlert = { key: `erasure:${no}:erasureReply`, caseId: `erasure:${no}`, caseNo: no, severity: 'serious', clockKind: 'erasureReply', dueAt, kind: 'overdue', capacity: 'owner', delivery: 'single', at: Date.now() };
    await rendered.host.alerts.report({ type: 'raised', userId: legalId, alerts: [alert] });
    expect(await link('1 条超时提醒未确认')).toBeTruthy();

    // 不予删除 in another window: the request is answered, its deadline no longer runs.
    await legalDispatch(rendered.host, session, 'auth.confirm', { password: LEGAL.password });
    await legalDispatch(rendered.host, session, 'erasure.refuse', { no, reason: '请求人身份无法核实' });
    expect(await link('')).toBeTruthy();
  });
});


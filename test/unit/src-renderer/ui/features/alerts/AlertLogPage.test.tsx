import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RaisedAlert } from '../../../../../../src-main/core/alert-feed';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { AlertLogPage } from '../../../../../../src-renderer/ui/features/alerts/AlertLogPage';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import { renderWithStore, teardown, type Rendered } from '../../render';
import { LEGAL, renderAs } from '../settings/privacy/kit';
import { registerCase } from '../tracking/helpers';

afterEach(() => teardown());

function raised(record: CaseRecord, kind: RaisedAlert['kind'], at: number): RaisedAlert {
  const clock = record.clocks.response!;
  return {
    key: `${record.id}:response`,
    caseId: record.id,
    caseNo: record.no,
    severity: record.severity,
    clockKind: 'response',
    dueAt: clock.dueAt,
    kind,
    capacity: 'owner',
    delivery: 'single',
    at,
  };
}

/** The agent of the render helper is the newest session: the desk user, to whom the runtime reports alerts. */
async function withAlerts(pageSize?: number): Promise<{ rendered: Rendered; first: CaseRecord; second: CaseRecord }> {
  let first!: CaseRecord;
  let second!: CaseRecord;
  const rendered = await renderWithStore(<AlertLogPage pageSize={pageSize} />, {
    seed: async (host, asAgent) => {
      first = await registerCase(asAgent, { customerName: '赵一', severity: 'major' });
      second = await registerCase(asAgent, { customerName: '钱二' });
      const now = Date.now();
      const userId = (await host.db.users.where('username').equals('wangxiao').first())!.id;
      await host.alerts.report({ type: 'raised', userId, alerts: [raised(first, 'warning', now - 3_000), raised(second, 'warning', now - 2_000)] });
      await host.alerts.report({ type: 'raised', userId, alerts: [raised(first, 'overdue', now - 1_000)] });
    },
  });
  return { rendered, first, second };
}

const table = () => screen.getByRole('table', { name: '提醒记录' });
const rows = () => within(table()).getAllByRole('row').slice(1);

describe('提醒记录 (the alert log)', { timeout: 60_000 }, () => {
  it('lists every alert raised to the user, newest first, with kind, recipient and delivery', async () => {
    const { first, second } = await withAlerts();
    await waitFor(() => expect(rows()).toHaveLength(3));
    const text = rows().map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(text.map((cells) => [cells[1], cells[2], cells[5], cells[6], cells[7]])).toEqual([
      [first.no, '已超时', '王晓（负责人）', '单条', '确认'],
      [second.no, '即将超时', '王晓（负责人）', '单条', '确认'],
      [first.no, '即将超时', '王晓（负责人）', '单条', '确认'],
    ]);
    expect(within(rows()[0]!).getByRole('link', { name: first.no }).getAttribute('href')).toBe(`#/cases/${first.id}`);
  });

  it('acknowledging marks the user’s open alerts of that deadline as acknowledged by them; other cases’ stay open', async () => {
    const { rendered, first, second } = await withAlerts();
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(within(rows()[0]!).getByRole('button', { name: `确认 ${first.no} 的提醒` }));
    await waitFor(() => expect(within(table()).getAllByRole('button')).toHaveLength(1));
    const acknowledged = rows().filter((row) => within(row).queryByRole('link', { name: first.no }));
    for (const row of acknowledged) expect(within(row).getAllByRole('cell')[7]!.textContent).toMatch(/^王晓 · /);
    expect(within(table()).getByRole('button', { name: `确认 ${second.no} 的提醒` })).toBeTruthy();
    const states = await rendered.host.db.alertStates.toArray();
    expect(states.find((s) => s.key === `${first.id}:response`)?.acknowledgedAt).toEqual(expect.any(Number));
  });

  it('filters to unacknowledged alerts and pages with “load more”', async () => {
    const { first } = await withAlerts(2);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(within(rows()[0]!).getByRole('button', { name: `确认 ${first.no} 的提醒` }));
    await waitFor(() => expect(within(table()).getAllByRole('button')).toHaveLength(1));
    fireEvent.click(screen.getByRole('checkbox', { name: '只看未确认' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(rows()[0]!).queryByRole('link', { name: first.no })).toBeNull();
  });
});

describe('提醒记录 of a deletion request’s reply deadline', { timeout: 60_000 }, () => {
  it('names the request and links legal to it', async () => {
    let no = '';
    let dueAt = 0;
    const rendered = await renderAs('legal', <AlertLogPage />, async (host, asAgent) => {
      const record = await registerCase(asAgent, { customerName: '陈晓燕', phone: '13912345678' });
      const session: Session = { actor: null, token: null };
      const signedIn = await host.dispatcher.dispatch('auth.signIn', { username: LEGAL.username, password: LEGAL.password }, session);
      if (!signedIn.ok) throw new Error(JSON.stringify(signedIn.error));
      const recorded = await host.dispatcher.dispatch(
        'erasure.record',
        { key: { phone: '13912345678' }, caseIds: [record.id], requester: '陈晓燕', receivedAt: Date.now() - 20 * 86_400_000, channel: 'letter', verification: 'id_document', grounds: 'consent_withdrawn' },
        session,
      );
      if (!recorded.ok) throw new Error(JSON.stringify(recorded.error));
      ({ no, dueAt } = (recorded.value as { request: { no: string; dueAt: number } }).request);
    });
    const legalId = (await rendered.host.db.users.where('username').equals(LEGAL.username).first())!.id;
    const alert: RaisedAlert = { key: `erasure:${no}:erasureReply`, caseId: `erasure:${no}`, caseNo: no, severity: 'serious', clockKind: 'erasureReply', dueAt, kind: 'overdue', capacity: 'owner', delivery: 'single', at: Date.now() };
    await rendered.host.alerts.report({ type: 'raised', userId: legalId, alerts: [alert] });
    // Logged: legal is the desk user, signed in last.
    expect(await rendered.host.db.alerts.count()).toBe(1);
    await waitFor(() => expect(rows()).toHaveLength(1), { timeout: 15_000 });
    const cells = within(rows()[0]!).getAllByRole('cell').map((cell) => cell.textContent);
    expect([cells[1], cells[2], cells[3], cells[4]]).toEqual([no, '已超时', '—', '删除请求答复']);
    expect(within(rows()[0]!).getByRole('link', { name: no }).getAttribute('href')).toBe(`#/settings/privacy/${no}`);
  });
});

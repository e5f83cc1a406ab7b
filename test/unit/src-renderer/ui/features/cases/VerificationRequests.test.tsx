import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../render';
import { renderAsColleague, verifyingCase, type ActAs } from './colleagues-kit';

afterEach(teardown);

let record: CaseRecord | undefined;
function LazyPage() {
  return <CasePage id={record!.id} />;
}

const QUESTION = '请核实该订单的配送记录：是否三天未派送？';
const askLogistics = (act: ActAs, caseId: string, extra: Record<string, unknown> = {}) =>
  act('agent', 'verification.requestCheck', { caseId, department: '物流配送部', question: QUESTION, ...extra });
const requestsTable = () => screen.findByRole('table', { name: '核实请求' }, { timeout: 15_000 });

/** Picks `option` in the Mantine select labelled `label` inside `scope`. */
async function choose(scope: HTMLElement, label: RegExp, option: string) {
  const input = within(scope).getAllByLabelText(label).find((element) => element.tagName === 'INPUT')!;
  fireEvent.click(input);
  await waitFor(() => expect(input.getAttribute('aria-controls')).toBeTruthy());
  fireEvent.click(within(document.getElementById(input.getAttribute('aria-controls')!)!).getByRole('option', { name: option, hidden: true }));
}

describe('核实请求 on the case page', { timeout: 60_000 }, () => {
  it('the agent asks a department: the reply-by time starts at the running 核实 deadline, and the request shows as awaited', async () => {
    const { host } = await renderAsColleague(<LazyPage />, 'agent', async (act) => {
      record = await verifyingCase(act);
    });
    expect(await screen.findByText('还没有发出核实请求。', {}, { timeout: 15_000 })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '发起核实请求' }));
    const dialog = await screen.findByRole('dialog', { name: '发起核实请求' });
    const due = record!.clocks.verification!.dueAt;
    await waitFor(() => expect(within(dialog).getByRole('button', { name: /回复期限/ }).textContent).toBe(dayjs(due).format('YYYY-MM-DD HH:mm')));
    await choose(dialog, /核实部门/, '物流配送部');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /请部门核实的问题/ }), { target: { value: QUESTION } });
    fireEvent.click(within(dialog).getByRole('button', { name: '发起核实请求' }));
    await waitFor(async () => expect((await host.db.cases.get(record!.id))!.verificationRequests).toHaveLength(1));
    expect((await host.db.cases.get(record!.id))!.verificationRequests![0]).toMatchObject({ department: '物流配送部', question: QUESTION, replyBy: Math.floor(due / 1_000) * 1_000, state: 'open' });
    const table = await requestsTable();
    await waitFor(() => expect(within(table).getByText(QUESTION)).toBeTruthy());
    expect(within(table).getByText('待回复')).toBeTruthy();
    // The next step says who is waited for.
    await waitFor(() => expect(screen.getAllByRole('status').some((status) => status.textContent?.includes('等待物流配送部回复核实请求'))).toBe(true));
  });

  it('a colleague of the department answers in place: the answer is a check in the department’s name, shown with the request', async () => {
    const { host } = await renderAsColleague(<LazyPage />, 'yangfan', async (act) => {
      record = await verifyingCase(act);
      await askLogistics(act, record.id);
    });
    fireEvent.click(await screen.findByRole('button', { name: '回复核实请求' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '回复核实请求' });
    expect(dialog.textContent).toContain(QUESTION);
    expect(dialog.textContent).toContain('回复将以“物流配送部”的名义记为一条内部核查');
    // Said once, naming the department: not again in general words.
    expect(dialog.textContent!.split('记为一条内部核查')).toHaveLength(2);
    expect(dialog.textContent).not.toContain('被请求部门');
    // Both texts are required: nothing is sent without the finding.
    fireEvent.change(within(dialog).getByRole('textbox', { name: /核查内容/ }), { target: { value: '调取物流轨迹' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '回复核实请求' }));
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: /核查结果/ }).getAttribute('aria-invalid')).toBe('true'));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /核查结果/ }), { target: { value: '站点爆仓，延误三天' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '回复核实请求' }));
    const table = await requestsTable();
    await waitFor(() => expect(within(table).getByText('已回复')).toBeTruthy());
    expect(table.textContent).toContain('核查内容：调取物流轨迹');
    expect(table.textContent).toContain('核查结果：站点爆仓，延误三天');
    expect(table.textContent).toContain('杨帆');
    const checks = screen.getByRole('table', { name: '内部核查' });
    expect(checks.textContent).toContain('物流配送部回复核实请求');
    const [check] = (await host.db.entries.where('caseId').equals(record!.id).toArray()).filter((entry) => entry.kind === 'check');
    expect(check).toMatchObject({ department: '物流配送部', by: { name: '杨帆' } });
    // Nothing is left to answer.
    await waitFor(() => expect(screen.queryByRole('button', { name: '回复核实请求' })).toBeNull());
  });

  it('a colleague of another department is not offered the answer', async () => {
    await renderAsColleague(<LazyPage />, 'liuyang', async (act) => {
      record = await verifyingCase(act);
      await askLogistics(act, record.id);
    });
    await screen.findByRole('button', { name: '记录内部核查' }, { timeout: 15_000 });
    expect(screen.queryByRole('button', { name: '回复核实请求' })).toBeNull();
    expect(screen.queryByRole('button', { name: '撤回核实请求' })).toBeNull();
  });

  it('marks a request past its reply-by time as overdue', async () => {
    await renderAsColleague(<LazyPage />, 'agent', async (act) => {
      record = await verifyingCase(act);
      await askLogistics(act, record.id, { replyBy: Date.now() + 1_000 });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
    });
    const table = await requestsTable();
    await waitFor(() => expect(within(table).getByText('已逾期')).toBeTruthy());
  });

  it('完成核实 warns of the requests still unanswered, then shows them withdrawn with the completion', async () => {
    const { host } = await renderAsColleague(<LazyPage />, 'agent', async (act) => {
      record = await verifyingCase(act);
      await askLogistics(act, record.id);
    });
    fireEvent.click(await screen.findByRole('button', { name: '完成核实' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '完成核实' });
    expect(within(dialog).getByRole('alert').textContent).toBe('还有 1 项核实请求未回复（物流配送部）。完成核实后，这些请求将自动撤回，撤回情况记在核实请求中。');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /核实结论/ }), { target: { value: '物流部门未回复，按客户提供的截图认定延误属实' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '完成核实' }));
    await waitFor(async () => expect((await host.db.cases.get(record!.id))!.status).toBe('grading'));
    const table = await requestsTable();
    await waitFor(() => expect(within(table).getByText('已撤回')).toBeTruthy());
    expect(table.textContent).toContain('完成核实时自动撤回（未回复）');
  });

  it('the case’s owner may withdraw a request a colleague asked on their case', async () => {
    const { host } = await renderAsColleague(<LazyPage />, 'agent', async (act) => {
      record = await verifyingCase(act);
      await act('yangfan', 'verification.requestCheck', { caseId: record.id, department: '售后服务部', question: '是否已安排上门维修？' });
    });
    fireEvent.click(await screen.findByRole('button', { name: '撤回核实请求' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '撤回核实请求' });
    expect(dialog.textContent).toContain('是否已安排上门维修？');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /撤回原因/ }), { target: { value: '客户已确认维修完成' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '撤回核实请求' }));
    await waitFor(async () => expect((await host.db.cases.get(record!.id))!.verificationRequests![0]).toMatchObject({ state: 'withdrawn', withdrawal: { reason: '客户已确认维修完成', by: { name: '王晓' } } }));
  });

  it('终止处理 warns of the requests still unanswered, as 完成核实 does', async () => {
    await renderAsColleague(<LazyPage />, 'chen', async (act) => {
      record = await verifyingCase(act);
      await askLogistics(act, record.id);
      await act('agent', 'verification.requestCheck', { caseId: record.id, department: '财务部', question: '退款是否已到账？' });
    });
    fireEvent.click(await screen.findByRole('button', { name: '终止处理' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '终止处理' });
    expect(within(dialog).getByRole('alert').textContent).toBe('还有 2 项核实请求未回复（物流配送部、财务部）。终止处理后，这些请求将自动撤回，撤回情况记在核实请求中。');
  });
});

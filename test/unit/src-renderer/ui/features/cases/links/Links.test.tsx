import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { registerAsAgent, renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

const region = (name: string) => screen.findByRole('region', { name }, { timeout: 15_000 });

describe('并入 and 关联 on the case page', { timeout: 60_000 }, () => {
  it('a supervisor merges the customer’s later complaint from the repeat panel; the case lists it with its customer and complaint', async () => {
    let primary: CaseRecord | undefined;
    let later: CaseRecord | undefined;
    const { host } = await renderAsSomeone(<LazyPage id={() => primary!.id} />, 'supervisor', async (act, agentId) => {
      primary = await walkTo(act, agentId, 'grading');
      later = await registerAsAgent(act, { channel: 'email', description: '同一件事又发邮件投诉：快递丢件三天无人处理。' });
    });
    const repeats = await region('重复投诉');
    fireEvent.click(await within(repeats).findByRole('button', { name: `将 ${later!.no} 并入此单` }));
    const dialog = await screen.findByRole('dialog', { name: '并入此单' });
    expect(dialog.textContent).toContain(`将投诉单 ${later!.no} 作为重复投诉终止处理，并入本单 ${primary!.no}`);
    expect((within(dialog).getByRole('textbox', { name: '并入的投诉单号' }) as HTMLInputElement).value).toBe(primary!.no);
    // The note is asked, as 终止处理 asks it; nothing is written without it.
    fireEvent.click(within(dialog).getByRole('button', { name: '终止并并入本单' }));
    expect(await within(dialog).findByText('此项为必填项。')).toBeTruthy();
    expect((await host.db.cases.get(later!.id))!.status).toBe('registered');

    fireEvent.change(within(dialog).getByRole('textbox', { name: /情况说明/ }), { target: { value: '客户就同一丢件再次发邮件' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '终止并并入本单' }));
    expect(await screen.findByText(`已将 ${later!.no} 并入本单`)).toBeTruthy();
    await waitFor(async () => expect((await host.db.cases.get(later!.id))!.termination?.duplicateOf?.id).toBe(primary!.id));
    const merged = await region('并入本单的投诉');
    await waitFor(() => expect(within(merged).getByRole('link', { name: later!.no }).getAttribute('href')).toBe(`#/cases/${later!.id}`));
    expect(merged.textContent).toContain('张三 · 13812345678');
    expect(merged.textContent).toContain('渠道邮件');
    expect(merged.textContent).toContain('同一件事又发邮件投诉');
    expect(merged.textContent).toContain('客户就同一丢件再次发邮件');
    // Same phone: told at this case's own callback.
    expect(merged.textContent).toContain('与本单为同一客户，随本单回访告知');
    // Terminated now: nothing more to merge from the panel.
    await waitFor(() => expect(screen.queryByRole('button', { name: `将 ${later!.no} 并入此单` })).toBeNull());
    // Its button went with it: focus stays in the repeat panel, not at the top of the page.
    await waitFor(() => expect(screen.getByRole('region', { name: '重复投诉' }).contains(document.activeElement)).toBe(true));
  });

  it('merging a case 核实中 warns of its verification requests still unanswered, which the merge withdraws', async () => {
    let primary: CaseRecord | undefined;
    let later: CaseRecord | undefined;
    const { host } = await renderAsSomeone(<LazyPage id={() => primary!.id} />, 'supervisor', async (act, agentId) => {
      primary = await walkTo(act, agentId, 'grading');
      later = await registerAsAgent(act, { channel: 'email', description: '同一件事又发邮件投诉：快递丢件三天无人处理。' });
      await act('agent', 'screening.accept', { caseId: later.id, note: '' });
      await act('agent', 'verification.requestCheck', { caseId: later.id, department: '物流配送部', question: '丢件是否已查实？' });
    });
    const repeats = await region('重复投诉');
    fireEvent.click(await within(repeats).findByRole('button', { name: `将 ${later!.no} 并入此单` }));
    const dialog = await screen.findByRole('dialog', { name: '并入此单' });
    const warning = await within(dialog).findByRole('alert');
    expect(warning.textContent).toBe(`还有 1 项核实请求未回复（物流配送部）。${later!.no} 并入本单后，这些请求将自动撤回，撤回情况记在核实请求中。`);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /情况说明/ }), { target: { value: '客户就同一丢件再次发邮件' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '终止并并入本单' }));
    await waitFor(async () => expect((await host.db.cases.get(later!.id))!.verificationRequests![0]!.state).toBe('withdrawn'));
  });

  it('at the callback the agent records that another merged customer was told; the feedback dialog warns until then', async () => {
    let primary: CaseRecord | undefined;
    let other: CaseRecord | undefined;
    const { host } = await renderAsSomeone(<LazyPage id={() => primary!.id} />, 'agent', async (act, agentId) => {
      primary = await walkTo(act, agentId, 'executing');
      other = await registerAsAgent(act, { customerName: '李雷', phone: '13700001111', channel: 'regulator_12315' });
      await act('supervisor', 'cases.terminate', { caseId: other.id, reason: 'duplicate', duplicateOfNo: primary.no, note: '同一批次质量问题' });
      await act('agent', 'progress.complete', { caseId: primary.id, summary: '已为客户更换新品' });
    });
    const merged = await region('并入本单的投诉');
    expect(merged.textContent).toContain('有 1 宗并入本单的投诉尚未将处理结果告知其客户');
    expect(merged.textContent).toContain('尚未告知处理结果');
    fireEvent.click(await screen.findByRole('button', { name: '记录回访结果' }));
    const feedback = await screen.findByRole('dialog', { name: '记录回访结果' });
    expect(await within(feedback).findByText(new RegExp(`并入本单的投诉 ${other!.no} 的客户尚未告知处理结果`))).toBeTruthy();
    fireEvent.click(within(feedback).getByRole('button', { name: '取消' }));

    fireEvent.click(within(merged).getByRole('button', { name: '记录告知结果' }));
    const dialog = await screen.findByRole('dialog', { name: '告知并入投诉的客户' });
    // It opens on the outcome chosen, not on ✕ (where Enter would close it).
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('radio', { name: '已告知处理结果' })), { timeout: 5000 });
    expect(dialog.textContent).toContain(`投诉单 ${other!.no} 的客户 李雷`);
    fireEvent.click(within(dialog).getByRole('radio', { name: '未能联系上' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '记录告知结果' }));
    expect(await within(dialog).findByText('此项为必填项。')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: '已告知处理结果' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /说明/ }), { target: { value: '已致电告知更换方案' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '记录告知结果' }));
    expect(await screen.findByText(`已记录 ${other!.no} 的客户：已告知处理结果`)).toBeTruthy();
    await waitFor(async () => expect((await host.db.cases.get(primary!.id))!.mergedCases![0]!.informed?.note).toBe('已致电告知更换方案'));
    await waitFor(() => expect(screen.getByRole('region', { name: '并入本单的投诉' }).textContent).toContain('已致电告知更换方案'));
    expect(screen.getByRole('region', { name: '并入本单的投诉' }).textContent).not.toContain('尚未告知处理结果');
  });

  it('a merged customer told before a reopen waits for the new result; a case merged on shows what came with it', async () => {
    let c: CaseRecord | undefined;
    let b: CaseRecord | undefined;
    let a: CaseRecord | undefined;
    await renderAsSomeone(<LazyPage id={() => c!.id} />, 'agent', async (act, agentId) => {
      c = await walkTo(act, agentId, 'executing');
      b = await registerAsAgent(act, { customerName: '王五', phone: '13500005555' });
      a = await registerAsAgent(act, { customerName: '李雷', phone: '13700001111' });
      await act('supervisor', 'cases.terminate', { caseId: a.id, reason: 'duplicate', duplicateOfNo: b.no, note: '同一事项再次投诉' });
      await act('supervisor', 'cases.terminate', { caseId: b.id, reason: 'duplicate', duplicateOfNo: c.no, note: '与本单同一事项' });
      await act('agent', 'progress.complete', { caseId: c.id, summary: '已为客户更换新品' });
      await act('agent', 'feedback.informMerged', { caseId: c.id, mergedId: a.id, outcome: 'informed', channel: 'phone', note: '告知第一次处理结果' });
      const scores = { efficiency: 2, resolution: 1, attitude: 3, compensation: 2 };
      await act('agent', 'feedback.record', { caseId: c.id, channel: 'phone', result: '已更换', at: Date.now(), scores, satisfied: false, reopenReason: '新品仍有故障' });
    });
    const merged = await region('并入本单的投诉');
    const card = within(merged).getByRole('listitem', { name: a!.no });
    expect(card.textContent).toContain(`先并入 ${b!.no}，随其并入本单`);
    expect(card.textContent).toContain('尚未告知处理结果');
    expect(card.textContent).toContain('此前（已不是本单现在的处理结果）：已告知处理结果 · 电话');
    expect(within(merged).getByRole('note').textContent).toContain('本单提交处理结果后，须将结果告知并入本单的 2 宗投诉的客户');
    const timeline = await region('处理记录');
    expect(timeline.textContent).toContain(`${b!.no} 作为重复投诉并入本单 · 随之转入：${a!.no}`);
  });

  it('an agent links a related case, a wrong number is refused on its field, and unlinks it with a reason', async () => {
    let a: CaseRecord | undefined;
    let c: CaseRecord | undefined;
    const { host } = await renderAsSomeone(<LazyPage id={() => a!.id} />, 'agent', async (act) => {
      a = await registerAsAgent(act);
      c = await registerAsAgent(act, { customerName: '韩梅梅', phone: '13600002222', description: '同一小区停电，空调损坏。' });
    });
    const related = await region('关联投诉');
    expect(related.textContent).toContain('没有关联投诉。');
    fireEvent.click(within(related).getByRole('button', { name: '关联投诉' }));
    const dialog = await screen.findByRole('dialog', { name: '关联投诉' });
    const number = within(dialog).getByRole('textbox', { name: /关联的投诉单号/ });
    fireEvent.change(number, { target: { value: a!.no } });
    fireEvent.click(within(dialog).getByRole('combobox', { name: /关联关系/ }));
    fireEvent.click(await screen.findByRole('option', { name: '同一事件', hidden: true }));
    fireEvent.click(within(dialog).getByRole('button', { name: '关联投诉' }));
    expect(await within(dialog).findByText('不能关联本投诉单自己，请填写另一宗投诉单的单号。')).toBeTruthy();
    expect((await host.db.cases.get(a!.id))!.relatedCases).toBeUndefined();

    fireEvent.change(number, { target: { value: c!.no.toLowerCase() } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /关联说明/ }), { target: { value: '同一次停电' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '关联投诉' }));
    expect(await screen.findByText(`已关联投诉单 ${c!.no}`)).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('region', { name: '关联投诉' })).getByRole('link', { name: c!.no })).toBeTruthy());
    const shown = screen.getByRole('region', { name: '关联投诉' });
    expect(shown.textContent).toContain('同一事件');
    expect(shown.textContent).toContain('韩梅梅');
    expect((await host.db.cases.get(c!.id))!.relatedCases?.[0]).toMatchObject({ id: a!.id, kind: 'same_incident', note: '同一次停电' });

    fireEvent.click(within(shown).getByRole('button', { name: '取消关联' }));
    const undo = await screen.findByRole('dialog', { name: '取消关联' });
    fireEvent.change(within(undo).getByRole('textbox', { name: /取消原因/ }), { target: { value: '并非同一次停电' } });
    fireEvent.click(within(undo).getByRole('button', { name: '取消关联' }));
    expect(await screen.findByText(`已取消与 ${c!.no} 的关联`)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('region', { name: '关联投诉' }).textContent).toContain('没有关联投诉。'));
    // The row and its 取消关联 are gone: focus is on the section's 关联投诉.
    await waitFor(() => expect(document.activeElement).toBe(within(screen.getByRole('region', { name: '关联投诉' })).getByRole('button', { name: '关联投诉' })));
    expect((await host.db.cases.get(c!.id))!.relatedCases).toBeUndefined();
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}

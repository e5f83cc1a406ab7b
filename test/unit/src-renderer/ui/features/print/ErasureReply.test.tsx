import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import type { StoreHost } from '../../../../../../src-renderer/store/host';
import type { ErasureView } from '../../../../../../src-renderer/store/services/privacy/erasure-views';
import { formatDateTime } from '../../../../../../src-renderer/ui/components/format';
import { PrintErasureReply } from '../../../../../../src-renderer/ui/features/print/PrintErasureReply';
import { registerCase, teardown, type Rendered } from '../../render';
import { DAY, LEGAL, renderAs } from '../settings/privacy/kit';

afterEach(teardown);

const PHONE = '13912345678';
const PERSON = { customerName: '陈晓燕', phone: PHONE };

async function endedCase(host: StoreHost, asAgent: Rendered['asAgent']): Promise<CaseRecord> {
  const record = await registerCase(asAgent, PERSON);
  await host.db.cases.update(record.id, { status: 'closed', closedAt: Date.now() - 3 * DAY, clocks: {}, nextDueAt: undefined });
  return (await host.db.cases.get(record.id))!;
}

/** Legal's own connection on the host, the password entered again (for `erasure.execute`). */
async function legal(host: StoreHost) {
  const session: Session = { actor: null, token: null };
  const send = async <T,>(method: string, args: unknown): Promise<T> => {
    const result = await host.dispatcher.dispatch(method, args, session);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as T;
  };
  await send('auth.signIn', { username: LEGAL.username, password: LEGAL.password });
  await send('auth.confirm', { password: LEGAL.password });
  return send;
}

function Lazy({ no }: { no: () => string }) {
  return <PrintErasureReply no={no()} />;
}

/** Prints, as `who`, the reply of the request `seed` makes; returns its text and the view it was printed from. */
async function print(seed: (host: StoreHost, asAgent: Rendered['asAgent']) => Promise<ErasureView>, who: 'legal' | 'admin' = 'legal'): Promise<{ view: ErasureView; text: string }> {
  let view: ErasureView | undefined;
  await renderAs(who, <Lazy no={() => view!.request.no} />, async (host, asAgent) => {
    view = await seed(host, asAgent);
  });
  await screen.findByRole('heading', { level: 1, name: '个人信息删除处理结果告知书' }, { timeout: 15_000 });
  return { view: view!, text: document.body.textContent ?? '' };
}

const REQUEST = { key: { phone: PHONE }, requester: '陈晓燕', channel: 'phone', verification: 'registered_phone', grounds: 'consent_withdrawn' };

describe('个人信息删除处理结果告知书', { timeout: 60_000 }, () => {
  it('tells the requester what was deleted, what waits until its case ends, what is kept and why, and where to turn', async () => {
    const cases: CaseRecord[] = [];
    const { view, text } = await print(async (host, asAgent) => {
      cases.push(await endedCase(host, asAgent), await registerCase(asAgent, PERSON));
      const send = await legal(host);
      const { request } = await send<ErasureView>('erasure.record', { ...REQUEST, caseIds: cases.map((c) => c.id), receivedAt: Date.now() - DAY, note: '客户来电' });
      return send<ErasureView>('erasure.execute', { no: request.no });
    });
    const { request } = view;
    expect(text).toContain(`请求编号：${request.no}`);
    expect(text).toContain('陈晓燕：');
    expect(text).toContain(`您于 ${formatDateTime(request.receivedAt)} 通过电话向本中心提出删除个人信息的请求。本中心已核验您的身份，并依据《中华人民共和国个人信息保护法》第四十七条进行了处理`);
    for (const value of ['电话：13912345678', '回拨登记的联系电话核实', '个人撤回同意', formatDateTime(request.dueAt), formatDateTime(view.answeredAt!), '部分完成']) expect(text).toContain(value);

    const rows = [...screen.getByRole('table', { name: '逐宗处理情况' }).querySelectorAll(':scope > tbody > tr')].map((row) => row.textContent);
    const [ended, open] = cases as [CaseRecord, CaseRecord];
    expect(rows).toEqual([
      `${ended.no}${formatDateTime(ended.receivedAt)}已删除已于 ${formatDateTime(view.answeredAt!)} 匿名化`,
      `${open.no}${formatDateTime(open.receivedAt)}暂缓删除投诉仍在处理中（待初审），处理结束后方可删除`,
    ]);
    expect(text).toContain('标注“已删除”的投诉中，您的姓名、联系电话、电子邮箱、通信地址、社交/应用账号、订单号和来源单号已清除');
    expect(text).toContain('以匿名形式保留，仅用于统计分析');
    expect(text).toContain('标注“暂缓删除”的投诉尚在处理中');
    expect(text).toContain('系统操作审计记录为保证不可篡改而原样保存');
    expect(text).toContain('向履行个人信息保护职责的部门投诉、举报');
    // Nothing refused: no word of a court.
    expect(text).not.toContain('第五十条');
    expect(text).not.toContain('法律保留');
    for (const line of ['经办人签字', '单位（盖章）', '日期']) expect(text).toContain(line);
  });

  it('leaves a case found to be another person’s out of the letter', async () => {
    let other: CaseRecord | undefined;
    const { view } = await print(async (host, asAgent) => {
      const ended = await endedCase(host, asAgent);
      other = await endedCase(host, asAgent);
      const send = await legal(host);
      const { request } = await send<ErasureView>('erasure.record', { ...REQUEST, caseIds: [ended.id, other.id], receivedAt: Date.now() - DAY });
      await host.db.cases.update(other.id, { customerName: '王五', phone: '13600000000' });
      return send<ErasureView>('erasure.execute', { no: request.no });
    });
    expect(view.request.executions[0]!.notCustomer).toEqual([other!.no]);
    const rows = [...screen.getByRole('table', { name: '逐宗处理情况' }).querySelectorAll(':scope > tbody > tr')].map((row) => row.textContent);
    expect(rows).toHaveLength(1);
    expect(document.body.textContent).not.toContain(other!.no);
  });

  /** A held case and an open one, the request refused. */
  const refused = async (host: StoreHost, asAgent: Rendered['asAgent']) => {
    const held = await endedCase(host, asAgent);
    const open = await registerCase(asAgent, PERSON);
    const send = await legal(host);
    await send('cases.placeHold', { caseId: held.id, kind: 'litigation', reason: '客户起诉', reference: '（2026）沪0115民初1234号' });
    const { request } = await send<ErasureView>('erasure.record', { ...REQUEST, caseIds: [held.id, open.id], receivedAt: Date.now() - DAY });
    const view = await send<ErasureView>('erasure.refuse', { no: request.no, reason: '案件处于诉讼中，依法保存' });
    return { send, view };
  };

  it('addresses the requester in full until the reply is delivered, gives the reason for every case not deleted, the hold by its kind only, and the right to go to court', async () => {
    const { view, text } = await print(async (host, asAgent) => (await refused(host, asAgent)).view);
    expect(view.outcome).toBe('refused');
    expect(text).toContain('陈晓燕：');
    expect(text).toContain('电话：13912345678');
    const rows = [...screen.getByRole('table', { name: '逐宗处理情况' }).querySelectorAll(':scope > tbody > tr')].map((row) => row.textContent);
    expect(rows.every((row) => row?.endsWith('不予删除案件处于诉讼中，依法保存'))).toBe(true);
    expect(text).toContain('不予删除理由案件处于诉讼中，依法保存');
    expect(text).toContain('截至本告知书出具时，尚未删除任何投诉中的个人信息。');
    expect(text).toContain('对尚未删除的投诉，本中心决定不予删除，理由见上。');
    expect(text).toContain('标注“不予删除”的投诉处于法律保留');
    expect(text).not.toContain('标注“暂缓删除”');
    // 第五十条: a refusal may be taken to court.
    expect(text).toContain('依照《中华人民共和国个人信息保护法》第五十条的规定，依法向人民法院提起诉讼');
  });

  it('names a legal hold by its kind only, never by its file number, while the request is open', async () => {
    const { text } = await print(async (host, asAgent) => {
      const held = await endedCase(host, asAgent);
      const send = await legal(host);
      await send('cases.placeHold', { caseId: held.id, kind: 'litigation', reason: '客户起诉', reference: '（2026）沪0115民初1234号' });
      const { request } = await send<ErasureView>('erasure.record', { ...REQUEST, caseIds: [held.id], receivedAt: Date.now() - DAY });
      return send<ErasureView>('erasure.execute', { no: request.no });
    });
    const rows = [...screen.getByRole('table', { name: '逐宗处理情况' }).querySelectorAll(':scope > tbody > tr')].map((row) => row.textContent);
    expect(rows).toEqual([expect.stringContaining('不予删除处于法律保留（诉讼），依法完整保存，保留解除前不予删除')]);
    expect(text).not.toContain('沪0115民初1234号');
    expect(text).toContain('第五十条');
  });

  it('names the requester only masked once the reply after closing is delivered', async () => {
    const { text } = await print(async (host, asAgent) => {
      const { send, view } = await refused(host, asAgent);
      return send<ErasureView>('erasure.deliver', { no: view.request.no, at: Date.now(), method: 'post', to: '浙江省杭州市西湖区文三路88号' });
    });
    expect(text).toContain('陈**：');
    expect(text).toContain('电话：139****5678');
    expect(text).not.toContain('陈晓燕');
    expect(text).not.toContain(PHONE);
  });

  it('prints the administrator’s copy, who does not see contacts, with the key masked (the letter legal prints names it in full)', async () => {
    const { text } = await print(async (host, asAgent) => (await refused(host, asAgent)).view, 'admin');
    expect(text).toContain('电话：139****5678');
    expect(text).not.toContain(PHONE);
  });
});

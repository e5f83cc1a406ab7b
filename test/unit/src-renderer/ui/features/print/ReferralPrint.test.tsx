import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { formatDateTime } from '../../../../../../src-renderer/ui/components/format';
import { PrintCase } from '../../../../../../src-renderer/ui/features/print/PrintCase';
import { AGENT, registerCase, renderWithStore, teardown, type Rendered } from '../../render';

afterEach(teardown);

const DUE = new Date(2099, 0, 10, 17, 0).getTime();

/** A 12315 referral with the date on its order, an interim reply and the final one. */
async function referredCase(asAgent: Rendered['asAgent']): Promise<CaseRecord> {
  const record = await registerCase(asAgent, { channel: 'regulator_12315', referralNo: 'GS-2026-0815', referralDeadline: { by: 'date', dueAt: DUE } });
  const send = async (args: Record<string, unknown>) => {
    const result = await asAgent('cases.replyReferral', { caseId: record.id, replier: '李客服', ...args });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as CaseRecord;
  };
  await send({ at: Date.now() - 30_000, method: 'phone', text: '已电话告知12315：正在核实订单。', final: false });
  return send({ at: Date.now() - 10_000, method: 'platform', text: '已退款，处理结果已上传平台。', final: true });
}

async function print(form: string): Promise<{ record: CaseRecord; text: string }> {
  let record: CaseRecord | undefined;
  await renderWithStore(<Lazy form={form} id={() => record!.id} />, {
    seed: async (_host, asAgent) => {
      record = await referredCase(asAgent);
    },
  });
  await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });
  return { record: record!, text: document.body.textContent ?? '' };
}

function Lazy({ form, id }: { form: string; id: () => string }) {
  return <PrintCase id={id()} form={form} />;
}

describe('the referral reply deadline on the printed forms', { timeout: 30_000 }, () => {
  it.each(['grading', 'plan', 'survey'])('the %s form carries the order’s number too', async (form) => {
    const { text } = await print(form);
    expect(text).toContain('GS-2026-0815');
  });

  it('客户投诉登记表 shows the deadline the work order gave', async () => {
    const { text } = await print('registration');
    expect(text).toContain('GS-2026-0815');
    expect(text).toContain(`转办反馈时限${formatDateTime(DUE)}（工单所载）`);
  });

  it('投诉处理进度跟踪表 lists every reply, oldest first, with the deadline met', async () => {
    const { record, text } = await print('progress');
    const table = screen.getByRole('table', { name: `回复转办单位 · 转办反馈时限：${formatDateTime(DUE)}（工单所载），已按时回复` });
    const rows = [...table.querySelectorAll(':scope > tbody > tr')].map((row) => row.textContent);
    expect(rows).toEqual([
      // Who replied, and who recorded it when someone else did.
      `${formatDateTime(record.referralReplies![0]!.at)}阶段性回复\n电话已电话告知12315：正在核实订单。李客服（${AGENT.name} 记录）`,
      `${formatDateTime(record.referralReplies![1]!.at)}最终回复\n平台上传已退款，处理结果已上传平台。李客服（${AGENT.name} 记录）`,
    ]);
    // The order's number, on this form too: what the referring body quotes.
    expect(text).toContain('GS-2026-0815');
    // The deadline is among the case's clocks, met.
    expect(text).toContain('转办反馈时限');
    expect(text).toContain('按时完成');
  });
});

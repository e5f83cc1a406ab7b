import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { PrintCase } from '../../../../../../src-renderer/ui/features/print/PrintCase';
import { teardown } from '../../render';
import { registerAsAgent, renderAsSomeone, walkTo } from '../cases/staff-kit';

afterEach(teardown);

function Lazy({ id }: { id: () => string }) {
  return <PrintCase id={id()} form="progress" />;
}

const rows = (name: string) => [...screen.getByRole('table', { name }).querySelectorAll(':scope > tbody > tr')].map((row) => [...row.children].map((cell) => cell.textContent));

describe('投诉处理进度跟踪表 with merged and related cases', { timeout: 60_000 }, () => {
  it('lists each merged case with its customer, complaint, merge and whether its customer was told; each related case with the relation', async () => {
    let primary: CaseRecord | undefined;
    let merged: CaseRecord | undefined;
    let related: CaseRecord | undefined;
    await renderAsSomeone(<Lazy id={() => primary!.id} />, 'director', async (act, agentId) => {
      primary = await walkTo(act, agentId, 'executing');
      merged = await registerAsAgent(act, { customerName: '李雷', phone: '13700001111', channel: 'regulator_12315', description: '12315转来：同一批次冰箱不制冷。' });
      related = await registerAsAgent(act, { customerName: '韩梅梅', phone: '13600002222' });
      await act('supervisor', 'cases.terminate', { caseId: merged.id, reason: 'duplicate', duplicateOfNo: primary.no, note: '同一批次质量问题' });
      await act('agent', 'cases.link', { caseId: primary.id, otherNo: related.no, kind: 'same_order', note: '同一团购订单' });
    });
    await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });
    const [mergedRow] = rows('并入本单的投诉');
    expect(mergedRow![0]).toContain(merged!.no);
    expect(mergedRow![0]).toContain('12315转办');
    // The director sees the customer's phone masked, as on screen.
    expect(mergedRow![1]).toBe('李雷\n137****1111');
    expect(mergedRow![2]).toBe('12315转来：同一批次冰箱不制冷。');
    expect(mergedRow![3]).toContain('陈主管');
    expect(mergedRow![3]).toContain('同一批次质量问题');
    expect(mergedRow![4]).toBe('尚未告知处理结果');
    expect(rows('关联投诉')).toEqual([[expect.stringContaining(related!.no), '同一订单', '韩梅梅\n136****2222', '同一团购订单', expect.stringContaining('王晓')]]);
    expect(within(screen.getByRole('table', { name: '关联投诉' })).queryByText(/13600002222/)).toBeNull();
  });
});

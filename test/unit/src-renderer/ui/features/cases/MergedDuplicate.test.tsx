import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../src-renderer/ui/features/cases/CasePage';
import { PrintCase } from '../../../../../../src-renderer/ui/features/print/PrintCase';
import { teardown } from '../../render';
import { registerAsAgent, renderAsSomeone } from './staff-kit';

afterEach(teardown);

describe('a duplicate merged into another case, on its page', { timeout: 60_000 }, () => {
  it('says the other case goes on handling the matter, links to it, and shows its clocks stopped, not overdue', async () => {
    let primary: CaseRecord | undefined;
    let duplicate: CaseRecord | undefined;
    await renderAsSomeone(<LazyPage id={() => duplicate!.id} />, 'agent', async (act) => {
      primary = await registerAsAgent(act, { customerName: '张伟' });
      duplicate = await registerAsAgent(act, { customerName: '张伟', receivedAt: Date.now() - 3 * 86_400_000 });
      await act('supervisor', 'cases.terminate', { caseId: duplicate.id, reason: 'duplicate', note: '同一订单重复投诉', duplicateOfNo: primary.no });
    });
    const next = (await screen.findByText(/已作为重复投诉并入/, {}, { timeout: 15_000 })).closest<HTMLElement>('[role="status"]')!;
    expect(next.textContent).toContain(`已作为重复投诉并入 ${primary!.no}，由该投诉继续办理`);
    expect(within(next).getByRole('link', { name: `打开 ${primary!.no}` }).getAttribute('href')).toBe(`#/cases/${primary!.id}`);
    // Its response clock was overdue when it ended: said as where it stood then, not as a late case still waiting.
    const clock = document.querySelector<HTMLElement>('[data-clock="response"]')!;
    expect(clock.textContent).toContain('已停止');
    expect(clock.textContent).toMatch(/办理结束，计时停止（结束时已超时 .+）/);
    expect(clock.textContent).not.toContain('已暂停');
  });
});

describe('a duplicate merged into another case, on its printed 跟踪表', { timeout: 60_000 }, () => {
  it('lists its clocks as stopped, as its page does, not as paused', async () => {
    let duplicate: CaseRecord | undefined;
    await renderAsSomeone(<LazySheet id={() => duplicate!.id} />, 'agent', async (act) => {
      const primary = await registerAsAgent(act, { customerName: '张伟' });
      duplicate = await registerAsAgent(act, { customerName: '张伟' });
      await act('supervisor', 'cases.terminate', { caseId: duplicate.id, reason: 'duplicate', note: '同一订单重复投诉', duplicateOfNo: primary.no });
    });
    const clocks = await screen.findByRole('table', { name: '时限' }, { timeout: 15_000 });
    expect(clocks.textContent).toContain('已停止');
    expect(clocks.textContent).not.toContain('已暂停');
  });
});

function LazySheet({ id }: { id: () => string }) {
  return <PrintCase id={id()} form="progress" />;
}

function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}

import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImprovementRecord } from '../../../../../../src-renderer/domain/improvements/schema';
import { PrintMonthlyReport } from '../../../../../../src-renderer/ui/features/print/PrintMonthlyReport';
import { MonthlyPage } from '../../../../../../src-renderer/ui/features/reports/MonthlyPage';
import { teardown } from '../../render';
import { SUPERVISOR, dispatchAs, lastMonthInstant, registerCase, renderAs, sessionOf, tableText } from './kit';

afterEach(() => teardown());

const DAY = 86_400_000;
const now = new Date();

/**
 * This month's report with two actions: one raised last month and not due yet, one raised this
 * month and found not effective. Neither is closed; both are in progress.
 */
async function renderReport(ui: ReactElement) {
  await renderAs(ui, 'agent', async (host, asAgent) => {
    const linked = await registerCase(asAgent);
    const supervisor = await sessionOf(host, SUPERVISOR.username, SUPERVISOR.password);
    const owner = { id: supervisor.actor!.id, name: supervisor.actor!.name };
    const raised = lastMonthInstant();
    await host.db.improvements.put({
      id: 'imp-last-month',
      title: '上月提出的整改',
      rootCause: '承运商运力不足',
      action: '增加备用承运商',
      owner,
      dueAt: Date.now() + 60 * DAY,
      caseIds: [linked.id],
      status: 'open',
      effective: null,
      verificationNote: '',
      createdAt: raised,
      updatedAt: raised,
      verifiedAt: null,
      verifiedBy: null,
    });
    const failing = (await dispatchAs(host, supervisor, 'improvements.save', {
      title: '本月验证无效的整改',
      rootCause: '包装不足',
      action: '加厚包装',
      ownerId: owner.id,
      dueAt: Date.now() + 30 * DAY,
      caseIds: [linked.id],
    })) as ImprovementRecord;
    await dispatchAs(host, supervisor, 'improvements.verify', { id: failing.id, effective: false, note: '破损投诉未减少' });
  });
}

function expectImprovementSection() {
  expect(screen.getByText('本月新提出 1 项，验证有效关闭 0 项，验证无效 1 项，进行中 2 项，超期未完成 0 项。')).toBeTruthy();
  expect(tableText('整改措施').map((row) => [row[0], row[5], row[6]])).toEqual([
    ['上月提出的整改', '待验证', '进行中'],
    ['本月验证无效的整改', '无效', '本月提出、本月验证无效、进行中'],
  ]);
}

describe('七、整改措施 of the monthly report', { timeout: 120_000 }, () => {
  it('lists on screen the actions in progress and reports a verdict of 无效 as such, not as closed', async () => {
    await renderReport(<MonthlyPage />);
    await screen.findByText(/^本月新提出/);
    expectImprovementSection();
  });

  it('prints the same', async () => {
    await renderReport(<PrintMonthlyReport year={String(now.getFullYear())} month={String(now.getMonth() + 1)} />);
    await screen.findByRole('heading', { level: 2, name: '七、整改措施' });
    expectImprovementSection();
  });
});

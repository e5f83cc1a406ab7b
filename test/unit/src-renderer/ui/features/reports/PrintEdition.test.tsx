import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { caseIndexFor } from '../../../../../../src-renderer/store/search/case-index';
import { PrintMonthlyReport } from '../../../../../../src-renderer/ui/features/print/PrintMonthlyReport';
import { placedCases, quietDays, waimaiTexts, type Placement } from '../../../store/services/assist/hotspot-cases';
import { teardown } from '../../render';
import { SUPERVISOR, dispatchAs, registerCase, renderAs, sessionOf, tableText } from './kit';

afterEach(() => teardown());

const DAY = 86_400_000;
const now = new Date();
const today = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
const LAST_MONTH = { year: last.getFullYear(), month: last.getMonth() + 1 };
/** Days before today of a day of last month. */
const daysAgo = (day: number) => Math.round((today - new Date(LAST_MONTH.year, LAST_MONTH.month - 1, day).getTime()) / DAY);

const QUIET = waimaiTexts('送餐', true);
const COURIER = waimaiTexts('送餐员');

/** Five ordinary complaints a day for the nine weeks before today, and eighteen about the courier on the 10th to 12th of last month. */
function placements(): Placement[] {
  const spread = Array.from({ length: QUIET.length }, (_, n) => QUIET[(n * 7919) % QUIET.length]!);
  const categories = ['logistics', 'service_attitude', 'product_quality', 'billing', 'after_sales'] as const;
  const quiet = quietDays(64 + now.getDate(), 5, spread)
    .filter((place) => place.daysAgo > 0)
    .map((place, n) => ({ ...place, category: categories[n % categories.length] }));
  const burst = COURIER.slice(0, 18).map((description, n) => ({ daysAgo: daysAgo(10 + (n % 3)), description, category: null, phone: `1360000${String(n).padStart(4, '0')}` }));
  return [...quiet, ...burst];
}

describe('a finalised month’s report on paper', { timeout: 180_000 }, () => {
  it('says 定稿 with who and when, and that its data run to then; lists the month’s hot-spots with their cases; keeps the signature lines', async () => {
    let burst: CaseRecord[] = [];
    await renderAs(<PrintMonthlyReport year={String(LAST_MONTH.year)} month={String(LAST_MONTH.month)} />, 'agent', async (host, asAgent) => {
      const records = placedCases(Date.now(), placements());
      await host.db.cases.bulkAdd(records);
      caseIndexFor(host.db).markChanged(records.map((r) => r.id));
      burst = records.filter((r) => r.description.includes('送餐员'));
      const supervisor = await sessionOf(host, SUPERVISOR.username, SUPERVISOR.password);
      await dispatchAs(host, supervisor, 'reports.finalise', LAST_MONTH);
      // Registered after the paper was finalised: not on it.
      await registerCase(asAgent, { receivedAt: new Date(LAST_MONTH.year, LAST_MONTH.month - 1, 20, 10).getTime() });
    });
    await screen.findByRole('heading', { level: 1 });
    const line = screen.getByTestId('report-edition').textContent!;
    expect(line).toMatch(/^定稿：赵主管，(\d{4}-\d{2}-\d{2} \d{2}:\d{2})\u3000数据截至 (\d{4}-\d{2}-\d{2} \d{2}:\d{2})$/);
    const [, finalisedAt, asOf] = /：赵主管，(.+)\u3000数据截至 (.+)$/.exec(line)!;
    expect(asOf).toBe(finalisedAt);
    expect(screen.getByRole('heading', { level: 2, name: '九、批量投诉苗头' })).toBeTruthy();
    const rows = tableText('批量投诉苗头');
    const courier = rows.find((row) => row[1]!.includes('送餐员'));
    expect(courier, JSON.stringify(rows)).toBeDefined();
    expect(courier![0]).toBe('关键词');
    expect(courier![5]).toBe('18');
    expect(courier![6]!.split('、').sort()).toEqual(burst.map((r) => r.no).sort());
    expect(within(screen.getByRole('table', { name: '批量投诉苗头' })).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      '类型',
      '苗头',
      '首次发现',
      '最后发现',
      '天数',
      '投诉数量',
      '投诉单编号',
    ]);
    expect(['编制人：', '审核人：', '日期：'].map((text) => screen.queryByText(text)?.textContent)).toEqual(['编制人：', '审核人：', '日期：']);
  });
});

// The report's workbook, built from a real report of the store and read back the way a spreadsheet reads it.
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { MonthlyReport } from '../../../../../../src-renderer/domain/reports/monthly';
import { encodeXlsxWorkbook } from '../../../../../../src-renderer/ui/export/xlsx';
import { reportSheets } from '../../../../../../src-renderer/ui/features/reports/model/workbook';
import { NS_MAIN, readXlsx, sheetCells } from '../../export/helpers';
import { teardown } from '../../render';
import { SUPERVISOR, dispatchAs, lastMonthInstant, registerCase, renderAs, sessionOf } from './kit';

afterEach(() => teardown());

const now = new Date();
const CONTEXT = { centreName: '滨江客户服务中心', exportedAt: new Date(2026, 11, 3, 9, 30).getTime() };

async function reportWithCases(): Promise<MonthlyReport> {
  const rendered = await renderAs(<span />, 'agent', async (_, asAgent) => {
    await registerCase(asAgent, { channel: 'email' });
    await registerCase(asAgent, { severity: 'major', customerName: '周重' });
    await registerCase(asAgent, { receivedAt: lastMonthInstant() });
  });
  const answer = await rendered.asAgent('reports.monthly', { year: now.getFullYear(), month: now.getMonth() + 1 });
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value as MonthlyReport;
}

describe('the report workbook', { timeout: 120_000 }, () => {
  it('has one sheet per table of the report, in its order', async () => {
    const report = await reportWithCases();
    const book = readXlsx(await encodeXlsxWorkbook(reportSheets(i18next.t, report, CONTEXT)));
    const names = Array.from(book.xml('xl/workbook.xml').getElementsByTagNameNS(NS_MAIN, 'sheet')).map((s) => s.getAttribute('name'));
    expect(names).toEqual(['报告概况', '主要指标', '补偿赔付', '按投诉渠道', '按严重程度', '按投诉类别', '投诉问题前五位', '按时率', '满意度', '部门对比', '重大投诉', '整改措施', '12315 转办反馈', '批量投诉苗头']);
  });

  it('writes figures as numbers with their unit: a 单位 column where the units differ, the header where they do not', async () => {
    const report = await reportWithCases();
    const book = readXlsx(await encodeXlsxWorkbook(reportSheets(i18next.t, report, CONTEXT)));
    const kpis = sheetCells(book, 2);
    const row = (r: number) => ['A', 'B', 'C', 'D', 'E'].map((c) => kpis.get(`${c}${r}`)?.value);
    expect(row(1)).toEqual(['指标', '本月', '上月', '较上月', '单位']);
    expect(row(2)).toEqual(['受理投诉量', '2', '1', '1', '宗']);
    expect(kpis.get('B2')?.type).toBeNull(); // a number, not text
    expect(row(3)).toEqual(['重大投诉量', '1', '0', '1', '宗']);
    expect(row(4)).toEqual(['响应按时率', undefined, undefined, undefined, '%']);

    // 补偿赔付: amounts as numbers in yuan, named in the header.
    const compensation = sheetCells(book, 3);
    expect(['A1', 'B1', 'C1', 'D1', 'E1'].map((ref) => compensation.get(ref)?.value)).toEqual(['承诺补偿的处理方案', '承诺金额 (元)', '实付金额 (元)', '客户放弃', '未确认赔付']);

    const channels = sheetCells(book, 4);
    expect(['A1', 'B1', 'C1'].map((ref) => channels.get(ref)?.value)).toEqual(['投诉渠道', '数量', '占比 (%)']);
    expect(['A3', 'B3', 'C3'].map((ref) => channels.get(ref)?.value)).toEqual(['邮件', '1', '50']);

    const majors = sheetCells(book, 11);
    expect(majors.get('A2')?.value).toMatch(/^TS-\d{8}-\d{4}$/);
    expect(majors.get('C2')?.value).toBe('周重');
    // The received instant is a date cell, shown with the date-time format.
    expect(majors.get('B2')?.style).toBe(2);

    // 12315 转办反馈: counts and the on-time rate as numbers, each row's unit beside it.
    const referrals = sheetCells(book, 13);
    const line = (r: number) => ['A', 'B', 'C'].map((c) => referrals.get(`${c}${r}`)?.value);
    expect(line(1)).toEqual(['指标', '本月', '单位']);
    expect(line(2)).toEqual(['月初尚欠回复', '0', '宗']);
    expect(line(3)).toEqual(['本月收到的 12315 转办', '0', '宗']);
    expect(line(8)).toEqual(['按时回复率', undefined, '%']);
    expect(line(11)).toEqual(['尚欠回复：已终止处理', '0', '宗']);
  });

  it('opens with an overview: the report, the centre, the period, its edition and data’s instant, and sections 十 and 十一 as the manager wrote them', async () => {
    const report = await reportWithCases();
    const written = { ...report, notes: { analysis: '物流类投诉上升，集中在月末大促。', recommendations: '', updatedAt: CONTEXT.exportedAt, updatedBy: { id: 'u1', name: '赵建国' } } };
    const book = readXlsx(await encodeXlsxWorkbook(reportSheets(i18next.t, written as MonthlyReport, CONTEXT)));
    const overview = sheetCells(book, 1);
    const rows = Array.from({ length: 11 }, (_, r) => [overview.get(`A${r + 1}`)?.value, overview.get(`B${r + 1}`)?.value]);
    expect(rows[0]).toEqual(['项目', '内容']);
    expect(rows[1]).toEqual(['报告', `${report.year}年${report.month}月 投诉分析报告`]);
    expect(rows[2]).toEqual(['服务中心', '滨江客户服务中心']);
    // The month under way says up to when it was counted.
    expect(rows[3]![0]).toBe('统计期间');
    expect(rows[3]![1]).toMatch(/^\d{4}-\d{2}-01 至 \d{4}-\d{2}-\d{2}（本月尚未结束，截至 /);
    // Not finalised: its data run to when it was computed.
    expect(rows[4]).toEqual(['版本', '未定稿']);
    expect(rows[5]).toEqual(['数据截至', expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)]);
    expect(rows[6]).toEqual(['受理投诉量', '2']);
    expect(rows[7]).toEqual(['十、投诉分析', '物流类投诉上升，集中在月末大促。']);
    expect(rows[8]).toEqual(['十一、改进建议', '（未填写）']);
    expect(rows[9]![1]).toMatch(/^最近保存：赵建国，2026-12-03 09:30/);
    expect(rows[10]).toEqual(['导出时间', expect.stringMatching(/^2026-12-03 09:30/)]);
  });

  it('says in its overview that a finalised month’s workbook is the final edition, by whom and when, with its data as of then', async () => {
    const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
    const month = { year: last.getFullYear(), month: last.getMonth() + 1 };
    const rendered = await renderAs(<span />, 'agent', async (host, asAgent) => {
      await registerCase(asAgent, { receivedAt: lastMonthInstant() });
      const supervisor = await sessionOf(host, SUPERVISOR.username, SUPERVISOR.password);
      await dispatchAs(host, supervisor, 'reports.finalise', month);
    });
    const answer = await rendered.asAgent('reports.monthly', month);
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    const report = answer.value as MonthlyReport;
    const book = readXlsx(await encodeXlsxWorkbook(reportSheets(i18next.t, report, CONTEXT)));
    const overview = sheetCells(book, 1);
    const at = (r: number) => [overview.get(`A${r}`)?.value, overview.get(`B${r}`)?.value];
    expect(at(5)).toEqual(['版本', expect.stringMatching(/^定稿（赵主管，\d{4}-\d{2}-\d{2} \d{2}:\d{2}）$/)]);
    const finalisedAt = /，(.+)）$/.exec(String(at(5)[1]))![1];
    expect(at(6)).toEqual(['数据截至', finalisedAt]);
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH, monthKey } from '../../../../../../src-renderer/domain/reports/monthly';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Shell } from '../../../../../../src-renderer/ui/app/Shell';
import { MonthlyPage } from '../../../../../../src-renderer/ui/features/reports/MonthlyPage';
import { anyUnsaved, draftOf, type DraftStash } from '../../../../../../src-renderer/ui/features/reports/notes/draft';
import { teardown } from '../../render';
import { SUPERVISOR, dispatchAs, lastMonthInstant, registerCase, renderAs, rowOf, sessionOf, tableText } from './kit';

afterEach(async () => {
  await teardown();
  window.location.hash = '';
});

const now = new Date();
const THIS_MONTH = { year: now.getFullYear(), month: now.getMonth() + 1 };

const analysis = () => screen.getByRole('textbox', { name: '十、投诉分析' }) as HTMLTextAreaElement;
const recommendations = () => screen.getByRole('textbox', { name: '十一、改进建议' }) as HTMLTextAreaElement;
const saveButton = () => screen.getByRole('button', { name: '保存分析与建议' });

describe('月度投诉分析报告 page', { timeout: 120_000 }, () => {
  it('shows the month’s figures against last month, its major complaints, and notes an agent may only read', async () => {
    let major = '';
    await renderAs(<MonthlyPage />, 'agent', async (_, asAgent) => {
      await registerCase(asAgent, { customerName: '钱一', channel: 'email' });
      await registerCase(asAgent, { customerName: '钱二', severity: 'serious' });
      major = (await registerCase(asAgent, { customerName: '钱三', severity: 'major', channel: 'regulator_12315' })).no;
      await registerCase(asAgent, { customerName: '孙旧', receivedAt: lastMonthInstant() });
    });
    expect(await screen.findByText('本月受理 3 宗')).toBeTruthy();
    // The month is under way: the period runs to today and says so, and so does the comparison with last month.
    const today = new Date();
    const ymd = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(screen.getByTestId('report-period').textContent).toMatch(
      new RegExp(`^统计期间：${ymd(today).slice(0, 8)}01 至 ${ymd(today)}（本月尚未结束，截至 ${ymd(today)} \\d{2}:\\d{2}）$`),
    );
    const kpis = screen.getByRole('region', { name: '一、主要指标' });
    expect(within(kpis).getByText(/^本月尚未结束：“本月”只统计 .+，“上月”为整月，“较上月”是不足一个月与整月的比较。$/)).toBeTruthy();
    expect(rowOf('主要指标', '受理投诉量')).toEqual(['受理投诉量', '3', '1', '↑ 2']);
    expect(rowOf('主要指标', '重大投诉量')).toEqual(['重大投诉量', '1', '0', '↑ 1']);
    // Now, last month's case is overdue (none of this month's yet: each has hours to answer); the note says how it is counted.
    expect(rowOf('主要指标', '期末超时未办结量').slice(0, 2)).toEqual(['期末超时未办结量', '1']);
    expect(within(kpis).getByText(/^“处理超时量”是本月内办结时已超过时限的投诉；“期末超时未办结量”是月末（本月尚未结束时为现在）/)).toBeTruthy();
    // No deadline has completed yet: no rate to show, no change to claim.
    expect(rowOf('主要指标', '响应按时率')).toEqual(['响应按时率', '—', '—', '—']);
    // More complaints than last month is bad news.
    const received = within(screen.getByRole('table', { name: '主要指标' })).getAllByRole('row')[1]!;
    expect(received.querySelector('[data-tone]')?.getAttribute('data-tone')).toBe('bad');

    // Equal counts, equal shares, each rounded on its own: three of 33.3 % and a note why they make 99.9 %.
    expect(['一般', '严重', '重大'].map((severity) => rowOf('按严重程度', severity))).toEqual([
      ['一般', '1', '33.3%'],
      ['严重', '1', '33.3%'],
      ['重大', '1', '33.3%'],
    ]);
    expect(screen.getAllByText('各项占比分别四舍五入到 0.1%，合计可能不等于 100.0%。').length).toBeGreaterThanOrEqual(2);
    expect(rowOf('按投诉渠道', '邮件')).toEqual(['邮件', '1', '33.3%']);
    expect(rowOf('按投诉渠道', '信函')).toEqual(['信函', '0', '0.0%']);
    const majors = tableText('重大投诉');
    expect(majors).toHaveLength(1);
    expect(majors[0]!.slice(0, 1)).toEqual([major]);
    // The number opens the case.
    expect(within(screen.getByRole('table', { name: '重大投诉' })).getByRole('link', { name: major }).getAttribute('href')).toMatch(/^#\/cases\/[\w-]+$/);
    expect(majors[0]![2]).toBe('钱三');
    expect(majors[0]![5]).toBe('待初审');
    // 处理结果, free text, keeps a readable width beside the columns kept on one line (the table scrolls in its card).
    const majorTable = screen.getByRole('table', { name: '重大投诉' });
    const outcomeColumn = within(majorTable).getAllByRole('columnheader').findIndex((th) => th.textContent === '处理结果');
    expect(within(majorTable).getAllByRole('columnheader')[outcomeColumn]!.style.minWidth).toBe('14em');
    expect(majorTable.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')[outcomeColumn]!.style.minWidth).toBe('14em');
    expect(tableText('整改措施')).toEqual([['无']]);

    expect(screen.getByText('分析与建议由客服主管、部门总监或运营总监编写。')).toBeTruthy();
    expect(analysis().readOnly).toBe(true);
    expect(recommendations().readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: '保存分析与建议' })).toBeNull();
    expect(screen.getByTestId('notes-saved').textContent).toBe('尚未保存');
  });

  it('compares departments on the month’s own figures: a case of last month, overdue today, is not this month’s', async () => {
    await renderAs(<MonthlyPage />, 'agent', async (_, asAgent) => {
      await registerCase(asAgent, { customerName: '孙旧', severity: 'major', receivedAt: lastMonthInstant() });
    });
    expect(await screen.findByText('本月受理 0 宗')).toBeTruthy();
    const departments = screen.getByRole('table', { name: '部门对比' });
    expect(within(departments).queryByRole('columnheader', { name: '当前超时' })).toBeNull();
    expect(within(departments).getByRole('columnheader', { name: '处理超时' })).toBeTruthy();
    expect(tableText('部门对比')).toEqual([['无']]);
  });

  it('saves the supervisor’s analysis and recommendations with the month, and shows them again on reopening', async () => {
    const rendered = await renderAs(<MonthlyPage />, 'supervisor', async (_, asAgent) => {
      await registerCase(asAgent);
    });
    await screen.findByText('本月受理 1 宗');
    fireEvent.change(analysis(), { target: { value: '物流类投诉占比最高。\n第二段分析。' } });
    fireEvent.change(recommendations(), { target: { value: '  与快递公司约定时效。  ' } });
    expect(screen.getByText('有未保存的修改')).toBeTruthy();
    fireEvent.click(saveButton());
    await waitFor(() => expect(screen.getByTestId('notes-saved').textContent).toMatch(/^最近保存：赵主管，\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/));
    expect(screen.queryByText('有未保存的修改')).toBeNull();
    expect(recommendations().value).toBe('与快递公司约定时效。');

    const stored = await rendered.host.db.reportNotes.get(monthKey(THIS_MONTH));
    expect(stored).toMatchObject({ analysis: '物流类投诉占比最高。\n第二段分析。', recommendations: '与快递公司约定时效。', updatedBy: { name: SUPERVISOR.name } });

    rendered.reopen();
    await screen.findByText('本月受理 1 宗');
    await waitFor(() => expect(analysis().value).toBe('物流类投诉占比最高。\n第二段分析。'));
    expect(recommendations().value).toBe('与快递公司约定时效。');
    expect(analysis().readOnly).toBe(false);
  });

  it('asks before leaving the page with unsaved notes, and keeps them when the user stays', async () => {
    window.location.hash = '#/reports';
    await renderAs(
      <Router hook={useHashLocation}>
        <Shell />
      </Router>,
      'supervisor',
    );
    await screen.findByText(/本月受理/);
    fireEvent.change(analysis(), { target: { value: '本月物流投诉集中在华东。' } });
    const nav = screen.getByRole('navigation', { name: '主导航' });
    fireEvent.click(within(nav).getByRole('link', { name: '看板' }));
    const asked = await screen.findByRole('dialog', { name: '未保存的修改' });
    fireEvent.click(within(asked).getByRole('button', { name: '继续编辑' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.location.hash).toBe('#/reports');
    expect(analysis().value).toBe('本月物流投诉集中在华东。');
  });

  it('counts a month’s draft as unsaved when it differs from what was saved, in any month', () => {
    const saved = { month: '2026-10', analysis: '已保存', recommendations: '', updatedAt: 1, updatedBy: { id: 'u', name: '赵主管' } };
    const stash: DraftStash = new Map([['2026-10', { values: draftOf(saved), base: saved }]]);
    expect(anyUnsaved(stash)).toBe(false);
    stash.set('2026-11', { values: { analysis: '改了', recommendations: '' }, base: null });
    expect(anyUnsaved(stash)).toBe(true);
    // Blanks only are no change: the store trims what it keeps.
    stash.set('2026-11', { values: { analysis: '  ', recommendations: '' }, base: null });
    expect(anyUnsaved(stash)).toBe(false);
  });

  it('explains in Chinese that a note is too long, and saves nothing', async () => {
    const rendered = await renderAs(<MonthlyPage />, 'supervisor');
    await screen.findByText('本月受理 0 宗');
    fireEvent.change(analysis(), { target: { value: '长'.repeat(MAX_NOTE_LENGTH + 1) } });
    expect(screen.getByText(`${MAX_NOTE_LENGTH + 1} / ${MAX_NOTE_LENGTH} 字`)).toBeTruthy();
    fireEvent.click(saveButton());
    expect(await screen.findByText(`内容过长，最多 ${MAX_NOTE_LENGTH} 字。`)).toBeTruthy();
    expect(analysis().getAttribute('aria-invalid')).toBe('true');
    expect(await rendered.host.db.reportNotes.count()).toBe(0);
    expect(analysis().value).toHaveLength(MAX_NOTE_LENGTH + 1);
  });

  it('never overwrites what is being typed when someone else saves; adopts their save when nothing is typed', async () => {
    const rendered = await renderAs(<MonthlyPage />, 'supervisor');
    await screen.findByText('本月受理 0 宗');
    const elsewhere = await sessionOf(rendered.host, SUPERVISOR.username, SUPERVISOR.password);
    const saveElsewhere = (text: string) =>
      dispatchAs(rendered.host, elsewhere, 'reports.saveNotes', { ...THIS_MONTH, analysis: text, recommendations: '另一窗口的建议' });

    // Nothing typed: the newer save shows.
    await saveElsewhere('另一窗口的分析');
    await waitFor(() => expect(analysis().value).toBe('另一窗口的分析'));
    expect(recommendations().value).toBe('另一窗口的建议');

    // Typing: a newer save elsewhere leaves the text alone and says so.
    fireEvent.change(analysis(), { target: { value: '我正在写的分析' } });
    await saveElsewhere('再次保存的分析');
    expect(await screen.findByText(/保存了新的分析与建议。您正在编辑的内容没有被覆盖/)).toBeTruthy();
    expect(analysis().value).toBe('我正在写的分析');

    fireEvent.click(screen.getByRole('button', { name: '放弃我的修改，载入最新内容' }));
    expect(analysis().value).toBe('再次保存的分析');
    expect(screen.queryByText('有未保存的修改')).toBeNull();
  });
});

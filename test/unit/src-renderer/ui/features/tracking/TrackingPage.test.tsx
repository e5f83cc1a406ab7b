import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { setLanguage } from '../../../../../../src-renderer/ui/i18n';
import { SearchBox } from '../../../../../../src-renderer/ui/features/tracking/Toolbar';
import { renderWithStore, teardown, type Rendered } from '../../render';
import { renderAsSomeone } from '../cases/staff-kit';
import { caseRows, cellOf, count, grid, headers, HOUR, Page, registerCase, setUpTrackingTests } from './helpers';

setUpTrackingTests();

/** Three cases: newest first they are 王五 (major, overdue), 李四 (general), 张三 (serious, logistics words). */
async function seedThree(_host: unknown, asAgent: Rendered['asAgent']): Promise<void> {
  await registerCase(asAgent, { customerName: '张三', receivedAt: Date.now() - 5 * HOUR, description: '快递配送太慢，包裹破损。' });
  await registerCase(asAgent, { customerName: '李四', receivedAt: Date.now() - 4 * HOUR, severity: 'general', description: '客服态度差。', phone: '13900001111' });
  await registerCase(asAgent, { customerName: '王五', receivedAt: Date.now() - 3 * HOUR, severity: 'major', description: '燃气灶漏气。' });
}

const names = () => caseRows().map((row) => cellOf(row, '客户').textContent?.split(' ')[0]);

describe('TrackingPage', { timeout: 60_000 }, () => {
  it('says there are no complaints yet on an empty store, with the count', async () => {
    await renderWithStore(<Page />);
    expect(await screen.findByText('还没有投诉单。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '登记第一宗投诉' }).getAttribute('href')).toBe('#/intake');
    expect(count()).toBe('共 0 宗投诉');
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('offers a search by contact details only to whoever may search by them, and says so to the others', async () => {
    await renderWithStore(
      <>
        <SearchBox value="" contacts onChange={() => undefined} onLeave={() => undefined} />
        <SearchBox value="" contacts={false} onChange={() => undefined} onLeave={() => undefined} />
      </>,
    );
    const [agent, director] = screen.getAllByRole('searchbox', { name: '搜索投诉' });
    expect(agent!.getAttribute('placeholder')).toBe('单号、客户、电话、邮箱、账号、订单号或投诉内容');
    expect(director!.getAttribute('placeholder')).toBe('单号、客户、订单号或投诉内容（你的角色不能按联系方式搜索）');
    // The page offers the full search to an agent, the other to a director.
    await renderWithStore(<Page />);
    expect(screen.getAllByRole('searchbox', { name: '搜索投诉' }).at(-1)!.getAttribute('placeholder')).toContain('电话、邮箱');
    await teardown();
    await renderAsSomeone(<Page />, 'director', async () => undefined);
    expect((await screen.findByRole('searchbox', { name: '搜索投诉' })).getAttribute('placeholder')).toBe('单号、客户、订单号或投诉内容（你的角色不能按联系方式搜索）');
  });

  it('shows one row per case in the default columns, newest first, with the count and the overdue mark', async () => {
    await renderWithStore(<Page />, { seed: seedThree });
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    await waitFor(() => expect(names()).toEqual(['王五', '李四', '张三']));
    expect(headers()).toEqual(['投诉单号', '受理时间', '客户', '类别', '严重程度', '状态', '催办', '责任部门', '负责人', '响应时限', '剩余时间', '满意度']);
    expect(grid().getAttribute('aria-rowcount')).toBe('4');
    const [major, general] = caseRows();
    expect(cellOf(major!, '严重程度').textContent).toBe('重大');
    expect(cellOf(major!, '状态').textContent).toBe('待初审');
    expect(cellOf(major!, '负责人').textContent).toBe('王晓');
    // The agent may see contact details: the phone is shown in full.
    expect(cellOf(general!, '客户').textContent).toBe('李四 13900001111');
    // 重大: 2 hours to respond, received 3 hours ago.
    expect(within(major!).getByText('已超时')).toBeTruthy();
    expect(major!.hasAttribute('data-overdue')).toBe(true);
    expect(within(general!).queryByText('已超时')).toBeNull();
    expect(cellOf(general!, '剩余时间').textContent).toMatch(/^剩余 (19|20)小时/);
    const link = within(major!).getByRole('link');
    expect(link.getAttribute('href')).toMatch(/^#\/cases\/.+/);
  });

  it('narrows the rows with a filter and with the search box, combined', async () => {
    await renderWithStore(<Page />, { seed: seedThree });
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    fireEvent.click(screen.getByRole('button', { name: '筛选' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: '严重' }));
    await waitFor(() => expect(count()).toBe('共 1 宗投诉'));
    await waitFor(() => expect(names()).toEqual(['张三']));
    expect(screen.getByRole('button', { name: '筛选（1）' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索投诉' }), { target: { value: '态度' } });
    await waitFor(() => expect(names()).toEqual(['李四']));
    expect(count()).toBe('共 1 宗投诉');
    // Search and filter together: 李四 is 一般, not 重大.
    fireEvent.click(screen.getByRole('checkbox', { name: '重大' }));
    await waitFor(() => expect(count()).toBe('共 0 宗投诉'));
    expect(screen.getByText('没有符合条件的投诉。')).toBeTruthy();
  });

  it('moves through the rows with the arrow keys and opens the active one with Enter', async () => {
    await renderWithStore(<Page />, { seed: seedThree });
    await waitFor(() => expect(names()).toEqual(['王五', '李四', '张三']));
    const second = caseRows()[1]!;
    const target = within(second).getByRole('link').getAttribute('href');
    grid().focus();
    fireEvent.keyDown(grid(), { key: 'ArrowDown' });
    fireEvent.keyDown(grid(), { key: 'ArrowDown' });
    expect(grid().getAttribute('aria-activedescendant')).toBe(second.id);
    // Space selects the active row; Esc clears the selection.
    fireEvent.keyDown(grid(), { key: ' ' });
    expect(await screen.findByText('已选 1 宗')).toBeTruthy();
    expect(second.getAttribute('aria-selected')).toBe('true');
    // An agent may not reassign cases: no such action.
    expect(screen.queryByRole('button', { name: '分配负责人' })).toBeNull();
    fireEvent.keyDown(grid(), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByText('已选 1 宗')).toBeNull());
    fireEvent.keyDown(grid(), { key: 'Enter' });
    expect(window.location.hash).toBe(target);
  });

  it('hides a column through the columns menu and keeps the layout for the user', async () => {
    const { store } = await renderWithStore(<Page />, { seed: seedThree });
    await waitFor(() => expect(caseRows()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: '列' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: '负责人' }));
    await waitFor(() => expect(headers()).not.toContain('负责人'));
    // 渠道 (hidden) stands between 受理时间 and 客户: two steps up put 客户 before 受理时间.
    fireEvent.click(screen.getByRole('button', { name: '上移“客户”' }));
    fireEvent.click(screen.getByRole('button', { name: '上移“客户”' }));
    await waitFor(() => expect(headers().slice(0, 3)).toEqual(['投诉单号', '客户', '受理时间']));
    await waitFor(async () => {
      const prefs = await store.send('tracking.prefs', {});
      expect(prefs.layout?.hidden).toContain('owner');
      expect(prefs.layout?.order.slice(0, 3)).toEqual(['no', 'customer', 'receivedAt']);
    });
  });

  it('resizes a column by dragging the right edge of its header, within the limits, and keeps the width', async () => {
    const { store } = await renderWithStore(<Page />, { seed: seedThree });
    await waitFor(() => expect(caseRows()).toHaveLength(3));
    const header = within(grid()).getByRole('columnheader', { name: '客户' });
    const edge = within(header).getByTitle('拖动调整“客户”列宽，双击恢复');
    fireEvent.pointerDown(edge, { button: 0, clientX: 500, pointerId: 1 });
    fireEvent.pointerMove(edge, { clientX: 560, pointerId: 1 });
    fireEvent.pointerUp(edge, { clientX: 560, pointerId: 1 });
    // 170 px by default, 60 px wider; the cells follow the header.
    await waitFor(() => expect(header.style.width).toBe('230px'));
    expect(cellOf(caseRows()[0]!, '客户').style.width).toBe('230px');
    await waitFor(async () => expect((await store.send('tracking.prefs', {})).layout?.widths).toEqual({ customer: 230 }));
    // Not narrower than the minimum.
    fireEvent.pointerDown(edge, { button: 0, clientX: 500, pointerId: 1 });
    fireEvent.pointerMove(edge, { clientX: 0, pointerId: 1 });
    fireEvent.pointerUp(edge, { clientX: 0, pointerId: 1 });
    await waitFor(() => expect(header.style.width).toBe('60px'));
    // A double click goes back to the default.
    fireEvent.doubleClick(edge);
    await waitFor(() => expect(header.style.width).toBe('170px'));
    await waitFor(async () => expect((await store.send('tracking.prefs', {})).layout?.widths).toEqual({}));
  });

  it('saves the current filters as a view that appears in the views bar and applies them again', async () => {
    const { store } = await renderWithStore(<Page />, { seed: seedThree });
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    fireEvent.click(screen.getByRole('button', { name: '筛选' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: '重大' }));
    await waitFor(() => expect(count()).toBe('共 1 宗投诉'));
    const views = screen.getByRole('group', { name: '视图' });
    // 重大 only is exactly the built-in 重大投诉 view.
    expect(within(views).getByRole('button', { name: '重大投诉' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('checkbox', { name: '一般' }));
    await waitFor(() => expect(count()).toBe('共 2 宗投诉'));

    fireEvent.click(within(views).getByRole('button', { name: '保存当前视图' }));
    const form = await screen.findByRole('form', { name: '保存当前视图' });
    // A blank name is refused by the store host, and the form says why.
    fireEvent.change(within(form).getByRole('textbox', { name: /视图名称/ }), { target: { value: '   ' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('此项为必填项。')).toBeTruthy();
    fireEvent.change(within(form).getByRole('textbox', { name: /视图名称/ }), { target: { value: '一般和重大' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    const saved = await within(views).findByRole('button', { name: '一般和重大' });
    expect(saved.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(within(views).getByRole('button', { name: '全部' }));
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    fireEvent.click(saved);
    await waitFor(() => expect(count()).toBe('共 2 宗投诉'));
    await waitFor(() => expect(names()).toEqual(['王五', '李四']));
    const prefs = await store.send('tracking.prefs', {});
    expect(prefs.views.map((v) => [v.name, v.filter.severities])).toEqual([['一般和重大', ['major', 'general']]]);
  });

  it('follows changes made elsewhere without a reload', async () => {
    const { asAgent } = await renderWithStore(<Page />, { seed: seedThree });
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    let added: CaseRecord | undefined;
    await act(async () => void (added = await registerCase(asAgent, { customerName: '新客户' })));
    await waitFor(() => expect(count()).toBe('共 4 宗投诉'));
    expect(await within(grid()).findByRole('link', { name: added!.no })).toBeTruthy();
    expect(names()[0]).toBe('新客户');
  });

  it('shows what changed while the store host was down once it is back', async () => {
    const { host, asAgent, restartStore } = await renderWithStore(<Page />, { seed: seedThree });
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    host.hub.close('ui');
    const added = await registerCase(asAgent, { customerName: '重启期间' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(count()).toBe('共 3 宗投诉');
    act(() => restartStore());
    await waitFor(() => expect(count()).toBe('共 4 宗投诉'));
    expect(await within(grid()).findByRole('link', { name: added.no })).toBeTruthy();
  });

  it('reorders the columns by dragging a header onto another', async () => {
    const { store } = await renderWithStore(<Page />, { seed: seedThree });
    await waitFor(() => expect(caseRows()).toHaveLength(3));
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => void data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      get types() {
        return [...data.keys()];
      },
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    const header = (name: string) => within(grid()).getByRole('columnheader', { name });
    fireEvent.dragStart(header('严重程度'), { dataTransfer });
    fireEvent.dragOver(header('受理时间'), { dataTransfer });
    fireEvent.drop(header('受理时间'), { dataTransfer });
    await waitFor(() => expect(headers().slice(0, 3)).toEqual(['投诉单号', '严重程度', '受理时间']));
    expect(cellOf(caseRows()[0]!, '严重程度').previousElementSibling?.textContent).toBe(caseRows()[0]!.querySelector('a')?.textContent);
    await waitFor(async () => expect((await store.send('tracking.prefs', {})).layout?.order.slice(0, 3)).toEqual(['no', 'severity', 'receivedAt']));
  });

  it('speaks English after switching', async () => {
    await renderWithStore(<Page />, { seed: seedThree });
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    const width = (name: string) => parseFloat(within(grid()).getByRole('columnheader', { name }).style.width);
    expect(width('严重程度')).toBe(88); // its heading, with room for the sort arrow
    const zhStatus = width('状态');
    await act(() => setLanguage('en'));
    expect(count()).toBe('3 complaints');
    // Wide enough for the GENERAL badge and "Awaiting screening" (cut to GENE··· and Awaiting s··· at the Chinese widths).
    const enGrid = screen.getByRole('grid', { name: 'Complaint tracking' });
    const enWidth = (name: string) => parseFloat(within(enGrid).getByRole('columnheader', { name }).style.width);
    expect(enWidth('Severity')).toBeGreaterThan(90);
    expect(enWidth('Status')).toBeGreaterThan(zhStatus);
    const firstCase = within(enGrid).getAllByRole('row').find((row) => within(row).queryByRole('link') !== null)!;
    expect(cellOf(firstCase, 'Status').style.width).toBe(`${enWidth('Status')}px`);
    expect(screen.getByRole('columnheader', { name: 'Case no.' })).toBeTruthy();
    expect(screen.getAllByText('Awaiting screening')).toHaveLength(3);
    expect(within(screen.getByRole('grid', { name: 'Complaint tracking' })).getByText('Overdue')).toBeTruthy();
  });
});

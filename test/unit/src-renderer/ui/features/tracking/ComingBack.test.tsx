import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { TrackingPage } from '../../../../../../src-renderer/ui/features/tracking/TrackingPage';
import { renderWithStore, type Rendered } from '../../render';
import { seedDemo } from '../dashboard/kit';
import { caseRows, cellOf, count, grid, HOUR, registerCase, setUpTrackingTests } from './helpers';

setUpTrackingTests();

/** The tracking table and the case page under the app's hash router: opening a case leaves the table. */
function Desk() {
  return (
    <Router hook={useHashLocation}>
      <Switch>
        <Route path="/cases/:id">{(params) => <p>case {params.id}</p>}</Route>
        <Route>
          <TrackingPage />
        </Route>
      </Switch>
    </Router>
  );
}

/** Newest first: 王五 (major), 李四 (general), 张三 (serious). */
async function seedThree(_host: unknown, asAgent: Rendered['asAgent']): Promise<void> {
  await registerCase(asAgent, { customerName: '张三', receivedAt: Date.now() - 5 * HOUR });
  await registerCase(asAgent, { customerName: '李四', receivedAt: Date.now() - 4 * HOUR, severity: 'general' });
  await registerCase(asAgent, { customerName: '王五', receivedAt: Date.now() - 3 * HOUR, severity: 'major' });
}

const names = () => caseRows().map((row) => cellOf(row, '客户').textContent?.split(' ')[0]);
/** The customer of the active (arrow-key) row, null for none. */
const activeName = () => {
  const id = grid().getAttribute('aria-activedescendant');
  const row = id ? document.getElementById(id) : null;
  return row ? cellOf(row, '客户').textContent?.split(' ')[0] : null;
};

async function backToTable(): Promise<void> {
  window.location.hash = '#/tracking';
  await waitFor(() => expect(names()).toEqual(['王五', '李四', '张三']));
}

describe('coming back to the tracking table', { timeout: 60_000 }, () => {
  it('is where it was left, on the row opened, with the keyboard on it; another query starts at the top', async () => {
    await renderWithStore(<Desk />, { seed: seedThree });
    await waitFor(() => expect(names()).toEqual(['王五', '李四', '张三']));
    grid().scrollTop = 40;
    fireEvent.scroll(grid());
    grid().focus();
    // Scrolled one row down, the first ↓ takes the first row in view.
    fireEvent.keyDown(grid(), { key: 'ArrowDown' });
    expect(activeName()).toBe('李四');
    const opened = within(caseRows()[1]!).getByRole('link').getAttribute('href');
    fireEvent.keyDown(grid(), { key: 'Enter' });
    expect(window.location.hash).toBe(opened);
    expect(await screen.findByText(/^case /)).toBeTruthy();

    await backToTable();
    await waitFor(() => expect(activeName()).toBe('李四'));
    expect(grid().scrollTop).toBe(40);
    expect(document.activeElement).toBe(grid());
    // On to the next case down.
    fireEvent.keyDown(grid(), { key: 'ArrowDown' });
    expect(activeName()).toBe('张三');

    // A case opened by its number (a click) is the row to come back to as well.
    fireEvent.click(within(caseRows()[0]!).getByRole('link'));
    await screen.findByText(/^case /);
    await backToTable();
    await waitFor(() => expect(activeName()).toBe('王五'));

    // A filter makes another query: its table starts at the top, with no active row.
    fireEvent.click(screen.getByRole('button', { name: '筛选' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: '重大' }));
    await waitFor(() => expect(count()).toBe('共 1 宗投诉'));
    expect(grid().scrollTop).toBe(0);
    expect(activeName()).toBeNull();
    within(caseRows()[0]!).getByRole('link').click();
    await screen.findByText(/^case /);
    window.location.hash = '#/tracking';
    // The filter is kept, and with it the place of its own table.
    await waitFor(() => expect(names()).toEqual(['王五']));
    expect(activeName()).toBe('王五');
  });

  it('marks the saved view the user chose when two show the same cases, also after opening a case', async () => {
    const twin = (id: string, name: string) => ({ id, name, filter: { severities: ['major', 'general'] }, sort: { key: 'receivedAt', dir: 'desc' } });
    await renderWithStore(<Desk />, {
      seed: async (host, asAgent) => {
        await seedThree(host, asAgent);
        await asAgent('tracking.saveView', { view: twin('a', '重大和一般') });
        await asAgent('tracking.saveView', { view: twin('b', '我的重大和一般') });
      },
    });
    const views = await screen.findByRole('group', { name: '视图' });
    const first = await within(views).findByRole('button', { name: '重大和一般' });
    const second = within(views).getByRole('button', { name: '我的重大和一般' });
    fireEvent.click(second);
    await waitFor(() => expect(count()).toBe('共 2 宗投诉'));
    expect(second.getAttribute('aria-pressed')).toBe('true');
    expect(first.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(first);
    await waitFor(() => expect(first.getAttribute('aria-pressed')).toBe('true'));
    expect(second.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(second);
    await waitFor(() => expect(second.getAttribute('aria-pressed')).toBe('true'));

    fireEvent.click(within(caseRows()[0]!).getByRole('link'));
    await screen.findByText(/^case /);
    window.location.hash = '#/tracking';
    const back = await screen.findByRole('group', { name: '视图' });
    await waitFor(() => expect(within(back).getByRole('button', { name: '我的重大和一般' }).getAttribute('aria-pressed')).toBe('true'));
    expect(within(back).getByRole('button', { name: '重大和一般' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('refuses to save a view under the name of a built-in one, in either language, and says why', async () => {
    const { store } = await renderWithStore(<Desk />, { seed: seedThree });
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    const views = screen.getByRole('group', { name: '视图' });
    fireEvent.click(within(views).getByRole('button', { name: '保存当前视图' }));
    const form = await screen.findByRole('form', { name: '保存当前视图' });
    for (const name of ['全部', 'Overdue']) {
      fireEvent.change(within(form).getByRole('textbox', { name: /视图名称/ }), { target: { value: name } });
      fireEvent.click(within(form).getByRole('button', { name: '保存' }));
      expect(await within(form).findByText('这是内置视图的名称（如“全部”“已超时”），请换一个名称。')).toBeTruthy();
    }
    expect((await store.send('tracking.prefs', {})).views).toEqual([]);
    expect(within(views).getAllByRole('button', { name: '全部' })).toHaveLength(1);
  });

  it('says the header checkbox selected the loaded rows only, out of how many match, and selects them all on request', async () => {
    await renderWithStore(<Desk />, { seed: (host) => seedDemo(host, 260) });
    fireEvent.click(await screen.findByRole('button', { name: '筛选' }));
    fireEvent.click(await screen.findByRole('radio', { name: '全部' }));
    await waitFor(() => expect(count()).toBe('共 260 宗投诉'));
    await waitFor(() => expect(caseRows().length).toBeGreaterThan(5));
    fireEvent.click(within(grid()).getByRole('checkbox', { name: '选择已加载的全部行' }));
    const bulk = await screen.findByRole('region', { name: '批量操作' });
    const selected = Number(within(bulk).getByTestId('selected-count').textContent?.replace(/\D/g, ''));
    expect(selected).toBeGreaterThan(0);
    expect(selected).toBeLessThan(260);
    expect(within(bulk).getByText('表头复选框只选已加载的行，共 260 宗符合条件。')).toBeTruthy();
    // 选择全部: every matching case, not only the loaded ones.
    fireEvent.click(within(bulk).getByRole('button', { name: '选择全部 260 宗' }));
    expect(await within(bulk).findByText('已选 260 宗')).toBeTruthy();
    expect(within(bulk).getByTestId('selected-all').textContent).toBe('已选择符合当前条件的全部 260 宗。');
    expect(within(bulk).queryByTestId('selected-loaded-only')).toBeNull();
    // Unticking one is the user's own pick of 259.
    fireEvent.click(within(caseRows()[0]!).getByRole('checkbox'));
    expect(await within(bulk).findByText('已选 259 宗')).toBeTruthy();
    expect(within(bulk).queryByTestId('selected-all')).toBeNull();
    // Rows ticked one by one are what the user chose: no such note.
    fireEvent.click(within(bulk).getByRole('button', { name: '取消选择' }));
    fireEvent.click(within(caseRows()[0]!).getByRole('checkbox'));
    expect(await within(await screen.findByRole('region', { name: '批量操作' })).findByText('已选 1 宗')).toBeTruthy();
    expect(screen.queryByTestId('selected-loaded-only')).toBeNull();
  });
});

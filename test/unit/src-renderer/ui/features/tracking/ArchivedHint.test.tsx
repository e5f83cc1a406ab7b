import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TrackingQuerySchema } from '../../../../../../src-renderer/domain/tracking/query';
import type { StoreHost } from '../../../../../../src-renderer/store/host';
import { noteChanges } from '../../../../../../src-renderer/store/search/changes';
import { listPrintRoute } from '../../../../../../src-renderer/ui/features/tracking/print/listRoute';
import { PrintTrackingList } from '../../../../../../src-renderer/ui/features/tracking/print/PrintTrackingList';
import { rememberQuery } from '../../../../../../src-renderer/ui/features/tracking/trackingQuery';
import { AGENT, renderWithStore, teardown, type Rendered } from '../../render';
import { caseRows, cellOf, count, HOUR, Page, registerCase, setUpTrackingTests } from './helpers';

setUpTrackingTests();

const DAY = 24 * HOUR;
const PHONE = '13912345678';

/**
 * 赵敏 called twice two months ago; both cases were closed and went to the archive. `open` adds a
 * third case of hers still being handled. Another customer's case keeps the table from being empty.
 */
function seed(open: boolean) {
  return async (host: StoreHost, asAgent: Rendered['asAgent']) => {
    const old = [
      await registerCase(asAgent, { customerName: '赵敏', phone: PHONE, receivedAt: Date.now() - 60 * DAY, description: '冰箱不制冷。' }),
      await registerCase(asAgent, { customerName: '赵敏', phone: PHONE, receivedAt: Date.now() - 59 * DAY, description: '维修师傅没上门。' }),
    ];
    if (open) await registerCase(asAgent, { customerName: '赵敏', phone: PHONE, receivedAt: Date.now() - HOUR, description: '又坏了。' });
    await registerCase(asAgent, { customerName: '周芷若', phone: '13800000000', receivedAt: Date.now() - 2 * HOUR });
    // As the hourly housekeeping leaves them 30 days after closing (store/core/archive.ts).
    const closedAt = Date.now() - 55 * DAY;
    for (const { id } of old) await host.db.cases.update(id, { status: 'closed', closedAt, archived: 1 });
    noteChanges(host.db, [{ area: 'cases', ids: old.map((c) => c.id) }]);
  };
}

const search = (text: string) => fireEvent.change(screen.getByRole('searchbox', { name: '搜索投诉' }), { target: { value: text } });
const names = () => caseRows().map((row) => cellOf(row, '客户').textContent?.split(' ')[0]);

/** Received in the last 90 days: 赵敏's two archived cases and 周芷若's current one. */
const lastQuarter = () => TrackingQuerySchema.parse({ filter: { receivedFrom: Date.now() - 90 * DAY } });

/** `seed`, then the table opens on `query`, as the user left it earlier in the session. */
function seedWithQuery(query: ReturnType<typeof lastQuarter>) {
  return async (host: StoreHost, asAgent: Rendered['asAgent']) => {
    await seed(false)(host, asAgent);
    const agent = await host.db.users.where('username').equals(AGENT.username).first();
    rememberQuery(agent!.id, query);
  };
}

describe('the tracking table with archived cases a search also finds', { timeout: 60_000 }, () => {
  it('says so when the search finds none outside the archive, and 显示已归档 shows them', async () => {
    await renderWithStore(<Page />, { seed: seed(false) });
    await waitFor(() => expect(count()).toBe('共 1 宗投诉'));
    // The archive is left out without any condition, and nothing is said about it.
    expect(screen.queryByText(/已归档的投诉符合条件/)).toBeNull();

    search(PHONE);
    await waitFor(() => expect(count()).toBe('共 0 宗投诉'));
    expect(screen.getByText('没有符合条件的投诉。')).toBeTruthy();
    expect(await screen.findByText('另有 2 宗已归档的投诉符合条件。')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '显示已归档' }));
    await waitFor(() => expect(count()).toBe('共 2 宗投诉'));
    await waitFor(() => expect(names()).toEqual(['赵敏', '赵敏']));
    expect(screen.queryByText(/已归档的投诉符合条件/)).toBeNull();
    expect(screen.queryByText('没有符合条件的投诉。')).toBeNull();
    // The filter now includes the archive, as 筛选 → 归档 → 全部 would.
    expect(screen.getByRole('button', { name: '筛选（1）' })).toBeTruthy();
  });

  it('says so under the rows when the search finds current cases too', async () => {
    await renderWithStore(<Page />, { seed: seed(true) });
    await waitFor(() => expect(count()).toBe('共 2 宗投诉'));
    search('赵敏');
    await waitFor(() => expect(count()).toBe('共 1 宗投诉'));
    expect(await screen.findByText('另有 2 宗已归档的投诉符合条件。')).toBeTruthy();
    expect(screen.queryByText('没有符合条件的投诉。')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '显示已归档' }));
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    expect(screen.queryByRole('button', { name: '显示已归档' })).toBeNull();
  });

  it('says nothing when the archive holds no match', async () => {
    await renderWithStore(<Page />, { seed: seed(true) });
    await waitFor(() => expect(count()).toBe('共 2 宗投诉'));
    search('周芷若');
    await waitFor(() => expect(count()).toBe('共 1 宗投诉'));
    await waitFor(() => expect(names()).toEqual(['周芷若']));
    expect(screen.queryByRole('button', { name: '显示已归档' })).toBeNull();
  });

  it('says so for a date range without a search, and the export says it too', async () => {
    const rendered = await renderWithStore(<Page />, { seed: seedWithQuery(lastQuarter()) });
    await waitFor(() => expect(count()).toBe('共 1 宗投诉'));
    expect(await screen.findByText('另有 2 宗已归档的投诉符合条件。')).toBeTruthy();

    rendered.platform.saveFile = async () => ({ status: 'saved' });
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: '导出为 CSV' }));
    expect(await screen.findByText('已导出 1 行')).toBeTruthy();
    expect(screen.getByText('另有 2 宗已归档的投诉符合条件，未导出。要一并导出，请在“筛选”中将“归档”设为“全部”。')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '显示已归档' }));
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    expect(screen.queryByText(/已归档的投诉符合条件。$/)).toBeNull();
  });

  it('says so on the printed list of the view, in English too', async () => {
    const encoded = (query: ReturnType<typeof lastQuarter>) => listPrintRoute(query, ['no', 'customer']).slice('/print/tracking/'.length);
    await renderWithStore(<PrintTrackingList encoded={encoded(lastQuarter())} />, { seed: seedWithQuery(lastQuarter()) });
    expect(await screen.findByText('另有 2 宗已归档的投诉符合条件，未列入本表。要一并列出，请在“筛选”中将“归档”设为“全部”。')).toBeTruthy();
    await teardown();

    const all = TrackingQuerySchema.parse({ filter: { ...lastQuarter().filter, archived: 'all' } });
    await renderWithStore(<PrintTrackingList encoded={encoded(all)} />, { language: 'en', seed: seedWithQuery(all) });
    await screen.findByText('3 complaints', { exact: false });
    expect(screen.queryByText(/archived complaints? also match/)).toBeNull();
    await teardown();

    await renderWithStore(<PrintTrackingList encoded={encoded(lastQuarter())} />, { language: 'en', seed: seedWithQuery(lastQuarter()) });
    expect(await screen.findByText('2 archived complaints also match and are not listed. To include them, set Archive to All under Filters.')).toBeTruthy();
  });
});

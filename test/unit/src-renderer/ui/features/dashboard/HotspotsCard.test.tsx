import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Category } from '../../../../../../src-renderer/domain/cases/vocabulary';
import type { StoreHost } from '../../../../../../src-renderer/store/host';
import { caseIndexFor } from '../../../../../../src-renderer/store/search/case-index';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';
import { placedCases, quietDays, waimaiTexts, type Placement } from '../../../store/services/assist/hotspot-cases';
import { registerCase, renderWithStore, teardown } from '../../render';
import { Desk, followDrill, kpi } from './kit';

afterEach(async () => {
  await teardown();
  sessionStorage.clear();
  window.location.hash = '';
  await initI18n('zh-CN');
});

const QUIET = waimaiTexts('送餐', true);
const COURIER = waimaiTexts('送餐员');
const CATEGORIES: Category[] = ['logistics', 'service_attitude', 'product_quality', 'billing', 'after_sales'];

/** Cases written straight into the host's database (as an import would), and the tracking index told. */
async function seed(host: StoreHost, placements: readonly Placement[]): Promise<void> {
  const records = placedCases(Date.now(), placements);
  await host.db.cases.bulkAdd(records);
  caseIndexFor(host.db).markChanged(records.map((record) => record.id));
}

/** Five ordinary take-away complaints a day over the last 31 days, graded. */
const quietMonth = () => quietDays(31, 5, QUIET).map((place, n) => ({ ...place, category: CATEGORIES[n % CATEGORIES.length]! }));

const card = () => screen.getByRole('region', { name: '批量投诉苗头' });

describe('HotspotsCard', { timeout: 120_000 }, () => {
  it('warns of a burst of complaints about the courier and opens the tracking table on them', async () => {
    window.location.hash = '#/dashboard';
    await renderWithStore(<Desk />, {
      seed: async (host) => {
        await seed(host, quietMonth());
        await seed(host, COURIER.slice(0, 18).map((description, n) => ({ daysAgo: n % 3, description, category: null })));
      },
    });
    const item = await waitFor(() => {
      const found = within(card()).getAllByTestId('hotspot').find((element) => element.textContent?.includes('“送餐员”'));
      expect(found).toBeDefined();
      return found!;
    });
    expect(within(card()).getByText('近 3 天与此前 28 天的日均相比')).toBeTruthy();
    expect(within(item).getByText('关键词')).toBeTruthy();
    expect(within(item).getByText('新出现')).toBeTruthy();
    expect(item.textContent).toContain('近 3 天 18 宗 · 此前日均 0 宗');

    // The search for the keyword since the recent window began finds at least its 18 cases.
    const open = within(item).getByRole('button', { name: '在跟踪表中查看：关键词 “送餐员”（近 3 天 18 宗）' });
    expect(await followDrill(open)).toBeGreaterThanOrEqual(18);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('送餐员');
  });

  it('says so when nothing rose, in Chinese and in English', async () => {
    window.location.hash = '#/dashboard';
    await renderWithStore(<Desk />, { seed: (host) => seed(host, quietMonth()) });
    expect(await within(card()).findByText('近 3 天没有异常上升')).toBeTruthy();
    expect(within(card()).queryAllByTestId('hotspot')).toHaveLength(0);
    await initI18n('en');
    expect(await screen.findByText('No unusual rise in the last 3 days')).toBeTruthy();
  });

  it('has nothing to compare with on a new desk', async () => {
    window.location.hash = '#/dashboard';
    await renderWithStore(<Desk />);
    expect(await within(card()).findByText('此前 28 天的投诉太少，暂不比较。')).toBeTruthy();
  });

  it('counts repeat complaints among the headline figures, and follows a new one', async () => {
    window.location.hash = '#/dashboard';
    const { asAgent } = await renderWithStore(<Desk />, {
      seed: async (_host, send) => {
        await registerCase(send, { receivedAt: Date.now() - 5 * 60_000, phone: '13812345678' });
        await registerCase(send, { receivedAt: Date.now() - 4 * 60_000, phone: '13812345678' });
        await registerCase(send, { receivedAt: Date.now() - 3 * 60_000, phone: '', email: 'li@example.cn' });
        await registerCase(send, { receivedAt: Date.now() - 2 * 60_000, phone: '13900000000' });
      },
    });
    await waitFor(() => expect(kpi('重复投诉')).toBe('1'));
    const group = screen.getByRole('group', { name: '重复投诉' });
    expect(group.textContent).toContain('占受理量 25.0% · 90 天内再次投诉');

    await registerCase(asAgent, { phone: '', email: 'LI@example.cn' });
    await waitFor(() => expect(kpi('重复投诉')).toBe('2'));
    await waitFor(() => expect(screen.getByRole('group', { name: '重复投诉' }).textContent).toContain('40.0%'));
    // The period control still works beside it.
    fireEvent.click(screen.getByRole('button', { name: '近30天' }));
    await waitFor(() => expect(kpi('重复投诉')).toBe('2'));
  });
});

import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { TrackingFilterSchema } from '../../../../../../src-renderer/domain/tracking/query';
import { conditionText, DrillChips } from '../../../../../../src-renderer/ui/features/tracking/DrillChips';
import { activeFilterCount, drillConditions, drilledQuery, rememberQuery } from '../../../../../../src-renderer/ui/features/tracking/trackingQuery';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';
import { renderWithStore, teardown } from '../../render';
import { count, Page, registerCase } from './helpers';

afterEach(async () => {
  await teardown();
  sessionStorage.clear();
  window.location.hash = '';
  await initI18n('zh-CN');
});

const at = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
const NOVEMBER = { from: at(2026, 11, 1), to: at(2026, 12, 1) };

describe('conditions from the dashboard', () => {
  it('count once each in the filter badge: a range is one filter, like the received range', () => {
    const filter = TrackingFilterSchema.parse({
      clockCompleted: { clock: 'resolution', ...NOVEMBER, outcomes: ['missed'] },
      surveyedFrom: NOVEMBER.from,
      surveyedTo: NOVEMBER.to,
      receivedFrom: NOVEMBER.from,
      receivedTo: NOVEMBER.to,
      departments: [''],
      archived: 'all',
    });
    expect(activeFilterCount(filter)).toBe(5);
    expect(activeFilterCount(TrackingFilterSchema.parse({ surveyedTo: NOVEMBER.to }))).toBe(1);
  });

  it('are listed with the patch that takes each off', () => {
    const filter = TrackingFilterSchema.parse({ subCategories: ['破损', ''], departments: ['售后部', ''], reopened: true, unreached: true, uncategorized: true });
    expect(drillConditions(filter).map((condition) => [condition.kind, condition.remove])).toEqual([
      ['reopened', { reopened: false }],
      ['unreached', { unreached: false }],
      ['uncategorized', { uncategorized: false }],
      ['subCategory', { subCategories: [''] }],
      ['subCategory', { subCategories: ['破损'] }],
      ['noDepartment', { departments: ['售后部'] }],
    ]);
    // A department the panel lists is not a drill condition.
    expect(drillConditions(TrackingFilterSchema.parse({ departments: ['售后部'] }))).toEqual([]);
  });

  it('read as sentences in both languages', async () => {
    const [clock] = drillConditions(TrackingFilterSchema.parse({ clockCompleted: { clock: 'resolution', ...NOVEMBER, outcomes: ['missed'] } }));
    const [surveyed] = drillConditions(TrackingFilterSchema.parse({ surveyedFrom: at(2026, 11, 3), surveyedTo: at(2026, 11, 4) }));
    const [since] = drillConditions(TrackingFilterSchema.parse({ surveyedFrom: at(2026, 11, 3) }));
    const [both] = drillConditions(TrackingFilterSchema.parse({ clockCompleted: { clock: 'response', ...NOVEMBER } }));
    await initI18n('zh-CN');
    expect(conditionText(i18next.t, 'zh-CN', clock!)).toBe('处理时限完成于 2026年11月1日至2026年11月30日 · 超时');
    expect(conditionText(i18next.t, 'zh-CN', surveyed!)).toBe('回访评价于 2026年11月3日');
    expect(conditionText(i18next.t, 'zh-CN', since!)).toBe('回访评价于 2026年11月3日起');
    expect(conditionText(i18next.t, 'zh-CN', both!)).toBe('响应时限完成于 2026年11月1日至2026年11月30日');
    await i18next.changeLanguage('en');
    expect(conditionText(i18next.t, 'en', clock!)).toBe('Resolution limit completed Nov 1, 2026 – Nov 30, 2026 · late');
  });
});

describe('DrillChips on the tracking page', { timeout: 60_000 }, () => {
  it('shows what a drill filtered by; taking a chip off widens the table', async () => {
    await renderWithStore(<Page />, {
      seed: async (_host, send) => {
        await registerCase(send, { customerName: '王五' });
        await registerCase(send, { customerName: '李四' });
        // The dashboard leaves the query where the page picks it up. Registered cases are not graded and have no department yet; none was reopened.
        const status = await send('auth.status', {});
        if (!status.ok) throw new Error(JSON.stringify(status.error));
        const { actor } = status.value as { actor: { id: string } };
        rememberQuery(actor.id, drilledQuery({ archived: 'all', uncategorized: true, departments: [''], reopened: true }));
      },
    });
    const chips = await screen.findByRole('group', { name: '来自看板的条件' });
    expect(within(chips).getByText('重新处理过')).toBeTruthy();
    expect(within(chips).getByText('未定级')).toBeTruthy();
    expect(within(chips).getByText('责任部门：未指定')).toBeTruthy();
    await waitFor(() => expect(count()).toBe('共 0 宗投诉'));

    fireEvent.click(within(chips).getByRole('button', { name: '去掉条件“重新处理过”' }));
    await waitFor(() => expect(count()).toBe('共 2 宗投诉'));
    expect(within(chips).queryByText('重新处理过')).toBeNull();
    fireEvent.click(within(chips).getByRole('button', { name: '去掉条件“未定级”' }));
    fireEvent.click(within(screen.getByRole('group', { name: '来自看板的条件' })).getByRole('button', { name: '去掉条件“责任部门：未指定”' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: '来自看板的条件' })).toBeNull());
    expect(count()).toBe('共 2 宗投诉');
  });
});

describe('a drill from a count of handlings', () => {
  it('says the dashboard counts handlings while the table lists each case once; a response drill does not', () => {
    const chips = (clock: 'resolution' | 'response') =>
      render(
        <MantineProvider>
          <DrillChips filter={TrackingFilterSchema.parse({ clockCompleted: { clock, ...NOVEMBER, outcomes: ['met', 'missed'] } })} onChange={() => undefined} />
        </MantineProvider>,
      );
    const handled = chips('resolution');
    expect(handled.getByTestId('drill-per-case').textContent).toBe('看板按处理次数统计，重新处理过的投诉每办结一次计一次；此处每宗投诉只列一行。');
    handled.unmount();
    expect(chips('response').queryByTestId('drill-per-case')).toBeNull();
  });
});

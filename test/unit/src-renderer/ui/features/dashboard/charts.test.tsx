import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';
import { registerCase, renderWithStore, teardown } from '../../render';
import { Desk, kpi, seedDemo } from './kit';

// jsdom lays nothing out: give the charts' containers a size, so Recharts draws its axes as in the app.
beforeEach(() => {
  for (const [prop, size] of [
    ['clientWidth', 600],
    ['clientHeight', 240],
  ] as const) {
    vi.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('recharts-responsive-container') ? size : 0;
    });
  }
});

afterEach(async () => {
  vi.restoreAllMocks();
  await teardown();
  window.location.hash = '';
  await initI18n('zh-CN');
});

const card = (title: string) => screen.getByRole('region', { name: title });
/** The numbers on the value axis (the other axis names days or stages). */
const yTicks = (chart: HTMLElement) =>
  [...chart.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((tick) => tick.textContent ?? '').filter((text) => /^[\d.,]+$/.test(text));

/** The chart is drawn, exposed as one named image; nothing inside it (ticks, bars) is read out or focusable. */
function expectNamedImage(chart: HTMLElement) {
  expect(chart.querySelector('svg.recharts-surface')).toBeTruthy();
  expect(chart.querySelector('[role="application"], [tabindex="0"]')).toBeNull();
  for (const tick of chart.querySelectorAll('.recharts-cartesian-axis-tick-value')) expect(tick.closest('[aria-hidden="true"]')).toBeTruthy();
}

describe('the dashboard’s charts', { timeout: 120_000 }, () => {
  it('are images named for what they show, and count in whole cases', async () => {
    window.location.hash = '#/dashboard';
    await renderWithStore(<Desk />, { seed: async (_host, send) => void (await registerCase(send)) });
    await waitFor(() => expect(kpi('受理量')).toBe('1'));

    const received = await within(card('受理量')).findByRole('img', { name: '受理量（按投诉渠道，按日）' });
    await waitFor(() => expectNamedImage(received));
    // One case at most in a day: the axis says 0 and 1, not 0.25 of a case (nor 0 to 4).
    await waitFor(() => expect(yTicks(received)).toEqual(['0', '1']));
    fireEvent.click(within(card('受理量')).getByText('按严重程度'));
    expect(await within(card('受理量')).findByRole('img', { name: '受理量（按严重程度，按日）' })).toBeTruthy();

    const stages = within(card('未结案投诉所处环节')).getByRole('img', { name: '未结案投诉所处环节（各环节宗数）' });
    await waitFor(() => expectNamedImage(stages));
    await waitFor(() => expect(yTicks(stages)).toEqual(['0', '1']));

    const categories = within(card('投诉类别分布')).getByRole('img', { name: '投诉类别分布（各类别宗数）' });
    await waitFor(() => expectNamedImage(categories));
    // The numbers stay readable beside the image: the legend of the categories, the data table of the counts.
    expect(within(card('受理量')).getByRole('button', { name: '显示数据表' })).toBeTruthy();
    expect(document.querySelector('[role="application"]')).toBeNull();
  });

  it('name the rates and scores by the bucket they are counted in, in English too', async () => {
    window.location.hash = '#/dashboard';
    await renderWithStore(<Desk />, { language: 'en', seed: (host) => seedDemo(host, 200) });
    fireEvent.click(await screen.findByRole('button', { name: 'Last 12 months' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Month' })).toHaveProperty('checked', true));
    const onTime = await within(card('On-time rates')).findByRole('img', { name: 'Response and resolution on-time rates, per month' });
    const satisfaction = await within(card('Satisfaction')).findByRole('img', { name: 'Average satisfaction scores, each aspect and overall, per month' });
    await waitFor(() => expectNamedImage(onTime));
    await waitFor(() => expectNamedImage(satisfaction));
    expect(within(card('Complaints received')).getByRole('img', { name: 'Complaints received by channel, per month' })).toBeTruthy();
    expect(within(card('Open complaints by stage')).getByRole('img', { name: 'Open complaints: how many at each stage' })).toBeTruthy();
    expect(within(card('Complaints by category')).getByRole('img', { name: 'Complaints by category: how many in each' })).toBeTruthy();
    expect(document.querySelector('[role="application"]')).toBeNull();
  });
});

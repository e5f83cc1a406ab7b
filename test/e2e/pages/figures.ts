import { expect, type Locator, type Page } from '@playwright/test';
import type { Labels } from './labels';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 投诉看板: headline figures, chart cards with their data tables, the department comparison; every number opens the tracking table. */
export function dashboardPage(page: Page, l: Labels) {
  const main = page.getByRole('main');
  const kpiValue = (label: string) => main.getByRole('group', { name: label, exact: true }).getByTestId('kpi-value');
  const card = (title: keyof Labels['dashboard']['cards']) => main.getByRole('region', { name: l.dashboard.cards[title], exact: true });
  /** The numbers in `scope` that open the tracking table on `what`, or on anything whose description starts with `startsWith`. */
  const drills = (scope: Locator, what: string, { startsWith = false } = {}) =>
    scope.getByRole('button', { name: new RegExp(`^${escape(startsWith ? l.dashboard.drillPrefix + what : l.dashboard.drill(what))}`) });
  return {
    heading: main.getByRole('heading', { name: l.dashboard.title, level: 2 }),
    empty: main.getByText(l.dashboard.empty, { exact: true }),
    card,
    kpiValue,
    drills,
    /** 受理量 of the period. */
    total: kpiValue(l.dashboard.kpi.received),
    overdueNow: kpiValue(l.dashboard.kpi.overdueNow),
    /** Open cases past a running deadline now (a response overdue is one). */
    responseOverdue: kpiValue(l.dashboard.kpi.overdueNow),
    /** The period total of a channel, in the received chart's legend. */
    byChannel: (label: string) => drills(card('received'), label),
    bySeverity: (label: string) => drills(card('received'), label),
    drillChips: main.getByRole('group', { name: l.dashboard.drillChips }),

    async choosePreset(name: keyof Labels['dashboard']['preset']) {
      await main.getByRole('button', { name: l.dashboard.preset[name], exact: true }).click();
      await expect(main.getByRole('button', { name: l.dashboard.preset[name], exact: true })).toHaveAttribute('aria-pressed', 'true');
    },

    /** Splits the received chart by channel or severity (the segment's input is hidden: click its label). */
    async splitReceivedBy(split: 'byChannel' | 'bySeverity') {
      await card('received').getByText(l.dashboard[split], { exact: true }).click();
    },

    async showTable(title: keyof Labels['dashboard']['cards']) {
      await card(title).getByRole('button', { name: l.dashboard.showTable, exact: true }).click();
    },

    /** How many cases a drill button says it opens. */
    async countOf(button: Locator): Promise<number> {
      return Number(await button.getAttribute('data-count'));
    },
  };
}

import { expect, type Locator, type Page } from '@playwright/test';
import { dismissNotice } from './notices';

/** The words of deadline alerts and of 提醒记录, written out so a wrong translation fails (see labels.ts). */
export const alertWords = {
  nav: '提醒记录',
  logTitle: '提醒记录',
  /** Titles of the notices: one case each. */
  warning: (no: string) => `投诉即将超时：${no}`,
  overdue: (no: string) => `投诉已超时：${no}`,
  repeat: (no: string) => `再次提醒，投诉仍已超时：${no}`,
  /** Titles of the notices about a customer's deletion request (个人信息删除请求). */
  requestWarning: (no: string) => `个人信息删除请求即将到期：${no}`,
  requestOverdue: (no: string) => `个人信息删除请求逾期未答复：${no}`,
  acknowledge: '确认',
  snooze: '15 分钟后提醒',
  acknowledged: '已确认，不再重复提醒。',
  kinds: { warning: '即将超时', overdue: '已超时', repeat: '再次提醒' },
  columns: { raisedAt: '提醒时间', caseNo: '投诉单号/删除请求编号', kind: '类型', recipient: '接收人', delivery: '送达方式', acknowledged: '确认情况' },
  /** 接收人 of an alert of the user's own case: `赵主管（负责人）`. */
  ownerRecipient: (name: string) => `${name}（负责人）`,
  single: '单条',
  /** The field of 要求补充资料 (the response clock pauses while the customer is asked). */
  missingInfo: '需补充的资料',
} as const;

/** In-app alert notices (the browser has not been allowed to notify) and the alert log. */
export function alertsPage(page: Page) {
  const w = alertWords;
  const main = page.getByRole('main');
  const log = main.getByRole('table', { name: w.logTitle, exact: true });
  const notice = (title: string) => page.getByRole('alert').filter({ hasText: title });

  return {
    notice,
    /** Every notice that names the case, whatever it says. */
    noticesOf: (no: string) => page.getByRole('alert').filter({ hasText: no }),
    log,
    /** Rows of the log about one case (each links to it). */
    logRows: (no: string) => log.getByRole('row').filter({ has: page.getByRole('link', { name: no, exact: true }) }),

    /**
     * Moves the page's clock to just before `at`, then lets it run: the alert timer fires at `at` itself,
     * as it would for a user waiting at the desk (the page clock is Playwright's; the store Worker keeps real time).
     */
    /**
     * The page's clock now. A deadline counts from the moment its case was registered, which on a busy
     * machine is some seconds after the clock was set: read after registering, this is the latest it can be.
     */
    pageNow: () => page.evaluate(() => Date.now()),

    async reach(at: number) {
      await page.clock.pauseAt(at - 1_000);
      await page.clock.resume();
    },

    /** 确认 on a notice: it closes, with a word that the reminders stop. */
    async acknowledge(title: string) {
      const target = notice(title);
      await target.getByRole('button', { name: w.acknowledge, exact: true }).click();
      await expect(target).toBeHidden();
      await dismissNotice(page, w.acknowledged);
    },

    /** Closes a notice with its close button (the last one, after 确认 / 15 分钟后提醒). */
    async dismiss(title: string) {
      const target = notice(title);
      await expect(target).toBeVisible();
      await target.getByRole('button').last().click();
      await expect(target).toBeHidden();
    },

    async openLog() {
      await page.getByRole('navigation').getByRole('link', { name: w.nav, exact: true }).click();
      await expect(main.getByRole('heading', { name: w.logTitle, level: 2 })).toBeVisible();
    },

    /** A row's cell in a column of the log. */
    cell: (row: Locator, column: keyof typeof w.columns) => row.getByRole('cell').nth(COLUMN_INDEX[column]),
  };
}

const COLUMN_INDEX: Record<keyof typeof alertWords.columns, number> = {
  raisedAt: 0,
  caseNo: 1,
  kind: 2,
  recipient: 5,
  delivery: 6,
  acknowledged: 7,
};

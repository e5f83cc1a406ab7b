import type { Page } from '@playwright/test';
import { authPage } from './auth';
import { casePage, trackingPage } from './cases';
import { dashboardPage, reportsPage } from './figures';
import { intakePage } from './intake';
import { zh, type Labels } from './labels';
import { shellPage } from './shell';

/** The whole app as page objects, in one UI language. */
export function createDesk(page: Page, labels: Labels = zh) {
  return {
    page,
    labels,
    auth: authPage(page),
    shell: shellPage(page, labels),
    intake: intakePage(page, labels),
    tracking: trackingPage(page, labels),
    casePage: casePage(page, labels),
    dashboard: dashboardPage(page, labels),
    reports: reportsPage(page, labels),
    /** The same page objects after the user switched the UI language. */
    in: (next: Labels) => createDesk(page, next),
  };
}

export type Desk = ReturnType<typeof createDesk>;

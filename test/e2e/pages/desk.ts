import type { Page } from '@playwright/test';
import { authPage } from './auth';
import { caseFlow } from './case-flow';
import { casePage } from './case-page';
import { trackingPage } from './cases';
import { dashboardPage } from './figures';
import { reportsPage } from './report';
import { intakePage } from './intake';
import { zh, type Labels } from './labels';
import { settingsPage } from './settings';
import { shellPage } from './shell';

/** The whole app as page objects, in one UI language. */
export function createDesk(page: Page, labels: Labels = zh) {
  return {
    page,
    labels,
    auth: authPage(page, labels),
    shell: shellPage(page, labels),
    intake: intakePage(page, labels),
    tracking: trackingPage(page, labels),
    casePage: casePage(page, labels),
    flow: caseFlow(page, labels),
    dashboard: dashboardPage(page, labels),
    reports: reportsPage(page, labels),
    settings: settingsPage(page, labels),
    /** The same page objects after the user switched the UI language. */
    in: (next: Labels) => createDesk(page, next),
  };
}

export type Desk = ReturnType<typeof createDesk>;

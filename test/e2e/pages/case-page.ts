import { expect, type Locator, type Page } from '@playwright/test';
import { actionDialog } from './case-dialog';
import type { Labels } from './labels';

export type CaseField = Exclude<keyof Labels['case'], 'title' | 'back' | 'none' | 'undecided' | 'unchanged'>;
export type ClockKind = keyof Labels['flow']['clock'];

/**
 * The value shown under a caption. The page lays fields out as a caption
 * followed by its value, without label/term semantics.
 */
export const valueUnder = (scope: Locator, caption: string) => scope.getByText(caption, { exact: true }).locator('xpath=following-sibling::*[1]');

/** 投诉单: header, stepper, next step and its actions, the records of each stage, deadlines and history. */
export function casePage(page: Page, l: Labels) {
  const f = l.flow;
  const main = page.getByRole('main');
  const region = (name: string) => main.getByRole('region', { name, exact: true });
  const nextStep = region(f.nextStep);
  const clocks = region(f.clocks);
  const timeline = region(f.section.timeline);
  // The stepper is labelled but has no landmark role.
  const stepper = main.locator(`[aria-label="${f.stepper}"]`);
  const steps = stepper.getByRole('button');
  return {
    main,
    heading: (no: string) => main.getByRole('heading', { name: l.case.title(no), level: 2 }),
    value: (field: CaseField) => valueUnder(main, l.case[field]).first(),
    status: valueUnder(main, l.case.status).first(),
    section: region,
    /** A caption's value inside one section. */
    valueIn: (section: string, caption: string) => valueUnder(region(section), caption),
    nextStep,
    hint: nextStep.getByRole('status'),
    actions: nextStep.getByRole('button'),
    action: (command: string) => nextStep.getByRole('button', { name: command, exact: true }),

    /** The stages of the loop, each a button whose text is its number (or a check mark), label and state. */
    steps,
    currentStep: steps.and(stepper.locator('[aria-current="step"]')),
    completedSteps: steps.and(stepper.locator('[data-completed]')),

    clock: (kind: ClockKind) => clocks.locator('[data-clock]').filter({ has: page.getByText(f.clock[kind], { exact: true }) }),
    clocks,

    timeline,
    /** The titles of the history's entries, newest first. */
    timelineTitles: timeline.locator('.mantine-Timeline-itemTitle'),

    /** Opens a command's dialog from its button in 下一步. */
    async open(command: string) {
      await this.action(command).click();
      const dialog = actionDialog(page, l, command);
      await expect(dialog.root).toBeVisible();
      return dialog;
    },

    /** 校验审计链 (supervisors, directors, admins): the verdict it shows. */
    async verifyAudit() {
      await timeline.getByRole('button', { name: f.audit.verify, exact: true }).click();
      return page.getByRole('dialog').getByRole('status');
    },
  };
}

export type CasePageObject = ReturnType<typeof casePage>;

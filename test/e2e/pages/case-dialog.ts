import { expect, type Page } from '@playwright/test';
import type { Labels } from './labels';
import { dismissNotice } from './notices';
import { pickDateTime } from './picker';

/** One action dialog of the case page (named after its command): its fields found by their labels, and its buttons. */
export function actionDialog(page: Page, l: Labels, command: string) {
  const root = page.getByRole('dialog', { name: command, exact: true });
  return {
    root,
    text: (label: string) => root.getByRole('textbox', { name: label, exact: true }),
    async fill(label: string, value: string) {
      await this.text(label).fill(value);
    },
    async choose(label: string, option: string) {
      const box = root.getByRole('combobox', { name: label, exact: true });
      await box.click();
      await page.getByRole('option', { name: option, exact: true }).click();
      await expect(box).toHaveValue(option);
    },
    /** A segmented choice: its radio inputs are visually hidden, their labels take the click. */
    async segment(option: string) {
      await root.getByText(option, { exact: true }).click();
      await expect(root.getByRole('radio', { name: option, exact: true })).toBeChecked();
    },
    async radio(label: string) {
      await root.getByRole('radio', { name: label, exact: true }).check();
    },
    /** One survey question: the stars are radios named by their score, chosen here with the keyboard. */
    async rate(question: string, score: number) {
      const stars = root.getByText(new RegExp(`^${question}`)).locator('xpath=..');
      await stars.getByRole('radio', { name: l.flow.points(score), exact: true }).focus();
      await page.keyboard.press('Space');
      await expect(stars.getByText(l.flow.points(score), { exact: true })).toBeVisible();
    },
    async pick(label: string, instant: number) {
      await pickDateTime(page, l, root.getByRole('button', { name: label, exact: true }), instant);
    },
    button: (name: string) => root.getByRole('button', { name, exact: true }),
    /**
     * Clicks the submit button (named after the command unless given) and
     * waits for the dialog to close and the 已完成 notice (or the one given), which it dismisses.
     */
    async submit(name = command, notice = l.flow.done(command)) {
      await this.button(name).click();
      await expect(root).toBeHidden();
      await dismissNotice(page, notice);
    },
  };
}

export type ActionDialog = ReturnType<typeof actionDialog>;

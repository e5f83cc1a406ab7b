import { expect, type Locator, type Page } from '@playwright/test';
import type { Labels } from './labels';
import { pickDateTime } from './picker';

export interface Complaint {
  /** 受理时间, picked in the calendar; left alone it is the time the form was opened. */
  receivedAt?: number;
  customerName?: string;
  phone?: string;
  email?: string;
  address?: string;
  referralNo?: string;
  product?: string;
  orderNo?: string;
  /** As typed into 涉及金额. */
  amount?: string;
  description?: string;
  demandNote?: string;
  /** Channel label as shown, e.g. 邮件. */
  channel?: string;
  /** Customer type label as shown, e.g. 企业. */
  customerType?: string;
  /** Demand labels as shown, e.g. 退款. */
  demands?: string[];
  /** Severity label as shown, e.g. 重大. */
  severity?: string;
}

const TEXT_FIELDS = ['customerName', 'phone', 'email', 'address', 'referralNo', 'product', 'orderNo', 'amount', 'description', 'demandNote'] as const;
export type IntakeField = (typeof TEXT_FIELDS)[number];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A segmented control's option, clicked by its label (the radio inputs are visually hidden) until
 * it is checked: the suggestions under the description appear while it is being checked and move
 * the controls below it, so a click aimed just before lands beside the option (a CI flake).
 */
async function chooseSegment(group: Locator, label: string) {
  await expect(async () => {
    await group.getByText(label, { exact: true }).click();
    await expect(group.getByRole('radio', { name: label, exact: true })).toBeChecked({ timeout: 1_000 });
  }).toPass();
}

/** 客户投诉登记: the registration form. */
export function intakePage(page: Page, l: Labels) {
  const form = page.getByRole('form', { name: l.intake.title });
  const field = (name: IntakeField) => form.getByRole('textbox', { name: l.intake[name], exact: true });
  const severityGroup = form.getByRole('radiogroup', { name: l.intake.severity });
  const customerTypeGroup = form.getByRole('radiogroup', { name: l.intake.customerType });
  const demandsGroup = form.getByRole('group', { name: l.intake.demands, exact: true });
  const submitButton = form.getByRole('button', { name: l.intake.submit, exact: true });

  return {
    form,
    field,
    receivedAt: form.getByRole('button', { name: l.intake.receivedAt, exact: true }),
    channel: form.getByRole('combobox', { name: l.intake.channel, exact: true }),
    /** 受理人: the signed-in user, not editable. */
    intakeAgent: form.getByRole('textbox', { name: l.intake.intakeAgent, exact: true }),
    /** One of the four parts of the paper form (一、受理信息 …), a fieldset named by its legend. */
    section: (legend: string) => form.getByRole('group', { name: legend, exact: true }),
    severityGroup,
    customerTypeGroup,
    demand: (label: string) => demandsGroup.getByRole('checkbox', { name: label, exact: true }),
    /** The confirmation shown after a successful registration. */
    confirmation: form.getByRole('status'),
    errorTexts: (text: string) => form.getByText(text, { exact: true }),

    async expectLoaded() {
      await expect(page.getByRole('heading', { name: l.intake.title, level: 2 })).toBeVisible();
    },

    async chooseChannel(label: string) {
      await this.channel.click();
      await page.getByRole('option', { name: label, exact: true }).click();
      await expect(this.channel).toHaveValue(label);
    },

    async chooseSeverity(label: string) {
      await chooseSegment(severityGroup, label);
    },

    async chooseCustomerType(label: string) {
      await chooseSegment(customerTypeGroup, label);
    },

    async fill(complaint: Complaint) {
      if (complaint.receivedAt !== undefined) await pickDateTime(page, l, this.receivedAt, complaint.receivedAt);
      if (complaint.channel) await this.chooseChannel(complaint.channel);
      if (complaint.customerType) await this.chooseCustomerType(complaint.customerType);
      for (const demand of complaint.demands ?? []) await this.demand(demand).check();
      for (const name of TEXT_FIELDS) {
        const value = complaint[name];
        if (value !== undefined) await field(name).fill(value);
      }
      if (complaint.severity) await this.chooseSeverity(complaint.severity);
    },

    /** Whether 登记投诉, with the page scrolled to its end, lies under nothing else (a notice) at its middle. */
    async submitUncovered(): Promise<boolean> {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const box = (await submitButton.boundingBox())!;
      return submitButton.evaluate((button, [x, y]) => button.contains(document.elementFromPoint(x!, y!)), [box.x + box.width / 2, box.y + box.height / 2]);
    },

    async submit() {
      // By keyboard: the category suggestions appear above the button while the description is being
      // checked, and a click aimed just before they appear lands where the button was (a CI flake).
      await submitButton.press('Enter');
    },

    /** Expects the field to be marked invalid with this message as its accessible description. */
    async expectFieldError(name: IntakeField, message: string) {
      await expect(field(name)).toHaveAttribute('aria-invalid', 'true');
      await expect(field(name)).toHaveAccessibleDescription(new RegExp(escape(message)));
    },

    async expectFieldValid(name: IntakeField) {
      await expect(field(name)).not.toHaveAttribute('aria-invalid', 'true');
    },

    /** The case number in the confirmation, once it is shown; the form is then blank again. */
    async confirmedCaseNumber(): Promise<string> {
      await expect(this.confirmation).toBeVisible();
      const title = (await this.confirmation.textContent()) ?? '';
      const no = /TS-\d{8}-\d{4}/.exec(title)?.[0];
      if (!no) throw new Error(`no case number in the confirmation: ${title}`);
      await expect(this.confirmation).toContainText(l.intake.saved(no));
      await expect(field('customerName')).toHaveValue('');
      return no;
    },

    /** Fills, submits and returns the case number from the confirmation. */
    async register(complaint: Complaint): Promise<string> {
      await this.fill(complaint);
      await this.submit();
      return this.confirmedCaseNumber();
    },
  };
}

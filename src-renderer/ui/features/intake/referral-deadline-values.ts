import dayjs from 'dayjs';
import { DEFAULT_REFERRAL_REPLY_DAYS, type ReferralDeadline, type ReferralDeadlineInput } from '../../../domain/cases/referral-reply';

/** How the reply deadline is typed: in working days from receipt, as the date on the order, or not at all. */
export type ReferralDeadlineBy = 'workingDays' | 'date' | 'none';

/** 转办反馈时限 while it is typed (intake and 更正登记信息); `days` is '' while the number is cleared. */
export interface ReferralDeadlineValues {
  by: ReferralDeadlineBy;
  days: number | string;
  dueAt: string;
  /** `days` is the centre's default, not typed: the input follows Settings (its value arrives after the form's). */
  centreDefault?: true;
}

/** What a new 12315 case starts with: the centre's default working days (7 until Settings are read). */
export function blankReferralDeadline(): ReferralDeadlineValues {
  return { by: 'workingDays', days: DEFAULT_REFERRAL_REPLY_DAYS, dueAt: '', centreDefault: true };
}

/** A case's deadline as the form shows it, to be corrected. */
export function referralDeadlineValues(deadline: ReferralDeadline | undefined): ReferralDeadlineValues {
  if (!deadline) return { ...blankReferralDeadline(), by: 'none' };
  // Typed once: a correction shows what the case has, not the centre's default.
  return deadline.workingDays === null
    ? { by: 'date', days: DEFAULT_REFERRAL_REPLY_DAYS, dueAt: dayjs(deadline.dueAt).format('YYYY-MM-DD HH:mm:ss'), centreDefault: true }
    : { by: 'workingDays', days: deadline.workingDays, dueAt: '' };
}

/** The command's input: null for none. An empty picker or number becomes NaN, which the store host refuses as missing. */
export function referralDeadlineInput(values: ReferralDeadlineValues | undefined): ReferralDeadlineInput | null {
  if (!values || values.by === 'none') return null;
  if (values.by === 'date') return { by: 'date', dueAt: values.dueAt ? dayjs(values.dueAt).valueOf() : Number.NaN };
  return { by: 'workingDays', days: values.days === '' ? Number.NaN : Number(values.days) };
}

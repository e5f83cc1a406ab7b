import dayjs from 'dayjs';
import { REFERRAL_CHANNEL } from '../../../domain/cases/referral-reply';
import type { RegistrationInput } from '../../../domain/cases/registration';
import { blankReferralDeadline, referralDeadlineInput, type ReferralDeadlineValues } from './referral-deadline-values';
import type { Category, Channel, CustomerType, Demand, Severity, SocialPlatform } from '../../../domain/cases/vocabulary';

/** The value format of @mantine/dates pickers. */
export const PICKER_FORMAT = 'YYYY-MM-DD HH:mm:ss';

/** What the registration form holds while it is being typed; `toInput` turns it into the command's input. */
export interface RegistrationValues {
  receivedAt: string;
  channel: Channel | '';
  customerName: string;
  customerType: CustomerType;
  phone: string;
  email: string;
  address: string;
  /** 社交/应用账号: the platform ('' while none is chosen) and the account. */
  socialPlatform: SocialPlatform | '';
  socialAccount: string;
  /** 来源单号 (a 12315 work order…). */
  referralNo: string;
  /** 转办反馈时限: sent only for a 12315 referral. Absent in a draft kept before it existed. */
  referralDeadline?: ReferralDeadlineValues;
  product: string;
  orderNo: string;
  /** NumberInput gives '' while empty. */
  amount: number | string;
  description: string;
  demands: Demand[];
  demandNote: string;
  severity: Severity;
  /** 初判类别; '' while none is chosen (Select's empty value). */
  category: Category | '';
  /** 承办人, asked of those who register but do not handle cases; absent in a draft kept before it existed. */
  ownerId?: string;
}

export function blankRegistration(channel: Channel | '' = 'phone', now = Date.now()): RegistrationValues {
  return {
    receivedAt: dayjs(now).format(PICKER_FORMAT),
    channel,
    customerName: '',
    customerType: 'individual',
    phone: '',
    email: '',
    address: '',
    socialPlatform: '',
    socialAccount: '',
    referralNo: '',
    referralDeadline: blankReferralDeadline(),
    product: '',
    orderNo: '',
    amount: '',
    description: '',
    demands: [],
    demandNote: '',
    severity: 'general',
    category: '',
    ownerId: '',
  };
}

export function toInput(values: RegistrationValues): RegistrationInput {
  const amount = values.amount === '' ? null : Number(values.amount);
  return {
    ...values,
    receivedAt: dayjs(values.receivedAt).valueOf(),
    channel: values.channel as Channel,
    amount,
    category: values.category === '' ? null : values.category,
    ownerId: values.ownerId ?? '',
    referralDeadline: values.channel === REFERRAL_CHANNEL ? referralDeadlineInput(values.referralDeadline) : null,
  };
}

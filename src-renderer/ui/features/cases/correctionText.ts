import type { TFunction } from 'i18next';
import type { AuditEvent } from '../../../domain/audit/chain';
import { CORRECTABLE_FIELDS, type CorrectableField } from '../../../domain/cases/correction';
import { formatAmount } from '../../components/format';
import type { ReferralDeadline } from '../../../domain/cases/referral-reply';
import { referralDeadlineText } from './sections/ReferralSection';

/** A registered value as the case page shows it ('' and null read 未填写). */
function shown(t: TFunction, field: CorrectableField, value: unknown): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('case.none');
  switch (field) {
    case 'channel':
      return t(`channel.${String(value)}`);
    case 'customerType':
      return t(`customerType.${String(value)}`);
    case 'socialPlatform':
      return t(`socialPlatform.${String(value)}`);
    case 'demands':
      return (value as string[]).map((d) => t(`demand.${d}`)).join(t('flow.listSeparator'));
    case 'amount':
      return formatAmount(value as number);
    default:
      return String(value);
  }
}

/**
 * What a correction changed, a line a field: “联系电话：138… → 139…”. The complaint's text reads
 * as it was before, in full: the new one is on the page. Values come masked for roles without
 * `contacts.view` (maskEventFor).
 */
export function correctionChanges(t: TFunction, event: AuditEvent): string {
  // The reply deadline is no registered field but is corrected with them (referral-reply.ts).
  const deadline = event.changes.referralDeadline;
  const deadlineLine = deadline
    ? [t('flow.timeline.corrected', { field: t('flow.field.referralDeadline'), before: deadlineShown(t, deadline.before), after: deadlineShown(t, deadline.after) })]
    : [];
  return CORRECTABLE_FIELDS.filter((field) => event.changes[field] !== undefined)
    .map((field) => {
      const { before, after } = event.changes[field]!;
      const label = t(`flow.field.${field}`);
      return field === 'description'
        ? t('flow.timeline.correctedText', { field: label, before: shown(t, field, before) })
        : t('flow.timeline.corrected', { field: label, before: shown(t, field, before), after: shown(t, field, after) });
    })
    .concat(deadlineLine)
    .join('\n');
}

function deadlineShown(t: TFunction, value: unknown): string {
  return value && typeof value === 'object' ? referralDeadlineText(t, value as ReferralDeadline) : t('case.none');
}

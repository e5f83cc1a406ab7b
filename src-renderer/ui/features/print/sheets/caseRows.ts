import type { TFunction } from 'i18next';
import type { CaseRecord, GradingRecord, PlanRecord } from '../../../../domain/cases/case';
import { correctionsOf } from '../../../../domain/cases/correction';
import { earlierReturns, returnsOf } from '../../../../domain/grading/returns';
import { formatDateTime } from '../../../components/format';
import { socialAccountText } from '../../cases/accountText';
import { correctedFieldsText, customerDetail } from '../../cases/format';
import type { FieldRow } from '../frame/FieldRows';

/** Who complained, when, how, and about what: the top of every form after the registration. */
export function caseSummaryRows(t: TFunction, record: CaseRecord): FieldRow[] {
  const none = t('case.none');
  return [
    [
      { label: t('case.fields.customerName'), value: record.customerName },
      { label: t('case.fields.phone'), value: customerDetail(t, record, 'phone') || none },
    ],
    // A customer known by their social or app account: how the handler reaches them.
    ...(record.socialAccount !== undefined ? [[{ label: t('socialAccount.account'), value: socialAccountText(t, record) }] satisfies FieldRow] : []),
    [
      { label: t('case.fields.receivedAt'), value: formatDateTime(record.receivedAt) },
      { label: t('case.fields.channel'), value: t(`channel.${record.channel}`) },
    ],
    // A 12315 referral's own number: what the referring body quotes, on every form of its paper file.
    ...(record.referralNo ? [[{ label: t('intake.referralNo'), value: record.referralNo }] satisfies FieldRow] : []),
    [{ label: t('case.fields.description'), value: record.description }],
  ];
}

/** “张三 · 2026-11-23 14:05”, or the given fallback when nobody has done it yet. */
export function whoWhen(by: { name: string } | null, at: number | null, fallback: string): string {
  return by && at ? `${by.name} · ${formatDateTime(at)}` : fallback;
}

/**
 * Rows of a grading or plan form for every time it was sent back, with who and when: the returns a
 * resubmission answered as 此前退回 (printed under an approval, they must not read as a refusal of
 * it), then the 退回原因 it waits on, if any. A record from before returns were kept shows the one it waits on.
 */
export function returnRows(t: TFunction, record: GradingRecord | PlanRecord | null): FieldRow[] {
  if (!record) return [];
  const notes = returnsOf(record);
  if (notes.length === 0) return record.returnReason ? [[{ label: t('print.fields.returnReason'), value: record.returnReason }]] : [];
  const earlier = earlierReturns(record);
  return notes.map((note, i) => [
    {
      label: i >= earlier.length ? t('print.fields.returnReason') : earlier.length > 1 ? t('print.fields.earlierReturnNth', { n: i + 1 }) : t('flow.earlierReturns'),
      value: note.reason + t('flow.returnedByAt', { byAt: whoWhen(note.by, note.at, '') }),
    },
  ]);
}

/**
 * 登记信息更正 rows of the registration form: each correction since registration (which fields,
 * why, who, when). The form prints the details as they now stand; the earlier values are in the
 * case history.
 */
export function correctionRows(t: TFunction, record: CaseRecord): FieldRow[] {
  return correctionsOf(record).map((note, i) => [
    {
      label: t('print.fields.correctionNth', { n: i + 1 }),
      value: t('flow.correction', { fields: correctedFieldsText(t, note.fields), reason: note.reason }) + t('flow.returnedByAt', { byAt: whoWhen(note.by, note.at, '') }),
    },
  ]);
}

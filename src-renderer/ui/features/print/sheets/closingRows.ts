import type { TFunction } from 'i18next';
import type { CaseRecord, PlanRecord } from '../../../../domain/cases/case';
import { holdsOf } from '../../../../domain/cases/legal-hold';
import { confirmationsOf } from '../../../../domain/plans/compensation';
import { formatDateTime } from '../../../components/format';
import { confirmationText } from '../../cases/payoutText';
import type { FieldRow } from '../frame/FieldRows';
import { whoWhen } from './caseRows';

/**
 * 赔付确认 rows of an approved plan that promised compensation: each confirmation, oldest first
 * (the last is what counts), with who recorded it; a blank to fill in by hand while there is none.
 */
export function payoutRows(t: TFunction, plan: PlanRecord | null): FieldRow[] {
  if (!plan || plan.compensation.type === 'none' || plan.approvedAt === null) return [];
  const all = confirmationsOf(plan);
  if (all.length === 0) return [[{ label: t('payout.title'), value: null }]];
  return all.map((confirmation, i) => [
    { label: all.length > 1 && i < all.length - 1 ? `${t('payout.earlier')} ${i + 1}` : t('payout.title'), value: confirmationText(t, confirmation) },
    { label: t('payout.by'), value: whoWhen(confirmation.by, confirmation.at, '') },
  ]);
}

/** 法律保留 rows: every hold with its grounds, reference, expected end, who placed it and its release. */
export function holdRows(t: TFunction, record: CaseRecord): FieldRow[] {
  return holdsOf(record).flatMap((hold): FieldRow[] => [
    [
      { label: t('legalHold.kind'), value: t(`legalHold.kinds.${hold.kind}`) },
      { label: t('legalHold.reference'), value: hold.reference || t('case.none') },
    ],
    [{ label: t('legalHold.reason'), value: hold.reason }],
    [
      { label: t('legalHold.placedBy'), value: whoWhen(hold.placedBy, hold.placedAt, '') },
      { label: t('legalHold.until'), value: hold.until === null ? t('legalHold.untilUnknown') : formatDateTime(hold.until) },
    ],
    hold.released
      ? [
          { label: t('legalHold.releasedBy'), value: whoWhen(hold.released.by, hold.released.at, '') },
          { label: t('legalHold.releaseNote'), value: hold.released.note },
        ]
      : [{ label: t('legalHold.releasedBy'), value: t('legalHold.standing') }],
  ]);
}

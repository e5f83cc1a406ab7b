/**
 * The replies sent to the referring body (12315) about the customer's complaints, in their
 * export's workbook: what the desk reported it did for them, beside the order's deadline.
 */
import type { TFunction } from 'i18next';
import { referralRepliesOf } from '../../../../domain/cases/referral-reply';
import type { ExportedCase } from '../../../../domain/privacy/customer';
import type { Sheet } from '../../../export/sheet';
import { referralDeadlineText } from '../../cases/sections/ReferralSection';

export function referralRepliesSheet(t: TFunction, cases: ExportedCase[]): Sheet {
  const c = (key: string) => t(`referral.export.columns.${key}`);
  const columns: Array<[string, number]> = [
    [c('no'), 18],
    [t('referral.deadline'), 30],
    [c('at'), 18],
    [c('kind'), 12],
    [c('method'), 12],
    [c('replier'), 12],
    [c('text'), 60],
    [c('recordedBy'), 12],
  ];
  const rows = cases.flatMap(({ record }) =>
    referralRepliesOf(record).map((reply) => [
      record.no,
      record.referralDeadline ? referralDeadlineText(t, record.referralDeadline) : '',
      new Date(reply.at),
      t(`referral.kind.${reply.final ? 'final' : 'interim'}`),
      t(`referral.method.${reply.method}`),
      reply.replier,
      reply.text,
      reply.recordedBy.name,
    ]),
  );
  return { name: t('flow.field.referralReplies'), columns: columns.map(([header, width]) => ({ header, width })), rows: [rows], totalRows: rows.length };
}

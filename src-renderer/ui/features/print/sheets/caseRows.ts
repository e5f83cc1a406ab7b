import type { TFunction } from 'i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import { formatDateTime } from '../../../components/format';
import type { FieldRow } from '../frame/FieldRows';

/** Who complained, when, how, and about what: the top of every form after the registration. */
export function caseSummaryRows(t: TFunction, record: CaseRecord): FieldRow[] {
  const none = t('case.none');
  return [
    [
      { label: t('case.fields.customerName'), value: record.customerName },
      { label: t('case.fields.phone'), value: record.phone || none },
    ],
    [
      { label: t('case.fields.receivedAt'), value: formatDateTime(record.receivedAt) },
      { label: t('case.fields.channel'), value: t(`channel.${record.channel}`) },
    ],
    [{ label: t('case.fields.description'), value: record.description }],
  ];
}

/** “张三 · 2026-11-23 14:05”, or the given fallback when nobody has done it yet. */
export function whoWhen(by: { name: string } | null, at: number | null, fallback: string): string {
  return by && at ? `${by.name} · ${formatDateTime(at)}` : fallback;
}

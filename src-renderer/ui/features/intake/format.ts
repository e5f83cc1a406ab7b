import type { CaseRecord } from '../../../domain/cases/case';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../components/format';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The customer's demands as one line, with the free note after them. */
export function demandsText(t: TFunction, record: Pick<CaseRecord, 'demands' | 'demandNote'>): string {
  const labels = record.demands.map((d) => t(`demand.${d}`)).join(t('case.listSeparator'));
  if (!record.demandNote) return labels;
  return labels ? t('case.demandsWithNote', { demands: labels, note: record.demandNote }) : record.demandNote;
}

/** The committed first response: the due instant of the response clock started at registration. */
export function responseDue(record: CaseRecord): string {
  return record.clocks.response ? formatDateTime(record.clocks.response.dueAt) : '—';
}

/**
 * 已收到您的反馈…: the confirmation given to the customer, filled from the case. A redirected case
 * promises no reply: its receipt says where the matter went.
 */
export function acknowledgementText(t: TFunction, record: CaseRecord, centreName: string): string {
  if (record.screening?.decision === 'redirected') {
    return t('ack.redirected', {
      name: record.customerName,
      no: record.no,
      receivedAt: formatDateTime(record.receivedAt),
      referredTo: record.screening.referredTo,
      centre: centreName,
    });
  }
  return t('ack.text', {
    name: record.customerName,
    no: record.no,
    receivedAt: formatDateTime(record.receivedAt),
    channel: t(`channel.${record.channel}`),
    due: responseDue(record),
    centre: centreName,
  });
}

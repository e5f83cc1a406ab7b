import type { CaseRecord } from '../../../domain/cases/case';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../components/format';

/** The customer's demands as one line, with the free note after them. */
export function demandsText(t: TFunction, record: Pick<CaseRecord, 'demands' | 'demandNote'>): string {
  const labels = record.demands.map((d) => t(`demand.${d}`)).join(t('case.listSeparator'));
  if (!record.demandNote) return labels;
  return labels ? t('case.demandsWithNote', { demands: labels, note: record.demandNote }) : record.demandNote;
}

/**
 * 承诺响应时限: the first response as promised at registration — the deadline the response clock
 * had then. A pause (waiting for information) moves the clock's deadline later, but what the
 * customer was told stands: the deadline recorded when the first pause began, if any.
 */
export function promisedResponseAt(record: Pick<CaseRecord, 'clocks'>): number | null {
  const clock = record.clocks.response;
  if (!clock) return null;
  return clock.pauses[0]?.dueAt ?? clock.dueAt;
}

/** Whether the promised first response was already due when the case was registered (a complaint registered late). */
export function dueBeforeRegistration(record: Pick<CaseRecord, 'clocks' | 'registeredAt'>): boolean {
  const due = promisedResponseAt(record);
  return due !== null && due <= record.registeredAt;
}

/** The promised first response, as shown; on paper and on screen the same words. */
export function responseDue(t: TFunction, record: Pick<CaseRecord, 'clocks' | 'registeredAt'>): string {
  const due = promisedResponseAt(record);
  if (due === null) return '—';
  return dueBeforeRegistration(record) ? t('intake.dueBeforeRegistration', { due: formatDateTime(due) }) : formatDateTime(due);
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
  const due = promisedResponseAt(record);
  // Registered after the response was due: the customer is promised contact at once, never a past time.
  return t(dueBeforeRegistration(record) || due === null ? 'ack.textAsap' : 'ack.text', {
    name: record.customerName,
    no: record.no,
    receivedAt: formatDateTime(record.receivedAt),
    channel: t(`channel.${record.channel}`),
    due: due === null ? '' : formatDateTime(due),
    centre: centreName,
  });
}

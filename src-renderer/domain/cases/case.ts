import type { CaseStatus, Channel, Severity } from './vocabulary';

/** One complaint as the store keeps it. Instants are epoch milliseconds. */
export interface CaseRecord {
  id: string;
  no: string;
  receivedAt: number;
  registeredAt: number;
  updatedAt: number;
  channel: Channel;
  customerName: string;
  phone: string;
  email: string;
  description: string;
  severity: Severity;
  status: CaseStatus;
  responseDueAt: number;
}

/** A row of the case list: what the list shows, nothing more. */
export type CaseSummary = Pick<
  CaseRecord,
  'id' | 'no' | 'receivedAt' | 'channel' | 'customerName' | 'severity' | 'status' | 'responseDueAt' | 'updatedAt'
>;

export function toSummary(record: CaseRecord): CaseSummary {
  const { id, no, receivedAt, channel, customerName, severity, status, responseDueAt, updatedAt } = record;
  return { id, no, receivedAt, channel, customerName, severity, status, responseDueAt, updatedAt };
}

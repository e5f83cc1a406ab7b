/**
 * Anonymisation of a finished case after its retention period: the customer's
 * identity and contact details are erased and identifiers inside free texts
 * redacted, while everything statistics read (category, severity, times,
 * clocks, satisfaction scores) stays as it was.
 */
import type { CaseRecord } from '../cases/case';
import type { CaseEntry } from '../cases/entries';
import { redactText } from './redact';

/** What an anonymised case shows instead of the customer's name. */
export const ANONYMISED_NAME = '（已匿名）';

export interface Anonymised<T> {
  next: T;
  /** Names of the fields that changed (dotted for nested ones), for the audit event — never their values. */
  fields: string[];
}

/** Copies `value` with each listed text redacted, recording the changed ones under `prefix`. */
function redactFields<T extends object>(
  value: T,
  keys: ReadonlyArray<keyof T & string>,
  prefix: string,
  fields: string[],
  known: readonly string[],
): T {
  const next = { ...value };
  for (const key of keys) {
    const text = value[key];
    if (typeof text !== 'string') continue;
    const redacted = redactText(text, known);
    if (redacted !== text) {
      (next as Record<string, unknown>)[key] = redacted;
      fields.push(`${prefix}${key}`);
    }
  }
  return next;
}

/** What identifies the customer of a case wherever it appears in a text: their name, contacts, order number. */
export function knownIdentifiers(record: Pick<CaseRecord, 'customerName' | 'phone' | 'email' | 'orderNo'>): string[] {
  return [record.customerName, record.phone, record.email, record.orderNo].filter((value) => value.trim().length >= 2 && value !== ANONYMISED_NAME);
}

/** The case without the customer's personal data, stamped `anonymisedAt`. */
export function anonymiseCase(record: CaseRecord, at: number): Anonymised<CaseRecord> {
  const fields: string[] = [];
  const known = knownIdentifiers(record);
  const erase = <K extends 'customerName' | 'phone' | 'email' | 'orderNo'>(key: K, value: CaseRecord[K]) => {
    if (record[key] !== value) fields.push(key);
    return value;
  };
  let next: CaseRecord = {
    ...record,
    customerName: erase('customerName', ANONYMISED_NAME),
    phone: erase('phone', ''),
    email: erase('email', ''),
    // The order number leads straight back to the person in the shop's own system.
    orderNo: erase('orderNo', ''),
  };
  next = redactFields(next, ['description', 'demandNote'], '', fields, known);
  if (next.screening) next.screening = redactFields(next.screening, ['reason', 'referredTo', 'missing'], 'screening.', fields, known);
  if (next.verification) next.verification = redactFields(next.verification, ['conclusion'], 'verification.', fields, known);
  if (next.grading) next.grading = redactFields(next.grading, ['rationale', 'returnReason'], 'grading.', fields, known);
  if (next.plan) {
    const plan = redactFields(next.plan, ['resources', 'returnReason'], 'plan.', fields, known);
    const measures = plan.measures.map((measure) => redactText(measure, known));
    if (measures.some((m, i) => m !== plan.measures[i])) fields.push('plan.measures');
    const legalOpinion = plan.legalOpinion && redactFields(plan.legalOpinion, ['text'], 'plan.legalOpinion.', fields, known);
    next.plan = { ...plan, measures, legalOpinion };
  }
  const extensionFields: string[] = [];
  next.extensions = next.extensions.map((e) => redactFields(e, ['reason', 'decisionNote'], 'extensions.', extensionFields, known));
  fields.push(...new Set(extensionFields));
  if (next.feedback) next.feedback = redactFields(next.feedback, ['result', 'comment'], 'feedback.', fields, known);
  if (record.attachmentBytes !== 0) fields.push('attachmentBytes');
  fields.push('anonymisedAt');
  return { next: { ...next, attachmentBytes: 0, anonymisedAt: at }, fields };
}

/** The free texts of each kind of entry: what an agent wrote down while handling the case. */
const ENTRY_TEXTS: { [K in CaseEntry['kind']]: ReadonlyArray<keyof Extract<CaseEntry, { kind: K }> & string> } = {
  check: ['checked', 'finding'],
  contact: ['summary'],
  progress: ['text'],
  pause: ['reason'],
  resume: ['note'],
  feedbackAttempt: ['note'],
  reopen: ['reason'],
  qualityReturn: ['reason'],
};

/**
 * An entry with identifiers in its texts redacted; `fields` is empty when nothing needed it.
 * `known` is `knownIdentifiers` of its case, read before the case was anonymised.
 */
export function anonymiseEntry(entry: CaseEntry, known: readonly string[]): Anonymised<CaseEntry> {
  const fields: string[] = [];
  const keys = ENTRY_TEXTS[entry.kind] as ReadonlyArray<keyof CaseEntry & string>;
  return { next: redactFields(entry, keys, `${entry.kind}.`, fields, known), fields };
}

/**
 * The history of an anonymised case as it may be shown. Its audit events keep the values they
 * recorded (their hashes seal them, so they are not rewritten): the registration's phone, a
 * progress note naming the customer, a correction's old and new number. Shown as they are, the
 * timeline and the audit log would undo the anonymisation on screen; so every view of them is
 * redacted as the case itself was (`anonymiseCase`).
 */
import type { AuditEvent, FieldChange } from '../audit/chain';
import { ANONYMISED_NAME } from './anonymise';
import { mapStrings } from './free-texts';
import { REDACTED, redactText } from './redact';

/** Fields that are the customer's identity or contact: erased outright, as anonymisation erases them on the case. */
const ERASED = new Set(['customerName', 'phone', 'email', 'address', 'orderNo', 'referralNo', 'contactKeys']);

function erased(field: string, value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (typeof value !== 'string' || value === '') return value;
  return field === 'customerName' ? ANONYMISED_NAME : REDACTED;
}

/**
 * What the events of one case recorded of the customer's identity: every name, phone, e-mail,
 * address, order and ticket number a registration, an import or a correction wrote. The case
 * record holds none of them any more, so they are read back from its history.
 */
export function identifiersRecorded(events: readonly AuditEvent[]): string[] {
  const found = new Set<string>();
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (typeof value === 'string' && value.trim().length >= 2 && value !== ANONYMISED_NAME) found.add(value);
  };
  for (const event of events) {
    for (const [field, change] of Object.entries(event.changes)) {
      if (!ERASED.has(field)) continue;
      add(change.before);
      add(change.after);
    }
  }
  // Longest first: a whole address is redacted before a shorter name inside it.
  return [...found].sort((a, b) => b.length - a.length);
}

/** One event of an anonymised case as it may be shown: identity fields erased, identifiers in every text redacted. */
export function anonymisedEvent(event: AuditEvent, known: readonly string[]): AuditEvent {
  const texts = (text: string) => redactText(text, known);
  const changes: Record<string, FieldChange> = {};
  for (const [field, change] of Object.entries(event.changes)) {
    changes[field] = ERASED.has(field)
      ? { before: erased(field, change.before), after: erased(field, change.after) }
      : { before: mapStrings(change.before, texts), after: mapStrings(change.after, texts) };
  }
  return { ...event, changes, ...(event.detail ? { detail: mapStrings(event.detail, texts) as AuditEvent['detail'] } : {}) };
}

/** The events of an anonymised case, every one as it may be shown. */
export function anonymisedHistory(events: readonly AuditEvent[]): AuditEvent[] {
  const known = identifiersRecorded(events);
  return events.map((event) => anonymisedEvent(event, known));
}

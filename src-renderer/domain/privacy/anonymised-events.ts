/**
 * The history of an anonymised case as it may be shown. Its audit events keep the values they
 * recorded (their hashes seal them, so they are not rewritten): the registration's phone, a
 * screening note naming the customer, a correction's old and new number. Shown as they are, the
 * timeline and the audit log would undo the anonymisation on screen.
 *
 * So every view of them shows the identity fields erased and every free text withheld (`***`):
 * what was decided, when and by whom stays readable. Redacting only the identifiers known would
 * not do: an imported case's chain never recorded the customer's name (the import job's chain
 * holds its creation), and a name written differently in a note is no known value.
 */
import type { AuditEvent, FieldChange } from '../audit/chain';
import type { CaseRecord } from '../cases/case';
import { ANONYMISED_NAME, IDENTITY_FIELDS } from './anonymise';
import { mapCaseTexts } from './free-texts';
import { REDACTED } from './redact';

/** The customer's identity and contacts, and their index keys: erased outright, as on the case. */
const ERASED = new Set<string>([...IDENTITY_FIELDS, 'contactKeys']);

/** Keys of an event's detail that hold words someone wrote (a reason, a note), not ids or flags. */
const DETAIL_TEXTS = new Set(['reason', 'reopenReason', 'note', 'name']);

function erased(field: string, value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (typeof value !== 'string' || value === '') return value;
  return field === 'customerName' ? ANONYMISED_NAME : REDACTED;
}

/** An empty case: `mapCaseTexts` reads these, so one field's value can be mapped on its own. */
const SHELL = {
  description: '',
  demandNote: '',
  screening: null,
  verification: null,
  grading: null,
  plan: null,
  extensions: [],
  feedback: null,
  clocks: {},
} as unknown as CaseRecord;

/** One recorded value of a case field with its free texts withheld (the texts `mapCaseTexts` knows), the rest as it was. */
function withheld(field: string, value: unknown): unknown {
  if (value === null || value === undefined || (typeof value !== 'string' && typeof value !== 'object')) return value;
  const mapped = mapCaseTexts({ ...SHELL, [field]: value } as CaseRecord, (text) => (text === '' ? text : REDACTED));
  return (mapped as unknown as Record<string, unknown>)[field];
}

/** One event of an anonymised case as it may be shown: identity fields erased, free texts withheld. */
export function anonymisedEvent(event: AuditEvent): AuditEvent {
  const changes: Record<string, FieldChange> = {};
  for (const [field, change] of Object.entries(event.changes)) {
    changes[field] = ERASED.has(field)
      ? { before: erased(field, change.before), after: erased(field, change.after) }
      : { before: withheld(field, change.before), after: withheld(field, change.after) };
  }
  const detail = event.detail && Object.fromEntries(Object.entries(event.detail).map(([key, value]) => [key, DETAIL_TEXTS.has(key) && typeof value === 'string' && value !== '' ? REDACTED : value]));
  return { ...event, changes, ...(detail ? { detail } : {}) };
}

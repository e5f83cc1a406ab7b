/**
 * 整改措施 when a case they are linked to is anonymised. A root cause, an action or a verdict's note
 * may quote that case's customer (张三来电称…, 请回电138…): their name, contacts and numbers go from
 * the measure's texts (`redactKnownIn`: that customer's only; the measure is about the centre's
 * work, and the other customers it links to are not erased).
 *
 * The measure's audited history keeps the texts it recorded, sealed by their hashes. So a measure
 * whose texts, now or in that history, quoted the customer records up to which event of its chain
 * the texts are withheld (`textsWithheldThrough`), and every view of its history shows the texts of
 * those events as `***`: what was decided, when and by whom stays readable.
 */
import type { AuditEvent, FieldChange } from '../audit/chain';
import { REDACTED, redactKnownIn } from '../privacy/redact';
import type { ImprovementRecord, ImprovementVerification } from './schema';
import type { CurrentImprovement } from './verifications';

/** The measure's own free texts; each verdict's `note` and `action` are texts too. */
const TEXTS = ['title', 'rootCause', 'action', 'verificationNote'] as const;

/** The audit command that records a linked case's anonymisation on the measure's chain. */
export const CASE_ANONYMISED_COMMAND = 'improvements.caseAnonymised';

function mapVerdicts(verdicts: unknown, map: (text: string, field: string) => string, prefix: string): unknown {
  if (!Array.isArray(verdicts)) return verdicts;
  return verdicts.map((verdict: ImprovementVerification, n) => {
    if (verdict === null || typeof verdict !== 'object') return verdict;
    const note = typeof verdict.note === 'string' ? map(verdict.note, `${prefix}.${n}.note`) : verdict.note;
    const action = typeof verdict.action === 'string' ? map(verdict.action, `${prefix}.${n}.action`) : verdict.action;
    return note === verdict.note && action === verdict.action ? verdict : { ...verdict, note, action };
  });
}

/** The measure's texts after the customer of an anonymised case is taken out of them, and the fields changed (never their values). */
export function redactImprovement(record: CurrentImprovement, known: readonly string[]): { next: CurrentImprovement; fields: string[] } {
  const fields: string[] = [];
  const redact = (text: string, field: string) => {
    const result = redactKnownIn(text, known);
    if (result !== text) fields.push(field);
    return result;
  };
  const next = { ...record };
  for (const field of TEXTS) next[field] = redact(record[field], field);
  next.verifications = mapVerdicts(record.verifications, redact, 'verifications') as ImprovementVerification[];
  return fields.length === 0 ? { next: record, fields } : { next, fields };
}

/** Whether any text the measure's events recorded quotes the customer: then its history is withheld as well. */
export function historyQuotes(events: readonly Pick<AuditEvent, 'changes'>[], known: readonly string[]): boolean {
  let quotes = false;
  const check = (text: string) => {
    quotes ||= text !== '' && redactKnownIn(text, known) !== text;
    return text;
  };
  for (const event of events) {
    for (const change of Object.values(event.changes)) {
      for (const value of [change.before, change.after]) {
        if (typeof value === 'string') check(value);
        else mapVerdicts(value, check, '');
        if (quotes) return true;
      }
    }
  }
  return false;
}

const withheld = (text: string) => (text === '' ? text : REDACTED);

/** One recorded value of a measure's field with its texts withheld; other fields as they were. */
function withheldValue(field: string, value: unknown): unknown {
  if (field === 'verifications') return mapVerdicts(value, withheld, field);
  return (TEXTS as readonly string[]).includes(field) && typeof value === 'string' ? withheld(value) : value;
}

/** One event of a measure's chain as it may be shown once its texts are withheld through it. */
export function withheldImprovementEvent<E extends AuditEvent>(event: E): E {
  const changes: Record<string, FieldChange> = {};
  for (const [field, change] of Object.entries(event.changes)) {
    changes[field] = { before: withheldValue(field, change.before), after: withheldValue(field, change.after) };
  }
  return { ...event, changes };
}

/** Which events of a measure's chain have their texts withheld: those up to the last anonymisation that found the customer quoted. */
export function textsWithheld(record: Pick<ImprovementRecord, 'textsWithheldThrough'> | undefined, event: Pick<AuditEvent, 'n'>): boolean {
  return record?.textsWithheldThrough !== undefined && event.n <= record.textsWithheldThrough;
}

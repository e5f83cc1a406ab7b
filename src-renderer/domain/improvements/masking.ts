/**
 * 整改措施 as a role without `contacts.view` reads them: a root cause or a verdict's note may quote
 * the customer (请回电138…), so the identifiers written in every text are masked as in the cases
 * the measure links to. Such a role may edit a measure, but not rewrite a text it reads masked:
 * the masked copy would replace the real one for everybody.
 */
import type { Role } from '../users/roles';
import { DeskError } from '../common/errors';
import { maskIdentifiersIn, mayViewContacts } from '../privacy/mask';
import type { CurrentImprovement } from './verifications';

export const IMPROVEMENT_TEXTS = ['title', 'rootCause', 'action'] as const;
export type ImprovementText = (typeof IMPROVEMENT_TEXTS)[number];

/** An improvement as shown to one role: `maskedTexts` names the editable texts it reads masked. */
export type ShownImprovement = CurrentImprovement & { maskedTexts?: ImprovementText[] };

export function improvementFor(role: Role, record: CurrentImprovement): ShownImprovement {
  if (mayViewContacts(role)) return record;
  const maskedTexts = IMPROVEMENT_TEXTS.filter((field) => maskIdentifiersIn(record[field]) !== record[field]);
  return {
    ...record,
    title: maskIdentifiersIn(record.title),
    rootCause: maskIdentifiersIn(record.rootCause),
    action: maskIdentifiersIn(record.action),
    verificationNote: maskIdentifiersIn(record.verificationNote),
    verifications: record.verifications.map((v) => ({ ...v, note: maskIdentifiersIn(v.note), action: maskIdentifiersIn(v.action) })),
    ...(maskedTexts.length > 0 ? { maskedTexts } : {}),
  };
}

/**
 * The texts a save by `role` keeps: a text it reads masked and sends back as it read it stays as
 * stored; sent changed, it is refused (`validation.maskedText`) and nothing is written.
 */
export function textsToKeep<T extends Record<ImprovementText, string>>(role: Role, stored: CurrentImprovement, input: T): T {
  if (mayViewContacts(role)) return input;
  let kept = input;
  for (const field of IMPROVEMENT_TEXTS) {
    const shown = maskIdentifiersIn(stored[field]);
    if (shown === stored[field]) continue;
    if (input[field] !== shown) throw new DeskError({ code: 'validation.failed', fields: [{ field, code: 'validation.maskedText' }] });
    kept = { ...kept, [field]: stored[field] };
  }
  return kept;
}

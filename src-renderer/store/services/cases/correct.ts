import type { z } from 'zod';
import type { CaseRecord } from '../../../domain/cases/case';
import { applyCorrection, CONTACT_FIELDS, CorrectionInput, MASKED_TEXTS, type CorrectedField } from '../../../domain/cases/correction';
import { correctReferralDeadline, REFERRAL_CHANNEL } from '../../../domain/cases/referral-reply';
import { DeskError } from '../../../domain/common/errors';
import { maskCaseText, mayViewContacts } from '../../../domain/privacy/mask';
import type { Role } from '../../../domain/users/roles';
import { caseCommand } from '../../core/case-command';
import { refuseTakenReferralNo } from './referral';

/**
 * 更正登记信息: puts registered details right (a mistyped phone, an address sent later), in any
 * status. Keeps which fields, why, who and when on the case; the audit event keeps the values
 * before and after. The contact keys follow the new phone and e-mail (derived on every write), so
 * 查找客户 and the repeat check find the customer by what is now registered.
 */
export const correct = caseCommand('cases.correct', CorrectionInput, async (ctx, current, args) => {
  if (current.anonymisedAt !== undefined) throw new DeskError({ code: 'cases.correctAnonymised', params: { no: current.no } });
  if (!mayViewContacts(ctx.actor!.role)) refuseMaskedFields(current, args, ctx.actor!.role);
  const corrected = applyCorrection(current, args);
  // The reply deadline after the channel: the corrected case must still be a referral to have one.
  const deadline = args.referralDeadline === undefined ? null : correctReferralDeadline(corrected.next, args.referralDeadline, ctx.now(), ctx.settings.workCalendar);
  const next = deadline ?? corrected.next;
  const fields: CorrectedField[] = deadline ? [...corrected.fields, 'referralDeadline'] : corrected.fields;
  if (fields.length === 0) throw new DeskError({ code: 'cases.correctionUnchanged' });
  if (next.referralDeadline && next.channel !== REFERRAL_CHANNEL) {
    throw new DeskError({ code: 'validation.failed', fields: [{ field: 'channel', code: 'validation.referralDeadlineChannel' }] });
  }
  if (fields.includes('referralNo')) await refuseTakenReferralNo(ctx.db, next.referralNo ?? '', current.id);
  const note = { fields, reason: args.reason, at: ctx.now(), by: ctx.actorPerson };
  return {
    next: { ...next, corrections: [...(current.corrections ?? []), note] },
    detail: { reason: args.reason, fields },
  };
});

/**
 * A role that sees contacts masked may send none, whatever its value: refusing only a changed one
 * would tell it whether a guess of the hidden number was right. Nor may it rewrite a text it reads
 * with identifiers masked (the description, the note on the demands): the masked copy would
 * replace the real one for everybody.
 */
function refuseMaskedFields(current: CaseRecord, args: z.output<typeof CorrectionInput>, role: Role): void {
  if (CONTACT_FIELDS.some((field) => args[field] !== undefined)) throw new DeskError({ code: 'cases.correctContactsHidden', params: { role } });
  for (const field of MASKED_TEXTS) {
    if (args[field] !== undefined && maskCaseText(current[field], current.address, current.socialAccount) !== current[field]) {
      throw new DeskError({ code: 'validation.failed', fields: [{ field, code: 'validation.maskedText' }] });
    }
  }
}

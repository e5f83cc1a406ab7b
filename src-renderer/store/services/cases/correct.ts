import { applyCorrection, CONTACT_FIELDS, CorrectionInput } from '../../../domain/cases/correction';
import { DeskError } from '../../../domain/common/errors';
import { mayViewContacts } from '../../../domain/privacy/mask';
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
  const { next, fields } = applyCorrection(current, args);
  if (fields.length === 0) throw new DeskError({ code: 'cases.correctionUnchanged' });
  // Masked for this role: a value it cannot read is not one it can put right.
  const hidden = fields.filter((field) => CONTACT_FIELDS.includes(field));
  if (hidden.length > 0 && !mayViewContacts(ctx.actor!.role)) {
    throw new DeskError({ code: 'cases.correctContactsHidden', params: { role: ctx.actor!.role } });
  }
  if (fields.includes('referralNo')) await refuseTakenReferralNo(ctx.db, next.referralNo ?? '', current.id);
  const note = { fields, reason: args.reason, at: ctx.now(), by: ctx.actorPerson };
  return {
    next: { ...next, corrections: [...(current.corrections ?? []), note] },
    detail: { reason: args.reason, fields },
  };
});

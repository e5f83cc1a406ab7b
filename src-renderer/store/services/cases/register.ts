import { caseDayKey, formatCaseNumber, MAX_CASES_PER_DAY } from '../../../domain/cases/case-number';
import type { CaseRecord, Person } from '../../../domain/cases/case';
import { may, requirePermission } from '../../../domain/users/roles';
import { registrationSchema } from '../../../domain/cases/registration';
import { referralDeadlineOf } from '../../../domain/cases/referral-reply';
import { hours, startClock } from '../../../domain/clocks/index';
import { maskCaseFor } from '../../../domain/privacy/mask';
import { DeskError } from '../../../domain/common/errors';
import { appendAudit } from '../../core/audit';
import { firstUnused } from '../../core/case-numbers';
import { withDerivedFields } from '../../core/derived';
import { readSettings } from '../../core/settings';
import { activeOwner } from '../../core/users';
import { command, type StoreContext } from '../../rpc/define';
import { refuseTakenReferralNo } from './referral';

/**
 * Who takes a new case on: the one registering it, or the agent or supervisor they name. A director
 * registers a complaint received in person but does not screen it: left with them, it waited for
 * nobody's 初审 and its alerts went to them alone. Naming another owner is handing the case over,
 * which only those who may assign cases (or who cannot handle it themselves) do.
 */
async function ownerOnRegistration(ctx: StoreContext, ownerId: string): Promise<Person> {
  const actor = ctx.actor!;
  const handles = may(actor.role, 'screening.accept');
  if ((ownerId === '' || ownerId === actor.id) && handles) return { id: actor.id, name: actor.name };
  if (ownerId === '') throw new DeskError({ code: 'validation.failed', fields: [{ field: 'ownerId', code: 'validation.ownerInvalid' }] });
  if (handles) requirePermission(actor.role, 'cases.assign');
  const { id, name } = await activeOwner(ctx.db, ownerId, 'ownerId');
  return { id, name };
}

/**
 * Registers a complaint: validates, assigns the next gap-free number of the
 * day, starts the response clock from the time it was received, and writes
 * the case and its first audit event in one transaction.
 */
export const register = command(
  (ctx) => registrationSchema(ctx.now()),
  async (ctx, input) => {
    const { db } = ctx;
    const actor = ctx.actor!;
    const owner = await ownerOnRegistration(ctx, input.ownerId);
    return db.transaction('rw', [db.cases, db.counters, db.audit, db.auditHeads, db.settings], async () => {
      const now = ctx.now();
      const settings = await readSettings(db);
      const day = caseDayKey(now);
      const counterKey = `case-no:${day}`;
      const counted = ((await db.counters.get(counterKey))?.value ?? 0) + 1;
      // Past 9999 (an imported old number kept for today): the day's lowest unused number, if any.
      const sequence = counted <= MAX_CASES_PER_DAY ? counted : await firstUnused(db, day);
      if (sequence === null) {
        throw new DeskError({ code: 'cases.dailyLimit', params: { max: MAX_CASES_PER_DAY } });
      }
      await refuseTakenReferralNo(db, input.referralNo);
      const agent = { id: actor.id, name: actor.name };
      const response = startClock(
        'response',
        settings.sla.modes.response,
        hours(settings.sla.responseHours[input.severity]),
        input.receivedAt,
        settings.workCalendar,
      );
      // 转办反馈时限: its own clock beside the desk's, due at the instant the order gives (or counts).
      const referral = input.referralDeadline && referralDeadlineOf(input.referralDeadline, input.receivedAt, settings.workCalendar);
      const referralReply = referral && startClock('referralReply', 'calendar', referral.dueAt - input.receivedAt, input.receivedAt, settings.workCalendar);
      const record: CaseRecord = withDerivedFields({
        id: crypto.randomUUID(),
        no: formatCaseNumber(day, sequence),
        receivedAt: input.receivedAt,
        registeredAt: now,
        updatedAt: now,
        channel: input.channel,
        customerName: input.customerName,
        customerType: input.customerType,
        phone: input.phone,
        email: input.email,
        ...(input.address !== '' ? { address: input.address } : {}),
        // Both or neither (the schema refuses half a pair): absent is how a case has no account.
        ...(input.socialPlatform !== '' && input.socialAccount !== '' ? { socialPlatform: input.socialPlatform, socialAccount: input.socialAccount } : {}),
        ...(input.referralNo !== '' ? { referralNo: input.referralNo } : {}),
        ...(referral ? { referralDeadline: referral } : {}),
        description: input.description,
        demands: input.demands,
        demandNote: input.demandNote,
        product: input.product,
        orderNo: input.orderNo,
        amount: input.amount,
        initialSeverity: input.severity,
        severity: input.severity,
        category: input.category,
        ...(input.category !== null ? { initialCategory: input.category } : {}),
        subCategory: '',
        department: '',
        owner,
        intakeAgent: agent,
        status: 'registered',
        archived: 0,
        legalRisk: 0,
        reopenCount: 0,
        clocks: referralReply ? { response, referralReply } : { response },
        screening: null,
        verification: null,
        grading: null,
        plan: null,
        extensions: [],
        feedback: null,
        unreachableAttempts: 0,
        closedAt: null,
        attachmentBytes: 0,
      });
      // A gap given out below a full counter leaves the counter where it is.
      await db.counters.put({ key: counterKey, value: Math.max(sequence, counted - 1) });
      await db.cases.add(record);
      await appendAudit(db, {
        subject: record.id,
        at: now,
        actor: { id: actor.id, name: actor.name, role: actor.role },
        command: 'cases.register',
        before: null,
        after: record,
      });
      ctx.changed('cases', record.id);
      // Directors may register: the answer is masked like cases.get for roles without contacts.view.
      return maskCaseFor(actor.role, record);
    });
  },
  { access: 'cases.register' },
);

import { caseDayKey, formatCaseNumber, MAX_CASES_PER_DAY } from '../../../domain/cases/case-number';
import type { CaseRecord } from '../../../domain/cases/case';
import { registrationSchema } from '../../../domain/cases/registration';
import { responseDueAt } from '../../../domain/cases/sla';
import { DeskError } from '../../../domain/common/errors';
import { command } from '../../rpc/define';

/**
 * Registers a complaint: validates, assigns the next gap-free number of the
 * day and writes the case and its audit event in one transaction.
 */
export const register = command(
  (ctx) => registrationSchema(ctx.now()),
  async (ctx, input) => {
    const { db } = ctx;
    return db.transaction('rw', db.cases, db.counters, db.audit, async () => {
      const now = ctx.now();
      const counterKey = `case-no:${caseDayKey(now)}`;
      const sequence = ((await db.counters.get(counterKey))?.value ?? 0) + 1;
      if (sequence > MAX_CASES_PER_DAY) {
        throw new DeskError({ code: 'cases.dailyLimit', params: { max: MAX_CASES_PER_DAY } });
      }
      const record: CaseRecord = {
        id: crypto.randomUUID(),
        no: formatCaseNumber(caseDayKey(now), sequence),
        receivedAt: input.receivedAt,
        registeredAt: now,
        updatedAt: now,
        channel: input.channel,
        customerName: input.customerName,
        phone: input.phone,
        email: input.email,
        description: input.description,
        severity: input.severity,
        status: 'registered',
        responseDueAt: responseDueAt(input.receivedAt, input.severity),
      };
      await db.counters.put({ key: counterKey, value: sequence });
      await db.cases.add(record);
      await db.audit.add({ caseId: record.id, at: now, command: 'cases.register', actor: 'local', after: record });
      ctx.changed('cases', record.id);
      return record;
    });
  },
);

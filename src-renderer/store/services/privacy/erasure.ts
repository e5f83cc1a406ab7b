import type { CaseRecord } from '../../../domain/cases/case';
import { caseDayKey } from '../../../domain/cases/case-number';
import { DeskError } from '../../../domain/common/errors';
import {
  DeliverErasureInput,
  erasureKey,
  ErasureNoInput,
  erasureReplyDaysOf,
  erasureReplyDueAt,
  formatErasureNumber,
  RecordErasureInput,
  RefuseErasureInput,
  type ErasureExecution,
  type ErasureRequest,
} from '../../../domain/privacy/erasure';
import { answeredAt, deliveredTooEarly, isFinalDelivery, maskedRequest, requestDisposition } from '../../../domain/privacy/erasure-cases';
import { erasureIdentifiers } from '../../../domain/privacy/erasure-match';
import { appendAudit, subjectEvents } from '../../core/audit';
import { readSettings } from '../../core/settings';
import { command, type StoreContext } from '../../rpc/define';
import { casesOf } from './customers';
import { eraseCase } from './erase-case';
import { erasureView, type ErasureView } from './erasure-views';
import { readRequest, writeRequest } from './requests';

const actorOf = (ctx: StoreContext) => ({ id: ctx.actor!.id, name: ctx.actor!.name, role: ctx.actor!.role });

/** Writes the request and the event of its chain (`erasure:<no>`); inside the command's transaction. */
async function save(ctx: StoreContext, request: ErasureRequest, command: string, at: number, detail: Record<string, unknown>): Promise<void> {
  const key = erasureKey(request.no);
  await writeRequest(ctx.db, request);
  // Like the data export's: what kind of key, how many cases, what was decided — never the person's data.
  await appendAudit(ctx.db, { subject: key, at, actor: actorOf(ctx), command, before: null, after: null, detail });
  ctx.changed('settings', key);
}

/**
 * 记录删除请求: the customer found as the data export finds them (the same search, run again here),
 * the cases chosen among those found, how the request came in and how the requester's identity was
 * checked. Numbered `SC-<day>-<n>`; the reply is due `erasureReplyDays` after receipt.
 */
export const record = command(
  (ctx) => RecordErasureInput(ctx.now()),
  async (ctx, input): Promise<ErasureView> => {
    const { db } = ctx;
    // Found first (a name is looked up in the tracking index, outside any transaction), as the export does.
    const found = new Set((await casesOf(ctx, input.key)).map((c) => c.id));
    return db.transaction('rw', [db.cases, db.settings, db.counters, db.audit, db.auditHeads], async () => {
      const at = ctx.now();
      const records = await db.cases.bulkGet(input.caseIds);
      records.forEach((c, n) => {
        // Only the customer's own cases: a window cannot slip another person's case into the request.
        if (!c || !found.has(c.id)) throw new DeskError({ code: 'erasure.caseNotOfCustomer', params: { no: c?.no ?? input.caseIds[n]! } });
      });
      const { privacy, workCalendar } = await readSettings(db);
      const counterKey = `erasure-no:${caseDayKey(at)}`;
      const sequence = ((await db.counters.get(counterKey))?.value ?? 0) + 1;
      await db.counters.put({ key: counterKey, value: sequence });
      const request: ErasureRequest = {
        no: formatErasureNumber(caseDayKey(at), sequence),
        receivedAt: input.receivedAt,
        channel: input.channel,
        requester: input.requester,
        key: input.key,
        verification: input.verification,
        verificationNote: input.verificationNote,
        grounds: input.grounds,
        note: input.note,
        cases: (records as CaseRecord[]).map((c) => ({ id: c.id, no: c.no })).sort((a, b) => (a.no < b.no ? -1 : 1)),
        dueAt: erasureReplyDueAt(input.receivedAt, erasureReplyDaysOf(privacy), workCalendar),
        recordedAt: at,
        recordedBy: { id: ctx.actor!.id, name: ctx.actor!.name },
        executions: [],
        refusal: null,
        closedAt: null,
        deliveries: [],
        masked: false,
      };
      await save(ctx, request, 'erasure.record', at, {
        key: input.key.kind,
        cases: request.cases.length,
        channel: request.channel,
        verification: request.verification,
        grounds: request.grounds,
        dueAt: request.dueAt,
      });
      return erasureView(db, request.no, ctx.actor!.role, at);
    });
  },
  { access: 'erasure.record' },
);

async function openRequest(ctx: StoreContext, no: string): Promise<ErasureRequest> {
  const request = await readRequest(ctx.db, no);
  if (request.closedAt !== null) throw new DeskError({ code: 'erasure.closed', params: { no } });
  return request;
}

/**
 * 执行删除: anonymises every case of the request that may be now (still the customer's, finished, no
 * 12315 reply owed, no legal hold) through the same code as anonymisation after the retention period,
 * and records what was erased and what is left. Each case is matched against the key again, inside
 * the transaction: one corrected since to another customer is left alone (不再属于该客户). When no
 * case is left waiting or held, the request is completed; it keeps the customer's reference until
 * the final reply is delivered (`erasure.deliver`). Run again once a waiting case has ended.
 */
export const execute = command(
  ErasureNoInput,
  async (ctx, { no }): Promise<ErasureView> => {
    const { db } = ctx;
    return db.transaction('rw', [db.cases, db.entries, db.attachments, db.improvements, db.reportNotes, db.settings, db.audit, db.auditHeads], async () => {
      const at = ctx.now();
      const request = await openRequest(ctx, no);
      const records = (await db.cases.bulkGet(request.cases.map((c) => c.id))).filter((c): c is CaseRecord => c !== undefined);
      const execution: ErasureExecution = { at, by: { id: ctx.actor!.id, name: ctx.actor!.name }, erased: [], waiting: [], held: [], notCustomer: [] };
      for (const c of records) {
        const { state } = requestDisposition(c, request);
        if (state === 'eligible') {
          await eraseCase(ctx, c, at, { request: no });
          execution.erased.push(c.no);
        } else if (state === 'waiting') execution.waiting.push(c.no);
        else if (state === 'held') execution.held.push(c.no);
        else if (state === 'notCustomer') execution.notCustomer.push(c.no);
      }
      const completed = execution.waiting.length === 0 && execution.held.length === 0;
      const next: ErasureRequest = { ...request, executions: [...request.executions, execution], closedAt: completed ? at : null };
      await save(ctx, next, 'erasure.execute', at, {
        erased: execution.erased.length,
        waiting: execution.waiting.length,
        held: execution.held.length,
        notCustomer: execution.notCustomer.length,
        completed,
      });
      return erasureView(db, no, ctx.actor!.role, at);
    });
  },
  { access: 'cases.anonymise', confirm: true },
);

/**
 * 不予删除: the centre refuses what is not erased yet, with the reason the reply gives (identity not
 * established, grounds not met, records the law requires to be kept). Closes the request for good,
 * so the password is asked again, as for executing it; what was erased stays erased, and the
 * customer's reference is kept until the reply is delivered.
 */
export const refuse = command(
  RefuseErasureInput,
  async (ctx, { no, reason }): Promise<ErasureView> => {
    const { db } = ctx;
    return db.transaction('rw', [db.cases, db.settings, db.audit, db.auditHeads], async () => {
      const at = ctx.now();
      const request = await openRequest(ctx, no);
      const refused: ErasureRequest = { ...request, refusal: { reason, at, by: { id: ctx.actor!.id, name: ctx.actor!.name } }, closedAt: at };
      const erased = request.executions.reduce((sum, e) => sum + e.erased.length, 0);
      await save(ctx, refused, 'erasure.refuse', at, { erased, cases: request.cases.length });
      return erasureView(db, no, ctx.actor!.role, at);
    });
  },
  { access: 'erasure.refuse', confirm: true },
);

/** What identifies the customer in the request's cases, from their records and their audited history (anonymised or not). */
async function identifiersOfCases(ctx: StoreContext, request: ErasureRequest): Promise<string[]> {
  const records = (await ctx.db.cases.bulkGet(request.cases.map((c) => c.id))).filter((c): c is CaseRecord => c !== undefined);
  return erasureIdentifiers(await Promise.all(records.map(async (record) => ({ record, events: await subjectEvents(ctx.db, record.id) }))));
}

/**
 * 告知书已送达: how and where the reply went, and when. A reply delivered while cases still wait is
 * recorded and the request stays as it is; the reply delivered at or after the request closed is
 * the final answer: the request then keeps only a masked reference to the customer, its notes
 * masked with everything that identified them in its cases.
 */
export const deliver = command(
  (ctx) => DeliverErasureInput(ctx.now()),
  async (ctx, input): Promise<ErasureView> => {
    const { db } = ctx;
    return db.transaction('rw', [db.cases, db.settings, db.audit, db.auditHeads], async () => {
      const at = ctx.now();
      const request = await readRequest(db, input.no);
      // Masked, the request names nobody to deliver to any more.
      if (request.masked) throw new DeskError({ code: 'erasure.delivered', params: { no: input.no } });
      const answered = answeredAt(request);
      if (answered === null) throw new DeskError({ code: 'erasure.notAnswered', params: { no: input.no } });
      if (deliveredTooEarly(answered, input.at)) throw new DeskError({ code: 'validation.failed', fields: [{ field: 'at', code: 'erasure.deliveredBeforeAnswer' }] });
      const delivered: ErasureRequest = {
        ...request,
        deliveries: [...request.deliveries, { at: input.at, method: input.method, to: input.to, by: { id: ctx.actor!.id, name: ctx.actor!.name }, recordedAt: at }],
      };
      const final = isFinalDelivery(request, input.at);
      await save(ctx, final ? maskedRequest(delivered, await identifiersOfCases(ctx, request)) : delivered, 'erasure.deliver', at, { method: input.method, final });
      return erasureView(db, input.no, ctx.actor!.role, at);
    });
  },
  { access: 'erasure.deliver' },
);

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { verifyChain } from '../../../../../src-renderer/domain/audit/chain';
import { canRun, CASE_STATUSES, TRANSITIONS, type CaseStatus } from '../../../../../src-renderer/domain/lifecycle/machine';
import { PERMISSIONS } from '../../../../../src-renderer/domain/users/roles';
import { createHandlers } from '../../../../../src-renderer/store/api';
import { openTestStore, refusal, type TestStore } from '../fixtures';
import { caseAt, LIFECYCLE_COMMANDS, validArgs, whoMay } from '../flow';

/**
 * Every command the state machine refuses in a status is refused by the
 * store with lifecycle.invalidTransition, and leaves every table as it was.
 * One store holds a case in each status.
 */
let store: TestStore;
const cases = new Map<CaseStatus, CaseRecord>();

beforeAll(async () => {
  store = await openTestStore();
  for (const status of CASE_STATUSES) cases.set(status, await caseAt(store, status, { customerName: `客户-${status}` }));
});
afterAll(async () => store?.close());

describe('case commands and the state machine', () => {
  it('has a store handler for every lifecycle command, guarded by its own permission', () => {
    const handlers = createHandlers() as Record<string, { access: string; kind: string }>;
    for (const command of LIFECYCLE_COMMANDS) {
      expect(handlers[command], command).toBeDefined();
      expect(handlers[command]).toMatchObject({ kind: 'command', access: command });
    }
  });

  it.each(CASE_STATUSES)('refuses in %s every command that cannot run there, changing nothing', async (status) => {
    const record = cases.get(status)!;
    const refused = LIFECYCLE_COMMANDS.filter((command) => !canRun(command, status));
    expect(refused.length).toBeGreaterThan(0);
    const before = await store.snapshot();
    const published = store.events.length;
    for (const command of refused) {
      const result = await store.send(command, validArgs(command, record.id, store.now()), whoMay(command));
      expect(refusal(result), `${command} in ${status}`).toEqual({ code: 'lifecycle.invalidTransition', params: { command, status } });
    }
    expect(await store.snapshot()).toEqual(before);
    expect(store.events).toHaveLength(published);
  });

  it.each(LIFECYCLE_COMMANDS)('%s writes exactly one audit event, and the case’s chain still verifies', async (command) => {
    const from = TRANSITIONS[command].from[0] as CaseStatus;
    // A reply to the referring body needs a referred case with its reply deadline.
    const referred = { channel: 'regulator_12315', referralDeadline: { by: 'workingDays', days: 7 } };
    const record = await caseAt(store, from, command === 'cases.replyReferral' ? referred : {});
    const args = validArgs(command, record.id, store.now());
    // Commands that act on something earlier need it first.
    if (command === 'progress.resume') await store.run('progress.pause', { caseId: record.id, reason: '等待' });
    // A confirmation of compensation needs a plan that promised some.
    if (command === 'plans.confirmCompensation') await store.db.cases.update(record.id, { plan: { ...record.plan!, compensation: { type: 'voucher', amount: 50 } } });
    // An answer or a withdrawal needs a 核实请求 open.
    if (command === 'verification.answerRequest' || command === 'verification.withdrawRequest') {
      const asked = await store.run('verification.requestCheck', validArgs('verification.requestCheck', record.id, store.now()));
      args.requestId = asked.verificationRequests![0]!.id;
    }
    if (command === 'progress.decideExtension') {
      const asked = await store.run('progress.requestExtension', validArgs('progress.requestExtension', record.id, store.now()));
      args.requestId = asked.extensions[0]!.id;
    }
    const events = () => store.db.audit.where('[subject+n]').between([record.id, 0], [record.id, Infinity]).toArray();
    const before = (await events()).length;
    const total = await store.db.audit.count();
    const after = await store.run(command, args, whoMay(command));
    const written = await events();
    expect(written).toHaveLength(before + 1);
    expect(await store.db.audit.count()).toBe(total + 1);
    expect(written.at(-1)).toMatchObject({ command, n: before + 1, at: after.updatedAt, actor: { role: PERMISSIONS[command][0] } });
    expect(verifyChain(written)).toEqual({ ok: true, events: before + 1 });
  });

  it('refuses a command on an unknown case with cases.notFound', async () => {
    expect(refusal(await store.send('screening.accept', { caseId: 'no-such-case' }))).toEqual({ code: 'cases.notFound' });
  });

  it('refuses an archived case with cases.archived, before anything else', async () => {
    const open = await caseAt(store, 'verifying');
    await store.db.cases.update(open.id, { archived: 1 });
    const before = await store.snapshot();
    for (const command of LIFECYCLE_COMMANDS) {
      const result = await store.send(command, validArgs(command, open.id, store.now()), whoMay(command));
      expect(refusal(result), command).toEqual({ code: 'cases.archived', params: { no: open.no } });
    }
    expect(await store.snapshot()).toEqual(before);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { CaseEntry } from '../../../../../../src-renderer/domain/cases/entries';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import type { EligiblePage } from '../../../../../../src-renderer/store/services/privacy/anonymise';
import type { TrackingWindow } from '../../../../../../src-renderer/store/services/tracking/rows';
import { caseAt } from '../../flow';
import { DAY, HOUR, ok, openTestStore, PASSWORD, refusal, type TestStore, type Who } from '../../fixtures';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const PERSON = { customerName: '陈晓燕', phone: '13912345678', email: 'chen.xy@example.com', orderNo: 'JD2026001', description: '陈晓燕来电：冰箱丢件，回电13912345678。' };

/** A case closed now, with a contact note, a progress entry and a photo. */
async function closedCase(overrides: Record<string, unknown> = PERSON): Promise<CaseRecord> {
  const record = await caseAt(store, 'closed', overrides);
  await store.db.entries.add({ id: `e-${record.id}`, caseId: record.id, at: store.now(), by: { id: 'u-agent', name: '客服小王' }, kind: 'contact', channel: 'phone', contactedAt: store.now(), summary: '陈晓燕换号13700001111' } satisfies CaseEntry as CaseEntry);
  await store.db.attachments.add({ id: `a-${record.id}`, caseId: record.id, name: '身份证.jpg', type: 'image/jpeg', size: 3, addedAt: store.now(), addedBy: { id: 'u-agent', name: '客服小王' }, step: 'verification', data: new Blob([new Uint8Array(3)]) });
  return record;
}

/** A connection that entered its password again, as the confirmation dialog does before the command. */
async function confirmed(who: Who): Promise<Session> {
  const session = store.session(who);
  ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
  return session;
}

const anonymise = async (caseIds: string[], who: Who = 'legal') => store.dispatcher.dispatch('cases.anonymise', { caseIds }, await confirmed(who));
const eligible = (args: Record<string, unknown> = {}, who: Who = 'legal') => store.run<EligiblePage>('privacy.eligible', args, who);

describe('privacy.eligible', () => {
  it('lists finished cases closed longer ago than the retention period, oldest first, not the others', async () => {
    const old = await closedCase();
    store.clock.now += 10 * DAY;
    const newer = await closedCase();
    const redirected = await caseAt(store, 'redirected');
    await caseAt(store, 'executing');
    store.clock.now += 1096 * DAY;
    // The two closed at the same instant come in id order.
    expect((await eligible()).rows.map((r) => r.id)).toEqual([old.id, ...[newer.id, redirected.id].sort()]);
    // A longer retention period (1,100 days) leaves only the case closed 1,106 days ago.
    await store.run('settings.update', { key: 'privacy', value: { retentionDays: 1100, alertLogDays: 365 } }, 'admin');
    const page = await eligible();
    expect(page.rows.map((r) => r.id)).toEqual([old.id]);
    expect(page).toMatchObject({ retentionDays: 1100, cutoff: store.now() - 1100 * DAY, next: null });
    expect(page.rows[0]).toMatchObject({ no: old.no, customerName: '陈晓燕', status: 'closed', category: 'logistics', severity: 'general' });
  });

  it('pages by keyset without skipping or repeating cases closed at the same instant', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 5; n += 1) ids.push((await caseAt(store, 'closed')).id);
    // Two of them closed at exactly the same instant.
    await store.db.cases.update(ids[2]!, { closedAt: (await store.db.cases.get(ids[1]!))!.closedAt });
    store.clock.now += 1096 * DAY;
    const seen: string[] = [];
    let page = await eligible({ limit: 2 });
    seen.push(...page.rows.map((r) => r.id));
    while (page.next) {
      page = await eligible({ limit: 2, cursor: page.next });
      seen.push(...page.rows.map((r) => r.id));
    }
    expect([...seen].sort()).toEqual([...ids].sort());
    expect(new Set(seen).size).toBe(5);
  });

  it('is for legal and the administrator only', async () => {
    for (const who of ['agent', 'supervisor', 'director', 'ops'] as const) {
      expect(refusal(await store.send('privacy.eligible', {}, who)).code).toBe('auth.forbidden');
    }
    expect((await eligible({}, 'admin')).rows).toEqual([]);
  });
});

describe('cases.anonymise', () => {
  it('redacts values a correction replaced, from the case and its history, and an imported case’s notes whose name its chain never recorded', async () => {
    const closed = await closedCase({ ...PERSON, customerName: '张山', address: '广州市天河区体育西路1号', description: '张山来信，地址广州市天河区体育西路1号，冰箱丢件' });
    ok(await store.send('cases.correct', { caseId: closed.id, reason: '姓名和地址登记有误', customerName: '张珊', address: '广州市越秀区中山五路2号' }));
    const imported = await caseAt(store, 'verifying', { customerName: '王大强' });
    // An imported case's chain starts after its creation (the import job's chain holds that): no name recorded.
    await store.db.audit.where('[subject+n]').between([imported.id, 1], [imported.id, 1]).delete();
    ok(await store.send('cases.terminate', { caseId: imported.id, reason: 'withdrawn', note: '王大强来电撤诉' }, 'supervisor'));
    store.clock.now += 1096 * DAY;
    ok(await anonymise([closed.id, imported.id]));
    const after = (await store.db.cases.get(closed.id))!;
    expect(after.description).toBe('***来信，地址***，冰箱丢件');
    for (const [id, words] of [[closed.id, /张山|张珊|体育西路|中山五路/], [imported.id, /王大强/]] as const) {
      const page = ok<{ record: unknown; events: unknown[] }>(await store.send('cases.detail', { id }, 'legal'));
      expect(JSON.stringify(page)).not.toMatch(words);
    }
  });

  it('leaves nothing of the customer in the case history or the audit log as shown, though the sealed events keep it', async () => {
    const closed = await closedCase();
    // A correction records the old and the new number; a progress note named the customer.
    ok(await store.send('cases.correct', { caseId: closed.id, reason: '陈晓燕更正号码', phone: '13700001111', address: '杭州市文三路 88 号' }));
    const other = await caseAt(store, 'executing', PERSON);
    store.clock.now += 1096 * DAY;
    ok(await anonymise([closed.id]));
    const identifying = /陈晓燕|13912345678|13700001111|chen\.xy|JD2026001|文三路/;
    for (const who of ['agent', 'legal', 'director'] as const) {
      const history = ok<unknown[]>(await store.send('audit.forCase', { caseId: closed.id }, who));
      expect(history.length).toBeGreaterThan(5);
      expect(JSON.stringify(history), who).not.toMatch(identifying);
      // The case page reads its history with the case.
      const page = ok<{ events: unknown[] }>(await store.send('cases.detail', { id: closed.id }, who));
      expect(page.events).toHaveLength(history.length);
      expect(JSON.stringify(page), who).not.toMatch(identifying);
    }
    const log = ok<{ events: Array<{ command: string; changes: Record<string, { before: unknown; after: unknown }> }> }>(
      await store.send('audit.list', { caseNo: closed.no, limit: 200 }, 'legal'),
    );
    expect(JSON.stringify(log.events)).not.toMatch(identifying);
    // What it shows instead: the name anonymised, the numbers erased, the rest of the record as it was.
    const registration = log.events.find((event) => event.command === 'cases.register')!;
    expect(registration.changes.customerName!.after).toBe('（已匿名）');
    expect(registration.changes.phone!.after).toBe('***');
    expect(registration.changes.severity!.after).toBe('general');
    // The stored chain is untouched and still verifies.
    expect(JSON.stringify(await store.db.audit.where('subject').equals(closed.id).toArray())).toMatch(/13912345678/);
    expect(ok<{ ok: boolean }>(await store.send('audit.verify', { subject: closed.id }, 'supervisor')).ok).toBe(true);
    // A case of the same customer not anonymised (still open) reads as it was.
    expect(JSON.stringify(ok(await store.send('audit.list', { caseNo: other.no, limit: 200 }, 'legal')))).toMatch(/13912345678/);
  });

  it('erases the customer from the case, its entries and its files, and keeps what statistics read', async () => {
    const closed = await closedCase();
    store.clock.now += 1096 * DAY;
    expect(ok(await anonymise([closed.id]))).toEqual({ anonymised: 1 });
    const after = (await store.db.cases.get(closed.id))!;
    expect(after).toMatchObject({ customerName: '（已匿名）', phone: '', email: '', orderNo: '', description: '***来电：冰箱丢件，回电***。', anonymisedAt: store.now(), attachmentBytes: 0 });
    // Nor is the case the customer's any more: no contact key leads to it.
    expect(after.contactKeys).toEqual([]);
    expect(await store.db.cases.where('contactKeys').anyOf(['13912345678', 'chen.xy@example.com']).count()).toBe(0);
    for (const key of ['category', 'subCategory', 'severity', 'receivedAt', 'closedAt', 'status', 'clocks', 'feedback'] as const) {
      expect(after[key]).toEqual(closed[key]);
    }
    expect((await store.db.entries.get(`e-${closed.id}`))).toMatchObject({ summary: '***换号***' });
    expect(await store.db.attachments.where('caseId').equals(closed.id).count()).toBe(0);
    // Gone from the tracking table's search, still counted in it.
    const search = (text: string) => store.run<TrackingWindow>('tracking.rows', { query: { filter: { text, archived: 'all' } } }, 'supervisor');
    expect((await search('陈晓燕')).total).toBe(0);
    expect((await search('冰箱丢件')).rows[0]).toMatchObject({ id: closed.id, customerName: '（已匿名）', phone: '', satisfaction: 4.5 });
    expect((await eligible()).rows).toEqual([]);
  });

  it('writes one audit event per case naming the fields, not the values; the chain stays intact', async () => {
    const closed = await closedCase();
    store.clock.now += 1096 * DAY;
    ok(await anonymise([closed.id], 'admin'));
    const events = await store.db.audit.where('[subject+n]').between([closed.id, 0], [closed.id, Infinity]).toArray();
    const last = events.at(-1)!;
    expect(last).toMatchObject({ command: 'cases.anonymise', actor: { id: 'u-admin', role: 'admin' }, changes: {} });
    expect(last.detail).toEqual({
      fields: ['customerName', 'phone', 'email', 'orderNo', 'description', 'anonymisedAt'],
      entries: 1,
      entryFields: ['contact.summary'],
      attachmentsDeleted: 1,
    });
    expect(JSON.stringify(last)).not.toContain('13912345678');
    // The registration event still holds the original values: its hash seals them.
    expect(events[0]!.changes.customerName?.after).toBe('陈晓燕');
    expect(await store.run('audit.verify', { subject: closed.id }, 'admin')).toEqual({ ok: true, events: events.length });
    expect(store.events.at(-1)).toEqual([{ area: 'cases', ids: [closed.id] }]);
  });

  it('changes nothing when one case is open, within the retention period or already anonymised', async () => {
    const old = await closedCase();
    store.clock.now += 1096 * DAY;
    const open = await caseAt(store, 'executing');
    const recent = await caseAt(store, 'closed');
    const before = await store.snapshot();
    expect(refusal(await anonymise([old.id, open.id]))).toEqual({ code: 'privacy.notEligible', params: { no: open.no } });
    expect(refusal(await anonymise([old.id, recent.id]))).toEqual({ code: 'privacy.notEligible', params: { no: recent.no } });
    expect(refusal(await anonymise([old.id, 'no-such-case']))).toEqual({ code: 'cases.notFound', params: { id: 'no-such-case' } });
    expect(await store.snapshot()).toEqual(before);
    ok(await anonymise([old.id]));
    expect(refusal(await anonymise([old.id]))).toEqual({ code: 'privacy.notEligible', params: { no: old.no } });
  });

  it('needs the password entered again, and the permission', async () => {
    const closed = await closedCase();
    store.clock.now += 1096 * DAY;
    expect(refusal(await store.send('cases.anonymise', { caseIds: [closed.id] }, 'legal')).code).toBe('auth.confirmRequired');
    expect(refusal(await store.send('cases.anonymise', { caseIds: [closed.id] }, 'supervisor')).code).toBe('auth.forbidden');
    const tooMany = Array.from({ length: 501 }, (_, n) => `c-${n}`);
    expect(refusal(await anonymise(tooMany)).fields).toEqual([{ field: 'caseIds', code: 'validation.tooMany', params: { max: 500 } }]);
    expect((await store.db.cases.get(closed.id))!.anonymisedAt).toBeUndefined();
  });

  it('anonymises many cases in one call', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 3; n += 1) ids.push((await closedCase({ ...PERSON, customerName: `客户${n}` })).id);
    store.clock.now += 1096 * DAY + HOUR;
    expect(ok(await anonymise([...ids, ids[0]!]))).toEqual({ anonymised: 3 });
    expect((await store.db.cases.bulkGet(ids)).map((c) => c!.customerName)).toEqual(['（已匿名）', '（已匿名）', '（已匿名）']);
  });

  it('keeps a 12315 referral owing its final reply: listed past its retention, marked with the deadline, refused with the batch left as it was', async () => {
    const REFERRAL = { ...PERSON, channel: 'regulator_12315', referralNo: 'GS-2026-0815', referralDeadline: { by: 'workingDays', days: 7 } };
    const referred = await caseAt(store, 'closed', REFERRAL);
    const withdrawn = await caseAt(store, 'terminated', { ...REFERRAL, referralNo: 'GS-2026-0816' });
    const free = await closedCase();
    store.clock.now += 1096 * DAY;

    const page = await eligible();
    const marked = (id: string) => page.rows.find((row) => row.id === id)?.referralReply;
    const clock = (await store.db.cases.get(referred.id))!.clocks.referralReply!;
    const dueAt = clock.startedAt + clock.budgetMs;
    expect(marked(referred.id)).toEqual({ dueAt, paused: false });
    // A withdrawal stops the reply's clock, not the duty to send it.
    expect(marked(withdrawn.id)).toMatchObject({ paused: true });
    expect(page.rows.find((row) => row.id === free.id)).toBeDefined();
    expect(marked(free.id)).toBeUndefined();

    const before = await store.snapshot();
    expect(refusal(await anonymise([free.id, referred.id]))).toEqual({ code: 'privacy.referralReplyOwed', params: { no: referred.no } });
    expect(await store.snapshot()).toEqual(before);

    // The final reply recorded, it goes like any case past its retention.
    ok(await store.send('cases.replyReferral', { caseId: referred.id, at: store.now(), replier: '李客服', method: 'platform', text: '已处理完毕', final: true }));
    expect((await eligible()).rows.find((row) => row.id === referred.id)?.referralReply).toBeUndefined();
    expect(ok(await anonymise([free.id, referred.id]))).toEqual({ anonymised: 2 });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../../../src-renderer/domain/audit/chain';
import type { ImprovementRecord } from '../../../../../../src-renderer/domain/improvements/schema';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import type { AuditPage } from '../../../../../../src-renderer/store/services/audit/list';
import type { ErasureView } from '../../../../../../src-renderer/store/services/privacy/erasure-views';
import { caseAt } from '../../flow';
import { DAY, NOW, ok, openTestStore, PASSWORD, type TestStore } from '../../fixtures';
import { executeAs, requestArgs } from './erasure-kit';

let store: TestStore;
afterEach(async () => store?.close());

const CHEN = { customerName: '陈晓燕', phone: '13912345678', email: 'chen.xy@example.com' };
const WANG = { customerName: '王芳', phone: '13800001111' };

const measure = (caseIds: string[], texts: { title?: string; rootCause: string; action: string }, id?: string) =>
  store.run<ImprovementRecord>(
    'improvements.save',
    { ...(id ? { id } : {}), title: texts.title ?? '冰箱配送丢件整改', rootCause: texts.rootCause, action: texts.action, ownerId: 'u-supervisor', dueAt: NOW + 30 * DAY, caseIds },
    // The supervisor reads contacts in clear, so may rewrite a text that quotes one.
    'supervisor',
  );

async function anonymise(caseIds: string[]) {
  const session = store.session('legal');
  ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
  ok(await store.dispatcher.dispatch('cases.anonymise', { caseIds }, session));
}

const history = async (id: string) => (await store.run<AuditPage>('audit.list', { subject: `improvement:${id}`, limit: 50 }, 'admin')).events.sort((a, b) => a.n - b.n);

describe('anonymising a case takes its customer out of the improvement measures linked to it', () => {
  it('redacts that customer only, audits which fields changed, and withholds the texts of the measure’s history so far', async () => {
    store = await openTestStore();
    const chen = await caseAt(store, 'closed', CHEN);
    const wang = await caseAt(store, 'closed', WANG);
    const quoting = await measure([chen.id, wang.id], {
      rootCause: '陈晓燕来电反映冰箱丢件，回电 139 1234 5678；王芳（13800001111）同类',
      action: '承运商签收拍照，热线 400-800-1234 告知客户',
    });
    const verdict = await store.run<ImprovementRecord>('improvements.verify', { id: quoting.id, effective: false, note: '已回访陈晓燕，仍有丢件' }, 'ops');
    const clean = await measure([chen.id], { rootCause: '承运商运力不足', action: '增加备用承运商' });
    const updatedAt = verdict.updatedAt;
    const cleanBefore = await store.db.improvements.get(clean.id);

    store.clock.now += 1096 * DAY;
    await anonymise([chen.id]);

    const after = (await store.db.improvements.get(quoting.id))!;
    // Her name and number (written with spaces) go; the other customer's number and the hotline stay.
    expect(after.rootCause).toBe('***来电反映冰箱丢件，回电 ***；王芳（13800001111）同类');
    expect(after.action).toBe('承运商签收拍照，热线 400-800-1234 告知客户');
    expect(after.verifications?.map((v) => v.note)).toEqual(['已回访***，仍有丢件']);
    expect(after.updatedAt).toBe(updatedAt);
    const events = await subjectEvents(store.db, `improvement:${quoting.id}`);
    expect(verifyChain(events).ok).toBe(true);
    const last = events.at(-1)!;
    expect(last).toMatchObject({ command: 'improvements.caseAnonymised', actor: { role: 'legal' }, changes: {}, detail: { caseNo: chen.no, fields: ['rootCause', 'verifications.0.note'] } });
    expect(after.textsWithheldThrough).toBe(last.n);
    // The audit log no longer shows her in what the measure's events recorded; who did what stays.
    const shown = await history(quoting.id);
    expect(JSON.stringify(shown)).not.toMatch(/陈晓燕|139 1234 5678|王芳/);
    expect(shown[0]!.changes['rootCause']).toEqual({ before: null, after: '***' });
    expect(shown[0]!.changes['owner']?.after).toEqual({ id: 'u-supervisor', name: '主管老陈' });
    expect(shown.map((e) => e.command)).toEqual(['improvements.save', 'improvements.verify', 'improvements.caseAnonymised']);
    // The stored events keep what they recorded, sealed by their hashes.
    expect(JSON.stringify(events[0]!.changes)).toContain('陈晓燕');

    // A measure that never quoted her is left as it was, with no event.
    expect(await store.db.improvements.get(clean.id)).toEqual(cleanBefore);
    expect((await subjectEvents(store.db, `improvement:${clean.id}`)).map((e) => e.command)).toEqual(['improvements.save']);
  });

  it('withholds the history of a measure that quoted the customer only in an earlier version, and keeps withholding it after later saves', async () => {
    store = await openTestStore();
    const chen = await caseAt(store, 'closed', CHEN);
    const first = await measure([chen.id], { rootCause: '陈晓燕（chen.xy@example.com）多次投诉丢件', action: '增加备用承运商' });
    const edited = await measure([chen.id], { rootCause: '客户多次投诉丢件', action: '增加备用承运商' }, first.id);
    store.clock.now += 1096 * DAY;
    await anonymise([chen.id]);

    const stored = (await store.db.improvements.get(first.id))!;
    expect(stored.rootCause).toBe(edited.rootCause);
    const anonymised = (await subjectEvents(store.db, `improvement:${first.id}`)).at(-1)!;
    expect(anonymised).toMatchObject({ command: 'improvements.caseAnonymised', detail: { caseNo: chen.no, fields: [] } });
    expect(stored.textsWithheldThrough).toBe(anonymised.n);

    // A later edit keeps the earlier history withheld and shows its own texts.
    await measure([chen.id], { rootCause: '客户多次投诉丢件', action: '更换承运商' }, first.id);
    expect((await store.db.improvements.get(first.id))!.textsWithheldThrough).toBe(anonymised.n);
    const shown = await history(first.id);
    expect(JSON.stringify(shown)).not.toMatch(/陈晓燕|chen\.xy/);
    expect(shown.at(-1)!.changes['action']).toEqual({ before: '增加备用承运商', after: '更换承运商' });
    expect(shown[1]!.changes['rootCause']).toEqual({ before: '***', after: '***' });
  });

  it('does the same when the case is erased at its customer’s request', async () => {
    store = await openTestStore();
    const chen = await caseAt(store, 'closed', CHEN);
    const quoting = await measure([chen.id], { rootCause: '陈晓燕来电反映冰箱丢件', action: '回电13912345678说明整改' });
    const request = await store.run<ErasureView>('erasure.record', requestArgs(store, { phone: CHEN.phone }, [chen.id]), 'legal');
    await executeAs(store, request.request.no);

    const after = (await store.db.improvements.get(quoting.id))!;
    expect([after.rootCause, after.action]).toEqual(['***来电反映冰箱丢件', '回电***说明整改']);
    expect((await subjectEvents(store.db, `improvement:${quoting.id}`)).at(-1)).toMatchObject({
      command: 'improvements.caseAnonymised',
      detail: { caseNo: chen.no, fields: ['rootCause', 'action'] },
    });
  });
});

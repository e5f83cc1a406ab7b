import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../../../src-renderer/domain/audit/chain';
import type { AttachmentMeta } from '../../../../../../src-renderer/domain/cases/entries';
import type { CustomerExport } from '../../../../../../src-renderer/domain/privacy/customer';
import { DeskDb } from '../../../../../../src-renderer/store/db';
import { sha256HexOf } from '../../../../../../src-renderer/store/core/digest';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import { jpeg } from '../../../domain/cases/evidence-samples';
import { attachEnvironment, createAsAdmin, restoreAsAdmin } from '../../backup/kit';
import { DAY, NOW, ok, openTestStore, PASSWORD, refusal, register, type TestStore, type Who } from '../../fixtures';
import { caseAt, steps } from '../../flow';

let store: TestStore;
const opened: DeskDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await store?.close();
  for (const name of await Dexie.getDatabaseNames()) if (name.startsWith('complaint-desk-')) await Dexie.delete(name);
});

const PHOTO = jpeg(11, 2048);
const REASON = '误传了另一位客户（王五，13900001111）的照片';

/** A case with the agent's photo added at intake; the file's record. */
async function withPhoto(who: Who = 'agent') {
  const c = await register(store);
  await store.run('attachments.add', { caseId: c.id, name: '破损照片.jpg', type: 'image/jpeg', data: new Blob([PHOTO]) }, who);
  const [file] = await store.run<AttachmentMeta[]>('attachments.list', { caseId: c.id });
  return { c, file: file! };
}
const withdraw = (id: string, who: Who = 'agent', reason = REASON) => store.send('attachments.withdraw', { id, reason }, who);
const chain = (caseId: string) => store.db.audit.where('[subject+n]').between([caseId, 0], [caseId, Infinity]).toArray();

describe('attachments.withdraw (撤下附件)', () => {
  it('deletes the bytes, keeps the record marked, frees the case’s room, and audits it with the file’s name, size, hash and reason', async () => {
    store = await openTestStore();
    const { c, file } = await withPhoto();
    store.clock.now += 60_000;
    const updated = ok<{ attachmentBytes: number }>(await withdraw(file.id, 'agent', `  ${REASON}  `));
    expect(updated.attachmentBytes).toBe(0);
    const [kept] = await store.run<AttachmentMeta[]>('attachments.list', { caseId: c.id });
    expect(kept).toEqual({ ...file, withdrawn: { at: NOW + 60_000, by: { id: 'u-agent', name: '客服小王' }, reason: REASON } });
    expect(kept!.sha256).toBe(await sha256HexOf(PHOTO));
    expect((await store.db.attachments.get(file.id))!.data).toBeUndefined();
    expect(refusal(await store.send('attachments.get', { id: file.id }))).toEqual({ code: 'attachments.withdrawnNoFile', params: { name: '破损照片.jpg' } });
    const event = (await chain(c.id)).at(-1)!;
    expect(event).toMatchObject({
      command: 'attachments.withdraw',
      actor: { id: 'u-agent', role: 'agent' },
      changes: { attachmentBytes: { before: PHOTO.length, after: 0 } },
      detail: { attachmentId: file.id, name: '破损照片.jpg', size: PHOTO.length, sha256: file.sha256, reason: REASON },
    });
    // The case page shows it withdrawn; the same photo may be added again.
    const detail = await store.run<CaseDetail>('cases.detail', { id: c.id });
    expect(detail.attachments[0]!.withdrawn?.reason).toBe(REASON);
    expect((await store.send('attachments.add', { caseId: c.id, name: '破损照片.jpg', type: 'image/jpeg', data: new Blob([PHOTO]) })).ok).toBe(true);
  });

  it('requires a reason, and refuses what is not the file of a case', async () => {
    store = await openTestStore();
    const { file } = await withPhoto();
    const before = await store.snapshot();
    expect(refusal(await withdraw(file.id, 'agent', '  ')).fields).toMatchObject([{ field: 'reason', code: 'validation.required' }]);
    expect(refusal(await withdraw(file.id, 'agent', '误'.repeat(501))).fields).toEqual([{ field: 'reason', code: 'validation.tooLong', params: { max: 500 } }]);
    expect(refusal(await withdraw('nope'))).toEqual({ code: 'attachments.notFound' });
    expect(await store.snapshot()).toEqual(before);
  });

  it('is open to supervisors, directors, operations directors and legal at any step', async () => {
    store = await openTestStore();
    for (const who of ['supervisor', 'director', 'ops', 'legal'] as const) {
      const { c, file } = await withPhoto();
      await steps.accept(store, c.id);
      expect((await withdraw(file.id, who)).ok, who).toBe(true);
    }
  });

  it('refuses, with the reason and writing nothing: another agent, the uploader once the case moved on, the administrator, a second time', async () => {
    store = await openTestStore();
    const { c, file } = await withPhoto();
    const before = await store.snapshot();
    expect(refusal(await withdraw(file.id, 'agent2'))).toEqual({ code: 'attachments.withdrawNotOwn', params: { name: '破损照片.jpg', by: '客服小王' } });
    expect(refusal(await withdraw(file.id, 'admin'))).toEqual({ code: 'auth.forbidden', params: { permission: 'attachments.withdraw', role: 'admin' } });
    expect(await store.snapshot()).toEqual(before);
    await steps.accept(store, c.id);
    expect(refusal(await withdraw(file.id))).toEqual({ code: 'attachments.withdrawStepPassed', params: { name: '破损照片.jpg' } });
    ok(await withdraw(file.id, 'supervisor'));
    expect(refusal(await withdraw(file.id, 'legal'))).toEqual({ code: 'attachments.alreadyWithdrawn', params: { name: '破损照片.jpg', by: '主管老陈' } });
  });

  it('refuses on an archived case and, under a legal hold, anyone but legal', async () => {
    store = await openTestStore();
    const { c, file } = await withPhoto();
    ok(await store.send('cases.placeHold', { caseId: c.id, kind: 'litigation', reason: '客户起诉' }, 'supervisor'));
    expect(refusal(await withdraw(file.id, 'supervisor'))).toEqual({ code: 'attachments.withdrawHeld', params: { no: c.no } });
    expect((await withdraw(file.id, 'legal')).ok).toBe(true);
    const archived = await withPhoto();
    await store.db.cases.update(archived.c.id, { archived: 1 });
    expect(refusal(await withdraw(archived.file.id, 'supervisor'))).toEqual({ code: 'cases.archived', params: { no: archived.c.no } });
  });

  it('records the hash of a file kept before hashes were, and masks the reason for roles without contacts.view', async () => {
    store = await openTestStore();
    const c = await register(store);
    await store.db.attachments.add({ id: 'old-1', caseId: c.id, name: '旧照片.jpg', type: 'image/jpeg', size: PHOTO.length, addedAt: NOW, addedBy: { id: 'u-agent', name: '客服小王' }, step: 'intake', data: new Blob([PHOTO]) });
    ok(await withdraw('old-1', 'supervisor'));
    expect((await store.db.attachments.get('old-1'))!.sha256).toBe(await sha256HexOf(PHOTO));
    const [shown] = await store.run<AttachmentMeta[]>('attachments.list', { caseId: c.id }, 'director');
    expect(shown!.withdrawn!.reason).toBe('误传了另一位客户（王五，139****1111）的照片');
    const events = await store.run<AuditEvent[]>('audit.forCase', { caseId: c.id }, 'director');
    expect(JSON.stringify(events)).not.toContain('13900001111');
  });
});

describe('a withdrawn file in the customer’s export, an anonymisation and a restore', () => {
  it('is listed in the export as withdrawn, its name and reason withheld', async () => {
    store = await openTestStore();
    const { c, file } = await withPhoto();
    ok(await withdraw(file.id));
    const exported = await store.run<CustomerExport>('customers.export', { phone: '13812345678', caseIds: [c.id] }, 'legal');
    const [listed] = exported.cases[0]!.attachments;
    expect(listed).toMatchObject({ name: '***', size: PHOTO.length, withdrawn: { reason: '***', by: { name: '客服小王' } } });
    expect(JSON.stringify(exported)).not.toContain('破损照片');
  });

  it('goes with the case’s anonymisation, record and all', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed');
    await store.run('attachments.add', { caseId: closed.id, name: '王五身份证.jpg', type: 'image/jpeg', data: new Blob([PHOTO]) });
    const [file] = await store.run<AttachmentMeta[]>('attachments.list', { caseId: closed.id });
    ok(await withdraw(file!.id, 'supervisor'));
    store.clock.now += 1096 * DAY;
    const legal = store.session('legal');
    ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, legal));
    ok(await store.dispatcher.dispatch('cases.anonymise', { caseIds: [closed.id] }, legal));
    expect(await store.db.attachments.where('caseId').equals(closed.id).count()).toBe(0);
  });

  it('stays withdrawn when a backup made before is restored', async () => {
    store = await openTestStore();
    const { c, file } = await withPhoto();
    const made = await createAsAdmin(store);
    store.clock.now += DAY;
    ok(await withdraw(file.id, 'supervisor'));
    const { activated } = attachEnvironment(store);
    ok(await restoreAsAdmin(store, made.data, 'before.cdbak'));
    const restored = new DeskDb(activated[0]!);
    opened.push(restored);
    await restored.open();
    const row = (await restored.attachments.get(file.id))!;
    expect(row.data).toBeUndefined();
    expect(row.withdrawn).toEqual({ at: NOW + DAY, by: { id: 'u-supervisor', name: '主管老陈' }, reason: REASON });
    expect((await restored.cases.get(c.id))!.attachmentBytes).toBe(0);
    const kept = (await restored.audit.where('[subject+n]').between([c.id, 0], [c.id, Infinity]).toArray()).at(-1)!;
    expect(kept).toMatchObject({ command: 'attachments.withdrawKept', detail: { attachmentId: file.id, reason: REASON, withdrawnBy: '主管老陈' } });
  });
});

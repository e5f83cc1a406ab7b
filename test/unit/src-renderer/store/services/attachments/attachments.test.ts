import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../../../src-renderer/domain/audit/chain';
import type { AttachmentMeta, AttachmentRecord } from '../../../../../../src-renderer/domain/cases/entries';
import type { AuditPage } from '../../../../../../src-renderer/store/services/audit/list';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import { DAY, NOW, ok, openTestStore, PASSWORD, refusal, register, type TestStore, type Who } from '../../fixtures';
import { caseAt } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

const MB = 1024 * 1024;
let serial = 0;
/** `bytes` bytes unlike any other file's of the test: the store refuses a second copy of a file (withdraw.test.ts). */
function distinct(bytes: number): Uint8Array<ArrayBuffer> {
  serial += 1;
  return Uint8Array.from({ length: bytes }, (_, i) => (serial * 7 + i) % 251);
}
const file = (caseId: string, bytes: number, type = 'image/jpeg', name = '破损照片.jpg') => ({ caseId, name, type, data: new Blob([distinct(bytes)]) });
const limits = (maxFileMB: number, maxCaseMB: number) => store.run('settings.update', { key: 'attachments', value: { maxFileMB, maxCaseMB } }, 'admin');

describe('attachments.add (证据附件)', () => {
  it('keeps the file with the case, counts its size and records it in the audit trail', async () => {
    store = await openTestStore();
    const c = await register(store);
    const updated = await store.run('attachments.add', file(c.id, 1234));
    expect(updated.attachmentBytes).toBe(1234);
    const [meta] = await store.run<AttachmentMeta[]>('attachments.list', { caseId: c.id });
    expect(meta).toEqual({
      id: expect.any(String),
      caseId: c.id,
      name: '破损照片.jpg',
      type: 'image/jpeg',
      size: 1234,
      addedAt: NOW,
      addedBy: { id: 'u-agent', name: '客服小王' },
      step: 'intake',
      // Its content's hash: a second copy is refused by it (withdraw.test.ts).
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const stored = await store.run<AttachmentRecord>('attachments.get', { id: meta!.id });
    expect(stored.data.size).toBe(1234);
    const events = await store.db.audit.where('[subject+n]').between([c.id, 0], [c.id, Infinity]).toArray();
    expect(events.at(-1)).toMatchObject({ command: 'attachments.add', detail: { attachmentId: meta!.id, name: '破损照片.jpg', size: 1234, sha256: meta!.sha256 } });
    expect(refusal(await store.send('attachments.get', { id: 'nope' }))).toEqual({ code: 'attachments.notFound' });
  });

  it.each(['text/html', 'application/x-msdownload', 'image/svg+xml', 'video/quicktime'])('refuses the type %j with attachments.typeNotAllowed', async (type) => {
    store = await openTestStore();
    const c = await register(store);
    const before = await store.snapshot();
    expect(refusal(await store.send('attachments.add', file(c.id, 10, type, 'a.jpg')))).toEqual({ code: 'attachments.typeNotAllowed', params: { name: 'a.jpg' } });
    expect(await store.snapshot()).toEqual(before);
  });

  it.each(['', 'application/octet-stream'])('refuses a file of type %j whose extension says nothing either, as not recognised', async (type) => {
    store = await openTestStore();
    const c = await register(store);
    const before = await store.snapshot();
    expect(refusal(await store.send('attachments.add', file(c.id, 10, type, 'a.bin')))).toEqual({ code: 'attachments.typeUnknown', params: { name: 'a.bin' } });
    expect(await store.snapshot()).toEqual(before);
  });

  it.each([
    // Chromium gives an Android call recording as audio/AMR: MIME types are case-insensitive.
    ['通话录音.amr', 'audio/AMR', 'audio/amr'],
    // An iPhone photo has no type at all in Chromium: known by its extension.
    ['IMG_0001.HEIC', '', 'image/heic'],
    ['语音备忘录.m4a', 'application/octet-stream', 'audio/mp4'],
  ])('takes %s reported as %j, and keeps it, bytes too, as %s', async (name, type, kept) => {
    store = await openTestStore();
    const c = await register(store);
    const updated = await store.run('attachments.add', { caseId: c.id, name, type, data: new Blob([distinct(64)], { type }) });
    expect(updated.attachmentBytes).toBe(64);
    const [meta] = await store.run<AttachmentMeta[]>('attachments.list', { caseId: c.id });
    expect(meta).toMatchObject({ name, type: kept, size: 64 });
    // Read back as a Blob, it opens or saves as what it is.
    const stored = await store.run<AttachmentRecord>('attachments.get', { id: meta!.id });
    expect({ type: stored.type, blobType: stored.data.type, size: stored.data.size }).toEqual({ type: kept, blobType: kept, size: 64 });
  });

  it('files a file under the step the case is at, whatever the caller says (a made-up step was shown raw)', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'verifying');
    await store.run('attachments.add', { ...file(c.id, 10), step: 'whatever' });
    const later = await caseAt(store, 'executing');
    await store.run('attachments.add', { ...file(later.id, 10), step: 'intake' });
    const steps = async (id: string) => (await store.run<AttachmentMeta[]>('attachments.list', { caseId: id })).map((m) => m.step);
    expect(await steps(c.id)).toEqual(['verification']);
    expect(await steps(later.id)).toEqual(['execution']);
  });

  it('refuses an empty file, writing nothing', async () => {
    store = await openTestStore();
    const c = await register(store);
    const before = await store.snapshot();
    expect(refusal(await store.send('attachments.add', file(c.id, 0, 'image/png', '空.png')))).toEqual({ code: 'attachments.empty', params: { name: '空.png' } });
    expect(await store.snapshot()).toEqual(before);
  });

  it('refuses a file over the per-file limit, and takes one exactly at it', async () => {
    store = await openTestStore();
    await limits(1, 10);
    const c = await register(store);
    // Its size said so that it shows over the limit: 1.01, never 1.00.
    expect(refusal(await store.send('attachments.add', file(c.id, MB + 1, 'application/pdf', '报告.pdf')))).toEqual({
      code: 'attachments.fileTooLarge',
      params: { name: '报告.pdf', max: 1, size: '1.01' },
    });
    expect((await store.run('attachments.add', file(c.id, MB, 'application/pdf'))).attachmentBytes).toBe(MB);
  });

  it('refuses a file that would take the case over its limit, counting the files already kept', async () => {
    store = await openTestStore();
    await limits(1, 2);
    const c = await register(store);
    await store.run('attachments.add', file(c.id, MB, 'audio/mpeg', '录音1.mp3'));
    await store.run('attachments.add', file(c.id, MB - 10, 'audio/mpeg', '录音2.mp3'));
    const before = await store.snapshot();
    // With what the case holds and what the file adds.
    expect(refusal(await store.send('attachments.add', file(c.id, 11, 'image/png', 'x.png')))).toEqual({
      code: 'attachments.caseFull',
      params: { name: 'x.png', max: 2, held: '2.00', size: '0.01' },
    });
    expect(await store.snapshot()).toEqual(before);
    expect((await store.run('attachments.add', file(c.id, 10, 'image/png'))).attachmentBytes).toBe(2 * MB);
    // The limit is per case: another case starts empty.
    const other = await register(store);
    expect((await store.run('attachments.add', file(other.id, MB, 'image/png'))).attachmentBytes).toBe(MB);
  });

  it('is open to case workers, directors and legal', async () => {
    store = await openTestStore();
    const c = await register(store);
    for (const who of ['agent', 'supervisor', 'director', 'legal'] as const) expect((await store.send('attachments.add', file(c.id, 5), who)).ok, who).toBe(true);
    for (const who of ['ops', 'admin'] as const) expect(refusal(await store.send('attachments.add', file(c.id, 5), who)).code, who).toBe('auth.forbidden');
  });

  it.each(['closed', 'redirected', 'terminated'] as const)('takes evidence on a %s case (a customer calling back with a photo), filed under the step it ended at', async (status) => {
    store = await openTestStore();
    const ended = await caseAt(store, status, { channel: 'regulator_12315' });
    const updated = await store.run('attachments.add', file(ended.id, 5, 'image/jpeg', '客户补发照片.jpg'));
    expect(updated).toMatchObject({ status, attachmentBytes: 5 });
    const [meta] = await store.run<AttachmentMeta[]>('attachments.list', { caseId: ended.id });
    expect(meta).toMatchObject({ name: '客户补发照片.jpg', step: { closed: 'closed', redirected: 'intake', terminated: 'verification' }[status] });
  });

  it('refuses evidence on an archived case and on an anonymised one, saying why, writing nothing', async () => {
    store = await openTestStore();
    const archived = await caseAt(store, 'closed');
    await store.db.cases.update(archived.id, { archived: 1 });
    const closed = await caseAt(store, 'closed');
    await store.run('attachments.add', file(closed.id, 5));
    store.clock.now += 1096 * DAY;
    const session = store.session('legal');
    ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
    ok(await store.dispatcher.dispatch('cases.anonymise', { caseIds: [closed.id] }, session));
    // The case page learns that its file went with the anonymisation, and when (the 附件 panel says so).
    const detail = await store.run<CaseDetail>('cases.detail', { id: closed.id });
    expect(detail.attachments).toEqual([]);
    expect(detail.record.anonymisedAt).toBe(store.now());
    expect(detail.events.find((e) => e.command === 'cases.anonymise')?.detail).toMatchObject({ attachmentsDeleted: 1 });
    const before = await store.snapshot();
    expect(refusal(await store.send('attachments.add', file(archived.id, 5)))).toEqual({ code: 'cases.archived', params: { no: archived.no } });
    expect(refusal(await store.send('attachments.add', file(closed.id, 5)))).toEqual({ code: 'attachments.anonymised', params: { no: closed.no } });
    expect(await store.snapshot()).toEqual(before);
  });

  it('keeps a file name over 200 characters shortened, its extension kept, instead of refusing it', async () => {
    store = await openTestStore();
    const c = await register(store);
    const long = `微信图片_${'客户发来的破损照片'.repeat(30)}.jpg`;
    await store.run('attachments.add', file(c.id, 5, '', long));
    const [meta] = await store.run<AttachmentMeta[]>('attachments.list', { caseId: c.id });
    expect(meta!.name).toHaveLength(200);
    expect(meta!.name).toMatch(/^微信图片_客户发来的破损照片.*….jpg$/);
    // Known by the extension it kept.
    expect(meta!.type).toBe('image/jpeg');
  });

  it('refuses input that is not a file', async () => {
    store = await openTestStore();
    const c = await register(store);
    expect(refusal(await store.send('attachments.add', { ...file(c.id, 5), data: 'aGVsbG8=' })).fields).toEqual([{ field: 'data', code: 'validation.invalid' }]);
  });
});

describe('attachment names for roles without contacts.view', () => {
  const RECORDING = '13812345678_20261207_1702_通话录音.mp3';
  const ID_SCAN = '陈晓明身份证号110101199003071233.pdf';
  const MASKED = ['138****5678_20261207_1702_通话录音.mp3', '陈晓明身份证号110***********1233.pdf'];

  /** A case with the two files, as an agent filed them. */
  async function withFiles() {
    const c = await register(store);
    await store.run('attachments.add', file(c.id, 5, 'audio/mpeg', RECORDING));
    store.clock.now += 60_000;
    await store.run('attachments.add', file(c.id, 5, 'application/pdf', ID_SCAN));
    return c;
  }

  it.each(['director', 'ops', 'admin'] as const)('are masked for %s wherever the store host hands them out, extension kept', async (who: Who) => {
    store = await openTestStore();
    const c = await withFiles();
    // The case page and the printed 登记表 (both read cases.detail), and the list.
    const detail = await store.run<CaseDetail>('cases.detail', { id: c.id }, who);
    expect(detail.attachments.map((a) => a.name)).toEqual(MASKED);
    expect((await store.run<AttachmentMeta[]>('attachments.list', { caseId: c.id }, who)).map((a) => a.name)).toEqual(MASKED);
    // The history on the case page, the timeline query, and (for the administrator) the audit log.
    const named = (events: AuditEvent[]) => events.filter((e) => e.command === 'attachments.add').map((e) => e.detail?.name);
    expect(named(detail.events)).toEqual(MASKED);
    expect(named(await store.run<AuditEvent[]>('audit.forCase', { caseId: c.id }, who))).toEqual(MASKED);
    // The log lists the newest first.
    if (who === 'admin') expect(named((await store.run<AuditPage>('audit.list', { caseNo: c.no }, who)).events)).toEqual([...MASKED].reverse());
    // The file itself can still be saved; its name is the masked one.
    const saved = await store.run<AttachmentRecord>('attachments.get', { id: detail.attachments[1]!.id }, who);
    expect({ name: saved.name, size: saved.data.size }).toEqual({ name: MASKED[1], size: 5 });
    expect(JSON.stringify(detail)).not.toMatch(/13812345678|110101199003071233/);
  });

  it('are given in full to the roles that see contacts, and kept in full', async () => {
    store = await openTestStore();
    const c = await withFiles();
    for (const who of ['agent', 'supervisor', 'legal'] as const) {
      expect((await store.run<CaseDetail>('cases.detail', { id: c.id }, who)).attachments.map((a) => a.name), who).toEqual([RECORDING, ID_SCAN]);
    }
    expect((await store.db.attachments.where('caseId').equals(c.id).toArray()).map((a) => a.name).sort()).toEqual([RECORDING, ID_SCAN].sort());
  });
});

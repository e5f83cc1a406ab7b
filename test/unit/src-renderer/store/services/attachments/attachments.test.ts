import { afterEach, describe, expect, it } from 'vitest';
import type { AttachmentMeta, AttachmentRecord } from '../../../../../../src-renderer/domain/cases/entries';
import { NOW, openTestStore, refusal, register, type TestStore } from '../../fixtures';
import { caseAt } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

const MB = 1024 * 1024;
const file = (caseId: string, bytes: number, type = 'image/jpeg', name = '破损照片.jpg') => ({ caseId, name, type, data: new Blob([new Uint8Array(bytes)]) });
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
    });
    const stored = await store.run<AttachmentRecord>('attachments.get', { id: meta!.id });
    expect(stored.data.size).toBe(1234);
    const events = await store.db.audit.where('[subject+n]').between([c.id, 0], [c.id, Infinity]).toArray();
    expect(events.at(-1)).toMatchObject({ command: 'attachments.add', detail: { attachmentId: meta!.id, name: '破损照片.jpg', size: 1234 } });
    expect(refusal(await store.send('attachments.get', { id: 'nope' }))).toEqual({ code: 'attachments.notFound' });
  });

  it.each(['text/html', 'application/x-msdownload', 'image/svg+xml', 'video/mp4'])('refuses the type %j with attachments.typeNotAllowed', async (type) => {
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
    const updated = await store.run('attachments.add', { caseId: c.id, name, type, data: new Blob([new Uint8Array(64)], { type }) });
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
    expect(refusal(await store.send('attachments.add', file(c.id, MB + 1, 'application/pdf', '报告.pdf')))).toEqual({
      code: 'attachments.fileTooLarge',
      params: { name: '报告.pdf', max: 1 },
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
    expect(refusal(await store.send('attachments.add', file(c.id, 11, 'image/png', 'x.png')))).toEqual({
      code: 'attachments.caseFull',
      params: { name: 'x.png', max: 2 },
    });
    expect(await store.snapshot()).toEqual(before);
    expect((await store.run('attachments.add', file(c.id, 10, 'image/png'))).attachmentBytes).toBe(2 * MB);
    // The limit is per case: another case starts empty.
    const other = await register(store);
    expect((await store.run('attachments.add', file(other.id, MB, 'image/png'))).attachmentBytes).toBe(MB);
  });

  it('is open to case workers, directors and legal, on open cases only', async () => {
    store = await openTestStore();
    const c = await register(store);
    for (const who of ['agent', 'supervisor', 'director', 'legal'] as const) expect((await store.send('attachments.add', file(c.id, 5), who)).ok, who).toBe(true);
    for (const who of ['ops', 'admin'] as const) expect(refusal(await store.send('attachments.add', file(c.id, 5), who)).code, who).toBe('auth.forbidden');
    const closed = await caseAt(store, 'closed');
    expect(refusal(await store.send('attachments.add', file(closed.id, 5))).code).toBe('lifecycle.invalidTransition');
  });

  it('refuses input that is not a file', async () => {
    store = await openTestStore();
    const c = await register(store);
    expect(refusal(await store.send('attachments.add', { ...file(c.id, 5), data: 'aGVsbG8=' })).fields).toEqual([{ field: 'data', code: 'validation.invalid' }]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { AttachmentMeta, AttachmentRecord } from '../../../../../../src-renderer/domain/cases/entries';
import { sha256HexOf } from '../../../../../../src-renderer/store/core/digest';
import { docm, docx, gbText, jpeg, linuxProgram, mp4, plainZip, shellScript, threeGp, utf16Text, utf8Text, windowsProgram, xlsx } from '../../../domain/cases/evidence-samples';
import { DAY, refusal, register, openTestStore, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const MB = 1024 * 1024;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const add = (caseId: string, name: string, type: string, bytes: Uint8Array<ArrayBuffer>) => store.send('attachments.add', { caseId, name, type, data: new Blob([bytes], { type }) });
const listed = (caseId: string, who: 'agent' | 'director' = 'agent') => store.run<AttachmentMeta[]>('attachments.list', { caseId }, who);

describe('attachments.add: phone videos, Office documents and texts', () => {
  it.each([
    ['故障视频.mp4', 'video/mp4', mp4(), 'video/mp4'],
    ['VID_0001.3gp', '', threeGp(), 'video/3gpp'],
    ['情况说明.docx', DOCX, docx(), DOCX],
    ['赔付明细.xlsx', 'application/octet-stream', xlsx(), XLSX],
    ['通话记录.txt', 'text/plain', utf8Text(), 'text/plain'],
    ['旧说明.txt', '', gbText(), 'text/plain'],
  ])('takes %s (reported as %j) and gives it back as it was, its type kept for the download', async (name, type, bytes, kept) => {
    store = await openTestStore();
    const c = await register(store);
    expect((await add(c.id, name, type, bytes)).ok).toBe(true);
    const [meta] = await listed(c.id);
    expect(meta).toMatchObject({ name, type: kept, size: bytes.length, sha256: await sha256HexOf(bytes) });
    const saved = await store.run<AttachmentRecord>('attachments.get', { id: meta!.id });
    expect({ type: saved.type, blobType: saved.data.type }).toEqual({ type: kept, blobType: kept });
    expect(new Uint8Array(await saved.data.arrayBuffer())).toEqual(bytes);
  });

  it.each([
    ['视频.mp4', 'video/mp4', jpeg()],
    ['视频.3gp', '', jpeg()],
    ['说明.docx', DOCX, xlsx()],
    ['照片.docx', '', plainZip()],
    ['明细.xlsx', XLSX, docx()],
    ['说明.txt', 'text/plain', utf16Text()],
    ['照片.txt', '', jpeg()],
    // A text said to be a photo's type by its name, or a photo said to be a text.
    ['photo.jpg', 'text/plain', utf8Text()],
  ])('refuses %s (%j) whose content does not match, writing nothing', async (name, type, bytes) => {
    store = await openTestStore();
    const c = await register(store);
    const before = await store.snapshot();
    expect(refusal(await add(c.id, name, type, bytes))).toEqual({ code: 'attachments.contentMismatch', params: { name } });
    expect(await store.snapshot()).toEqual(before);
  });

  it.each([
    ['发票.pdf', 'application/pdf', windowsProgram()],
    ['照片.jpg', 'image/jpeg', linuxProgram()],
    ['setup.mp4', 'video/mp4', windowsProgram()],
    ['说明.txt', 'text/plain', shellScript()],
    ['说明.docx', DOCX, docm()],
  ])('refuses %s, a program whatever its name, writing nothing', async (name, type, bytes) => {
    store = await openTestStore();
    const c = await register(store);
    const before = await store.snapshot();
    expect(refusal(await add(c.id, name, type, bytes))).toEqual({ code: 'attachments.executable', params: { name } });
    expect(await store.snapshot()).toEqual(before);
  });

  it('still refuses programs by their type and extension, and holds a video to the size limits', async () => {
    store = await openTestStore();
    await store.run('settings.update', { key: 'attachments', value: { maxFileMB: 1, maxCaseMB: 10 } }, 'admin');
    const c = await register(store);
    expect(refusal(await add(c.id, 'setup.exe', 'application/x-msdownload', windowsProgram()))).toEqual({ code: 'attachments.typeNotAllowed', params: { name: 'setup.exe' } });
    expect(refusal(await add(c.id, 'setup.exe', '', windowsProgram()))).toEqual({ code: 'attachments.typeUnknown', params: { name: 'setup.exe' } });
    expect(refusal(await add(c.id, '长视频.mp4', 'video/mp4', mp4(1, MB + 1)))).toEqual({ code: 'attachments.fileTooLarge', params: { name: '长视频.mp4', max: 1, size: '1.01' } });
    expect((await add(c.id, '短视频.mp4', 'video/mp4', mp4(1, MB))).ok).toBe(true);
  });
});

describe('attachments.add: the same file twice', () => {
  it('refuses a second copy on the case, naming the first and when it came, and writes nothing', async () => {
    store = await openTestStore();
    const c = await register(store);
    expect((await add(c.id, '破损照片.jpg', 'image/jpeg', jpeg(3))).ok).toBe(true);
    const [first] = await listed(c.id);
    store.clock.now += DAY;
    const before = await store.snapshot();
    // Under another name (微信 names a saved photo anew): the content decides.
    expect(refusal(await add(c.id, 'mmexport1700000000000.jpg', 'image/jpeg', jpeg(3)))).toEqual({
      code: 'attachments.duplicate',
      params: { name: 'mmexport1700000000000.jpg', earlier: '破损照片.jpg', addedAt: first!.addedAt },
    });
    expect(await store.snapshot()).toEqual(before);
    // Another photo, and the same photo on another case, are taken.
    expect((await add(c.id, '另一张.jpg', 'image/jpeg', jpeg(4))).ok).toBe(true);
    const other = await register(store);
    expect((await add(other.id, '破损照片.jpg', 'image/jpeg', jpeg(3))).ok).toBe(true);
  });

  it('names the first copy to a role without contacts.view as it may read it', async () => {
    store = await openTestStore();
    const c = await register(store);
    expect((await add(c.id, '13812345678_通话录音.txt', 'text/plain', utf8Text('通话要点'))).ok).toBe(true);
    const again = await store.send('attachments.add', { caseId: c.id, name: '要点.txt', type: 'text/plain', data: new Blob([utf8Text('通话要点')]) }, 'director');
    expect(refusal(again).params).toMatchObject({ earlier: '138****5678_通话录音.txt' });
  });

  it('finds a copy of a file kept before hashes were (no hash on its record)', async () => {
    store = await openTestStore();
    const c = await register(store);
    const bytes = jpeg(5);
    await store.db.attachments.add({ id: 'old-1', caseId: c.id, name: '旧照片.jpg', type: 'image/jpeg', size: bytes.length, addedAt: 7, addedBy: { id: 'u-agent', name: '客服小王' }, step: 'intake', data: new Blob([bytes]) });
    expect(refusal(await add(c.id, '新照片.jpg', 'image/jpeg', bytes))).toEqual({ code: 'attachments.duplicate', params: { name: '新照片.jpg', earlier: '旧照片.jpg', addedAt: 7 } });
  });
});

import { describe, expect, it } from 'vitest';
import {
  AddAttachmentInput,
  ATTACHMENT_ACCEPT,
  ATTACHMENT_NAME_MAX,
  ATTACHMENT_TYPES,
  attachmentName,
  attachmentSizeProblem,
  attachmentType,
  megabytes,
} from '../../../../../src-renderer/domain/cases/attachments';
import { schemaCases, text } from '../schema-cases';

describe('AddAttachmentInput (证据附件)', () => {
  schemaCases(AddAttachmentInput, { caseId: 'case-1', name: '破损照片.jpg', type: 'image/jpeg', step: 'verification', data: new Blob(['x']) }, [
    ['requires the file name', { name: '' }, { name: ['validation.required'] }],
    // Shortened, not refused: the case page cannot rename a file (attachmentName).
    ['takes a file name over 200 characters', { name: `${text(201)}.jpg` }, {}],
    ['requires the file', { data: undefined }, { data: ['validation.invalid'] }],
    ['refuses data that is not a file', { data: 'aGVsbG8=' }, { data: ['validation.invalid'] }],
    ['files it under intake by default', { step: undefined }, {}],
  ]);
});

describe('ATTACHMENT_TYPES', () => {
  it.each([
    'image/png',
    'image/jpeg',
    'image/heic',
    'image/webp',
    'application/pdf',
    'audio/mpeg',
    'audio/amr',
    'audio/x-m4a',
    'audio/AMR',
    'Image/JPEG',
    'APPLICATION/PDF',
    'video/mp4',
    'video/3gpp',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/plain',
  ])('accepts %s', (type) => {
    expect(ATTACHMENT_TYPES.test(type)).toBe(true);
  });

  it.each(['', 'image/svg+xml', 'text/html', 'application/x-msdownload', 'application/pdf; x', 'video/quicktime', 'application/zip', 'application/msword', 'text/javascript'])('refuses %j', (type) => {
    expect(ATTACHMENT_TYPES.test(type)).toBe(false);
  });
});

describe('attachmentType (the type kept for a file offered as evidence)', () => {
  it.each([
    // MIME types are case-insensitive: Chromium gives an Android call recording as audio/AMR.
    ['通话录音.amr', 'audio/AMR', 'audio/amr'],
    ['照片.JPG', 'IMAGE/JPEG', 'image/jpeg'],
    ['报告.pdf', 'application/pdf', 'application/pdf'],
    ['录音.m4a', 'audio/x-m4a', 'audio/x-m4a'],
    // The type the browser gave wins over the extension.
    ['录音.mp3', 'audio/mpeg', 'audio/mpeg'],
  ])('takes %s reported as %j, kept as %j', (name, reported, kept) => {
    expect(attachmentType(name, reported)).toEqual({ ok: true, type: kept });
  });

  it.each([
    // iPhone photos: Chromium has no type for .heic.
    ['IMG_0001.HEIC', '', 'image/heic'],
    ['IMG_0002.heif', '', 'image/heif'],
    ['scan.Jpeg', 'application/octet-stream', 'image/jpeg'],
    ['a.png', '', 'image/png'],
    ['a.gif', '', 'image/gif'],
    ['a.webp', '', 'image/webp'],
    ['a.bmp', '', 'image/bmp'],
    ['发票.PDF', 'application/octet-stream', 'application/pdf'],
    ['通话录音 20261125.amr', '', 'audio/amr'],
    ['语音.m4a', '', 'audio/mp4'],
    ['a.mp3', '', 'audio/mpeg'],
    ['a.wav', '', 'audio/wav'],
    ['a.aac', '', 'audio/aac'],
    ['a.ogg', '', 'audio/ogg'],
    ['a.opus', '', 'audio/ogg'],
    ['Call_0815.3ga', '', 'audio/3gpp'],
    // Phone videos, Office documents (Windows without Office has no type for them), texts.
    ['VID_20261123.MP4', '', 'video/mp4'],
    ['录像.3gp', '', 'video/3gpp'],
    ['情况说明.docx', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['赔付明细.XLSX', '', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['通话记录.txt', '', 'text/plain'],
  ])('takes %s with no type (%j) by its extension, kept as %j', (name, reported, kept) => {
    expect(attachmentType(name, reported)).toEqual({ ok: true, type: kept });
  });

  it.each([
    ['说明', ''],
    ['数据.xyz', ''],
    ['备份.dat', 'application/octet-stream'],
    // Old Word documents and macro-enabled ones are not taken.
    ['说明.doc', ''],
    ['说明.docm', ''],
    // Not read as Object's own keys.
    ['x.constructor', ''],
    ['x.__proto__', ''],
    ['heic', ''],
  ])('says it cannot tell what %s (type %j) is', (name, reported) => {
    expect(attachmentType(name, reported)).toEqual({ ok: false, code: 'attachments.typeUnknown' });
  });

  it.each([
    ['page.html', 'text/html'],
    ['setup.exe', 'application/x-msdownload'],
    ['logo.svg', 'image/svg+xml'],
    // A known type that is not evidence is refused whatever the name says.
    ['视频.mov', 'video/quicktime'],
    ['说明.doc', 'application/msword'],
  ])('refuses %s of type %j as not allowed', (name, reported) => {
    expect(attachmentType(name, reported)).toEqual({ ok: false, code: 'attachments.typeNotAllowed' });
  });

  it.each([
    ['视频.mp4', 'video/mp4', 'video/mp4'],
    ['录像.3GP', 'video/3gpp', 'video/3gpp'],
    ['通话录音.3gp', 'audio/3gpp', 'audio/3gpp'],
    ['说明.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['记录.txt', 'text/plain', 'text/plain'],
  ])('takes %s reported as %j, kept as %j', (name, reported, kept) => {
    expect(attachmentType(name, reported)).toEqual({ ok: true, type: kept });
  });

  it.each([
    // A text, a video or an Office document is what its name says, or some other file renamed.
    ['photo.jpg', 'text/plain'],
    ['说明', 'text/plain'],
    ['clip.mov', 'video/mp4'],
    ['报表.xlsx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ])('refuses %s of type %j as not matching its name', (name, reported) => {
    expect(attachmentType(name, reported)).toEqual({ ok: false, code: 'attachments.contentMismatch' });
  });

  it('offers in the file chooser the extensions it takes without a type', () => {
    const accepted = ATTACHMENT_ACCEPT.split(',');
    expect(accepted.slice(0, 3)).toEqual(['image/*', 'application/pdf', 'audio/*']);
    for (const ext of ['.heic', '.heif', '.amr', '.m4a', '.3ga', '.mp4', '.3gp', '.docx', '.xlsx', '.txt']) expect(accepted).toContain(ext);
    for (const type of ['video/mp4', 'video/3gpp', 'text/plain']) expect(accepted).toContain(type);
    expect(accepted).not.toContain('.exe');
  });
});

describe('attachmentName (a file name too long for the desk)', () => {
  it('keeps a name of up to 200 characters as it is', () => {
    expect(attachmentName(`${text(196)}.jpg`)).toBe(`${text(196)}.jpg`);
    expect(attachmentName('破损照片.jpg')).toBe('破损照片.jpg');
  });

  it('shortens a longer one to its first characters, … and its extension, 200 characters in all', () => {
    const name = attachmentName(`客户微信发来的照片${text(300, '图')}.JPEG`);
    expect(name).toHaveLength(ATTACHMENT_NAME_MAX);
    expect(name.startsWith('客户微信发来的照片图')).toBe(true);
    expect(name.endsWith('图….JPEG')).toBe(true);
    // Still known by its extension when the browser gave no type.
    expect(attachmentType(name, '')).toEqual({ ok: true, type: 'image/jpeg' });
  });

  it('cuts a name without an extension, and never through an emoji', () => {
    expect(attachmentName(text(250))).toBe(`${text(199)}…`);
    const emoji = attachmentName(`${'😀'.repeat(150)}.png`);
    expect(emoji.length).toBeLessThanOrEqual(ATTACHMENT_NAME_MAX);
    expect(emoji).toBe(`${'😀'.repeat(97)}….png`);
  });

  it('is what the store host keeps: the schema shortens the name it is sent the same way', () => {
    const long = `通话录音${text(260)}.mp3`;
    const parsed = AddAttachmentInput.parse({ caseId: 'case-1', name: long, type: 'audio/mpeg', data: new Blob(['x']) });
    expect(parsed.name).toBe(attachmentName(long));
  });
});

describe('attachmentSizeProblem (the size limits, with the sizes that show why)', () => {
  const MB = 1024 * 1024;
  const limits = { maxFileMB: 20, maxCaseMB: 100 };

  it('states a size in MB rounded up, so one byte over the limit does not read as the limit', () => {
    expect(megabytes(20 * MB + 1)).toBe('20.01');
    expect(megabytes(20 * MB)).toBe('20.00');
    expect(megabytes(1536 * 1024)).toBe('1.50');
    expect(megabytes(0)).toBe('0.00');
  });

  it('refuses a file of 20,971,521 bytes saying how large it is', () => {
    expect(attachmentSizeProblem('录音.mp3', 20_971_521, 0, limits)).toEqual({
      code: 'attachments.fileTooLarge',
      params: { name: '录音.mp3', max: 20, size: '20.01' },
    });
    expect(attachmentSizeProblem('录音.mp3', 20 * MB, 0, limits)).toBeNull();
  });

  it('refuses a file that would take the case over its limit, saying what the case holds and what the file adds', () => {
    expect(attachmentSizeProblem('照片.jpg', 6 * MB, 95 * MB, limits)).toEqual({
      code: 'attachments.caseFull',
      params: { name: '照片.jpg', max: 100, size: '6.00', held: '95.00' },
    });
    expect(attachmentSizeProblem('照片.jpg', 5 * MB, 95 * MB, limits)).toBeNull();
  });

  it('refuses an empty file first', () => {
    expect(attachmentSizeProblem('空.png', 0, 0, limits)).toEqual({ code: 'attachments.empty', params: { name: '空.png' } });
  });
});

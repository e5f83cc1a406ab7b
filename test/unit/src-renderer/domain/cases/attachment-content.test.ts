import { describe, expect, it } from 'vitest';
import { attachmentContent, isPlainText, isProgram } from '../../../../../src-renderer/domain/cases/attachment-content';
import { attachmentType } from '../../../../../src-renderer/domain/cases/attachments';
import {
  amr,
  docm,
  docx,
  gbText,
  jpeg,
  linuxProgram,
  macProgram,
  mp4,
  plainZip,
  shellScript,
  threeGp,
  utf16Text,
  utf8Text,
  windowsProgram,
  xlsx,
} from './evidence-samples';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MISMATCH = { ok: false, code: 'attachments.contentMismatch' };
const PROGRAM = { ok: false, code: 'attachments.executable' };

/** The type kept for a file of this name with no type from the browser, then the verdict on its bytes. */
const judged = (name: string, bytes: Uint8Array) => {
  const kind = attachmentType(name, '');
  if (!kind.ok) throw new Error(`${name}: ${kind.code}`);
  return attachmentContent(kind.type, bytes);
};

describe('attachmentContent (what the bytes of a file offered as evidence are)', () => {
  it.each([
    ['故障视频.mp4', mp4()],
    ['VID_20261123.3gp', threeGp()],
    ['情况说明.docx', docx()],
    ['赔付明细.xlsx', xlsx()],
    ['通话记录.txt', utf8Text()],
    ['旧说明.txt', gbText()],
  ])('takes %s whose content is what its extension says', (name, bytes) => {
    expect(judged(name, bytes)).toEqual({ ok: true });
  });

  it.each([
    // A photo renamed .mp4, a video without its ftyp box.
    ['视频.mp4', jpeg()],
    ['视频.3gp', new Uint8Array(64).fill(9)],
    // An Excel workbook renamed .docx and the reverse; a zip of photos; bytes that are no zip at all.
    ['说明.docx', xlsx()],
    ['明细.xlsx', docx()],
    ['照片.docx', plainZip()],
    ['损坏.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4])],
    // Binary data and a UTF-16 text (NUL bytes), bytes neither UTF-8 nor GB18030.
    ['照片.txt', jpeg()],
    ['说明.txt', utf16Text()],
    ['乱码.txt', new Uint8Array([0x41, 0xff, 0xfe, 0x41])],
  ])('refuses %s whose content does not match', (name, bytes) => {
    expect(judged(name, bytes)).toEqual(MISMATCH);
  });

  it.each([
    ['发票.pdf', 'application/pdf', windowsProgram()],
    ['照片.jpg', 'image/jpeg', linuxProgram()],
    ['录音.mp3', 'audio/mpeg', macProgram()],
    ['说明.txt', 'text/plain', shellScript()],
    ['视频.mp4', 'video/mp4', windowsProgram()],
    // A macro-enabled document renamed .docx: its macros are a program.
    ['说明.docx', DOCX, docm()],
  ])('refuses %s (kept as %s) that is a program, whatever its name', (_name, type, bytes) => {
    expect(attachmentContent(type, bytes)).toEqual(PROGRAM);
  });

  it('takes an AMR call recording, whose #!AMR is no script, and leaves the other types’ content to them', () => {
    expect(isProgram(amr())).toBe(false);
    expect(attachmentContent('audio/amr', amr())).toEqual({ ok: true });
    expect(attachmentContent('image/heic', new Uint8Array(32))).toEqual({ ok: true });
    expect(attachmentContent(XLSX.toUpperCase(), xlsx())).toEqual({ ok: true });
  });

  it('reads a text as UTF-8 or GB18030 without a NUL byte', () => {
    expect(isPlainText(utf8Text())).toBe(true);
    expect(isPlainText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8Text()]))).toBe(true);
    expect(isPlainText(gbText())).toBe(true);
    expect(new TextDecoder('gb18030').decode(gbText().slice(0, 8))).toBe('投诉说明');
    expect(isPlainText(new Uint8Array([0x41, 0x00, 0x42]))).toBe(false);
  });
});

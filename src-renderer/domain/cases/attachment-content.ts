import { unzipSync, type UnzipFileInfo } from 'fflate';

/**
 * What a file offered as evidence holds, judged by its bytes rather than by its name: a program
 * renamed `发票.pdf` is refused whatever its extension, and a video, an Office document or a text
 * must be one. The store host asks before it keeps a file.
 */
export type ContentCheck = { ok: true } | { ok: false; code: 'attachments.executable' | 'attachments.contentMismatch' };

const OK: ContentCheck = { ok: true };
const MISMATCH: ContentCheck = { ok: false, code: 'attachments.contentMismatch' };
const EXECUTABLE: ContentCheck = { ok: false, code: 'attachments.executable' };

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);

/**
 * How programs begin: Windows (MZ), Linux (ELF), macOS (Mach-O, both byte orders, and universal
 * binaries), and scripts (`#!/bin/sh`). `#!AMR` is a recording, so a script needs its `/`.
 */
const PROGRAM_SIGNATURES: readonly (readonly number[])[] = [
  ascii('MZ'),
  [0x7f, ...ascii('ELF')],
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
  ascii('#!/'),
  ascii('#! /'),
];

export function isProgram(bytes: Uint8Array): boolean {
  return PROGRAM_SIGNATURES.some((signature) => startsWith(bytes, signature));
}

/** An MP4 or 3GP file (ISO base media): its first box is `ftyp`, its name at offset 4. */
function isIsoMedia(bytes: Uint8Array): boolean {
  return startsWith(bytes, ascii('ftyp'), 4);
}

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

/**
 * The entry names of a zip file, read from its directory without unpacking anything (a zip bomb
 * costs nothing here); null when it is no zip file a program could open.
 */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) return null;
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

/**
 * A Word (`word/`) or Excel (`xl/`) document of Office Open XML: a zip file with `[Content_Types].xml`
 * and its part folder. One carrying macros (`vbaProject.bin`, as a .docm or .xlsm renamed) is a program.
 */
function officeDocument(bytes: Uint8Array, folder: 'word/' | 'xl/'): ContentCheck {
  const names = zipEntryNames(bytes);
  if (names === null || !names.includes('[Content_Types].xml') || !names.some((name) => name.startsWith(folder))) return MISMATCH;
  return names.some((name) => name.toLowerCase().endsWith('vbaproject.bin')) ? EXECUTABLE : OK;
}

/** Whether `bytes` decode as `encoding` without a single invalid sequence. */
function decodes(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030'): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A text as a customer or a colleague writes one on a Chinese desktop: UTF-8 (a byte-order mark
 * allowed) or GB18030 (GBK's superset, what Notepad saved for years), with no NUL byte, which no
 * text has and every binary file does.
 */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  return decodes(bytes, 'utf-8') || decodes(bytes, 'gb18030');
}

/** Content checks by the type kept (lower case); the other types are checked for programs only. */
const BY_TYPE: ReadonlyMap<string, (bytes: Uint8Array) => ContentCheck> = new Map([
  ['video/mp4', (bytes: Uint8Array) => (isIsoMedia(bytes) ? OK : MISMATCH)],
  ['video/3gpp', (bytes: Uint8Array) => (isIsoMedia(bytes) ? OK : MISMATCH)],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', (bytes: Uint8Array) => officeDocument(bytes, 'word/')],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', (bytes: Uint8Array) => officeDocument(bytes, 'xl/')],
  ['text/plain', (bytes: Uint8Array) => (isPlainText(bytes) ? OK : MISMATCH)],
]);

/**
 * Whether a file's bytes may be kept as `type` (as `attachmentType` gave it): never a program, and
 * for a video, an Office document or a text, content of that kind.
 */
export function attachmentContent(type: string, bytes: Uint8Array): ContentCheck {
  if (isProgram(bytes)) return EXECUTABLE;
  return BY_TYPE.get(type.toLowerCase())?.(bytes) ?? OK;
}

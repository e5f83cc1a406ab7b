/**
 * The first bytes of real files of each kind the desk is offered, small: what phones, Office and
 * Notepad write, and what a renamed program starts with.
 */
import { strToU8, zipSync } from 'fflate';

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** `length` bytes: `head`, then a filler unlike any other sample's (`seed`). */
function padded(head: readonly number[], length: number, seed = 1): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(Math.max(length, head.length));
  bytes.set(head);
  for (let i = head.length; i < bytes.length; i += 1) bytes[i] = 1 + ((i * 31 + seed * 17) % 250);
  return bytes;
}

/** An MP4 a phone recorded: its first box `ftyp`, brand `isom`. */
export const mp4 = (seed = 1, length = 64) => padded([0, 0, 0, 0x18, ...ascii('ftypisom'), 0, 0, 2, 0, ...ascii('isomiso2mp41')], length, seed);
/** A 3GP video of an older Android phone: `ftyp`, brand `3gp4`. */
export const threeGp = (seed = 1, length = 64) => padded([0, 0, 0, 0x14, ...ascii('ftyp3gp4'), 0, 0, 0, 0, ...ascii('3gp4isom')], length, seed);
/** A JPEG photo's start. */
export const jpeg = (seed = 1, length = 64) => padded([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, ...ascii('JFIF')], length, seed);

/** An Office Open XML file with these parts (a few bytes each). */
function office(parts: string[], seed: number): Uint8Array<ArrayBuffer> {
  const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8(`<Types seed="${seed}"/>`) };
  for (const part of parts) files[part] = strToU8(`<x seed="${seed}"/>`);
  return zipSync(files) as Uint8Array<ArrayBuffer>;
}
export const docx = (seed = 1) => office(['_rels/.rels', 'word/document.xml', 'word/styles.xml'], seed);
export const xlsx = (seed = 1) => office(['_rels/.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'], seed);
/** A macro-enabled Word document (.docm) renamed .docx. */
export const docm = () => office(['_rels/.rels', 'word/document.xml', 'word/vbaProject.bin'], 1);
/** A zip of photos, renamed .docx. */
export const plainZip = () => zipSync({ 'IMG_0001.jpg': jpeg() }) as Uint8Array<ArrayBuffer>;

/** A note in UTF-8, as any modern editor saves it. */
export const utf8Text = (text = '客户来电说明：快递三天未送达，包装破损。\r\n联系人：张先生') => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
/** 投诉说明 in GB18030 (GBK), as Notepad on a Chinese Windows saved it for years. */
export const gbText = () => new Uint8Array([0xcd, 0xb6, 0xcb, 0xdf, 0xcb, 0xb5, 0xc3, 0xf7, 0x0d, 0x0a, ...ascii('TS-20261123-0001')]);
/** 投诉 in UTF-16LE (Notepad's "Unicode"): NUL bytes in every ASCII character. */
export const utf16Text = () => new Uint8Array([0xff, 0xfe, 0x95, 0x62, 0xc9, 0x8b, 0x41, 0x00, 0x42, 0x00]);

/** A Windows program (MZ), a Linux one (ELF), a macOS one (Mach-O 64-bit), a shell script. */
export const windowsProgram = (length = 64) => padded([...ascii('MZ'), 0x90, 0, 3, 0, 0, 0, 4, 0], length);
export const linuxProgram = (length = 64) => padded([0x7f, ...ascii('ELF'), 2, 1, 1, 0], length);
export const macProgram = (length = 64) => padded([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1], length);
export const shellScript = () => new TextEncoder().encode('#!/bin/sh\nrm -rf ~\n') as Uint8Array<ArrayBuffer>;
/** An AMR call recording starts `#!AMR`: no script. */
export const amr = (seed = 1) => padded([...ascii('#!AMR\n'), 0x3c], 64, seed);

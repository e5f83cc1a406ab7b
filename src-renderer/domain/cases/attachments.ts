import { z } from 'zod';
import { id, requiredText } from '../common/fields';

/** Evidence the app accepts: photos, PDFs and audio recordings. MIME types are case-insensitive (Chromium gives `.amr` as `audio/AMR`). */
export const ATTACHMENT_TYPES = /^(image\/(png|jpeg|gif|webp|heic|heif|bmp)|application\/pdf|audio\/[a-z0-9.+-]+)$/i;

/**
 * What is kept for a file whose type the browser did not know, by its extension. Chromium gives
 * `.heic` and, on some systems, `.amr` or `.m4a` an empty type. `.3gp` is left out: it is a video
 * container as often as a recording, and a browser that knows it says which (`audio/3gpp` is taken).
 * A Map, not an object: a file named `x.constructor` must not find Object's own keys.
 */
const TYPE_OF_EXTENSION: ReadonlyMap<string, string> = new Map([
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['png', 'image/png'],
  ['gif', 'image/gif'],
  ['webp', 'image/webp'],
  ['bmp', 'image/bmp'],
  ['heic', 'image/heic'],
  ['heif', 'image/heif'],
  ['pdf', 'application/pdf'],
  ['amr', 'audio/amr'],
  ['m4a', 'audio/mp4'],
  ['mp3', 'audio/mpeg'],
  ['wav', 'audio/wav'],
  ['aac', 'audio/aac'],
  ['ogg', 'audio/ogg'],
  ['oga', 'audio/ogg'],
  ['opus', 'audio/ogg'],
  ['3ga', 'audio/3gpp'],
]);

/** What a browser reports for a file it has no type for. */
const UNKNOWN_TYPES = new Set(['', 'application/octet-stream']);

/** The file chooser's filter: the extensions too, as a system may not count `.heic` as an image or `.amr` as audio. */
export const ATTACHMENT_ACCEPT = ['image/*', 'application/pdf', 'audio/*', ...[...TYPE_OF_EXTENSION.keys()].map((ext) => `.${ext}`)].join(',');

export type AttachmentTypeCheck =
  | { ok: true; type: string }
  /** `typeUnknown`: neither the type nor the extension says what the file is; `typeNotAllowed`: it is something else. */
  | { ok: false; code: 'attachments.typeNotAllowed' | 'attachments.typeUnknown' };

/**
 * The MIME type to keep for a file offered as evidence, from the type the browser reported and
 * the file's name; the same answer at intake, on the case page and in the store host.
 */
export function attachmentType(name: string, reported: string): AttachmentTypeCheck {
  const type = reported.trim().toLowerCase();
  if (ATTACHMENT_TYPES.test(type)) return { ok: true, type };
  if (!UNKNOWN_TYPES.has(type)) return { ok: false, code: 'attachments.typeNotAllowed' };
  const dot = name.lastIndexOf('.');
  const byExtension = dot < 0 ? undefined : TYPE_OF_EXTENSION.get(name.slice(dot + 1).trim().toLowerCase());
  return byExtension ? { ok: true, type: byExtension } : { ok: false, code: 'attachments.typeUnknown' };
}

export const AddAttachmentInput = z.object({
  caseId: id(),
  name: requiredText(200),
  type: z.string({ error: 'validation.invalid' }).max(100, { error: 'validation.invalid' }),
  data: z.instanceof(Blob, { error: 'validation.invalid' }),
});

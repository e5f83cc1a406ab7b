import { z } from 'zod';
import type { DeskErrorData } from '../common/errors';
import { id, typedString } from '../common/fields';
import type { AttachmentLimits } from '../settings/settings';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Evidence the app accepts: photos, PDFs, audio recordings, phone videos (MP4, 3GP), Word and Excel
 * documents and plain text. MIME types are case-insensitive (Chromium gives `.amr` as `audio/AMR`).
 */
export const ATTACHMENT_TYPES =
  /^(image\/(png|jpeg|gif|webp|heic|heif|bmp)|application\/pdf|audio\/[a-z0-9.+-]+|video\/(mp4|3gpp)|application\/vnd\.openxmlformats-officedocument\.(wordprocessingml\.document|spreadsheetml\.sheet)|text\/plain)$/i;

/**
 * The types whose files must also be named as what they are: their content is checked against the
 * type (attachment-content.ts), and a browser reports them by the extension, so a `.jpg` said to be
 * `text/plain` is some other file renamed, not a text.
 */
const EXTENSIONS_OF_TYPE: ReadonlyMap<string, readonly string[]> = new Map([
  ['video/mp4', ['mp4']],
  ['video/3gpp', ['3gp']],
  [DOCX, ['docx']],
  [XLSX, ['xlsx']],
  ['text/plain', ['txt']],
]);

/**
 * What is kept for a file whose type the browser did not know, by its extension. Chromium gives
 * `.heic` and, on some systems, `.amr` or `.m4a` an empty type; Windows without Office has no type
 * for `.docx`. A `.3gp` is kept as a video (what phones record fault videos in); a browser that
 * knows it for a recording says so (`audio/3gpp` is taken as such).
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
  ['mp4', 'video/mp4'],
  ['3gp', 'video/3gpp'],
  ['docx', DOCX],
  ['xlsx', XLSX],
  ['txt', 'text/plain'],
]);

/** What a browser reports for a file it has no type for. */
const UNKNOWN_TYPES = new Set(['', 'application/octet-stream']);

/** The file chooser's filter: the extensions too, as a system may not count `.heic` as an image or `.amr` as audio. */
export const ATTACHMENT_ACCEPT = [
  'image/*',
  'application/pdf',
  'audio/*',
  'video/mp4',
  'video/3gpp',
  DOCX,
  XLSX,
  'text/plain',
  ...[...TYPE_OF_EXTENSION.keys()].map((ext) => `.${ext}`),
].join(',');

export type AttachmentTypeCheck =
  | { ok: true; type: string }
  /**
   * `typeUnknown`: neither the type nor the extension says what the file is; `typeNotAllowed`: it is
   * something else; `contentMismatch`: a type that goes with its extension (a text, a video, an Office
   * document) on a file named otherwise.
   */
  | { ok: false; code: 'attachments.typeNotAllowed' | 'attachments.typeUnknown' | 'attachments.contentMismatch' };

/** A file name's extension in lower case, or undefined when it has none. */
function extensionOf(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : name.slice(dot + 1).trim().toLowerCase();
}

/**
 * The MIME type to keep for a file offered as evidence, from the type the browser reported and
 * the file's name; the same answer at intake, on the case page and in the store host.
 */
export function attachmentType(name: string, reported: string): AttachmentTypeCheck {
  const type = reported.trim().toLowerCase();
  const extension = extensionOf(name);
  if (ATTACHMENT_TYPES.test(type)) {
    const named = EXTENSIONS_OF_TYPE.get(type);
    if (named && !(extension !== undefined && named.includes(extension))) return { ok: false, code: 'attachments.contentMismatch' };
    return { ok: true, type };
  }
  if (!UNKNOWN_TYPES.has(type)) return { ok: false, code: 'attachments.typeNotAllowed' };
  const byExtension = extension === undefined ? undefined : TYPE_OF_EXTENSION.get(extension);
  return byExtension ? { ok: true, type: byExtension } : { ok: false, code: 'attachments.typeUnknown' };
}

/** The longest file name kept, in UTF-16 units as every text limit of the desk counts. */
export const ATTACHMENT_NAME_MAX = 200;

const ELLIPSIS = '…';

/** An extension as systems write one: a dot and up to ten letters or digits (`.jpg`, `.HEIC`, `.3ga`). */
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

/** Where a file name's extension begins: its length when it has none (a name that is only `.bashrc` has none). */
export function extensionStart(name: string): number {
  const found = EXTENSION.exec(name);
  return found && found.index > 0 ? found.index : name.length;
}

/**
 * The name a file is kept under: one over `ATTACHMENT_NAME_MAX` (a chat app names a file after the
 * whole message) shortened to its first characters, `…` and its extension, so it still opens as what
 * it is and nobody has to rename a file the case page cannot edit. The same at intake, on the case
 * page and in the store host (`AddAttachmentInput`), so what the screen shows is what is kept.
 */
export function attachmentName(name: string): string {
  if (name.length <= ATTACHMENT_NAME_MAX) return name;
  const extension = name.slice(extensionStart(name));
  const room = ATTACHMENT_NAME_MAX - ELLIPSIS.length - extension.length;
  let base = '';
  // By whole characters: a cut through a surrogate pair would leave half an emoji.
  for (const char of name.slice(0, name.length - extension.length)) {
    if (base.length + char.length > room) break;
    base += char;
  }
  return `${base.trimEnd()}${ELLIPSIS}${extension}`;
}

const MB = 1024 * 1024;

/**
 * A size in MB as a refusal states it: two decimals, rounded up, so a file one byte over 20 MB reads
 * 20.01, never 20.00 (which would not show why it was refused).
 */
export function megabytes(bytes: number): string {
  return (Math.ceil((bytes * 100) / MB) / 100).toFixed(2);
}

/**
 * Why a file of `size` bytes cannot go with a case whose other files hold `held` bytes, if it cannot:
 * empty, over the per-file limit, or over the case's; the refusal says the sizes that show it. The
 * same answer in the store host and in the intake form's check before registering.
 */
export function attachmentSizeProblem(name: string, size: number, held: number, limits: AttachmentLimits): DeskErrorData | null {
  // A file that failed to copy (a photo still syncing, a broken download) is no evidence.
  if (size === 0) return { code: 'attachments.empty', params: { name } };
  if (size > limits.maxFileMB * MB) return { code: 'attachments.fileTooLarge', params: { name, max: limits.maxFileMB, size: megabytes(size) } };
  if (held + size > limits.maxCaseMB * MB) {
    return { code: 'attachments.caseFull', params: { name, max: limits.maxCaseMB, size: megabytes(size), held: megabytes(held) } };
  }
  return null;
}

export const AddAttachmentInput = z.object({
  caseId: id(),
  // A name too long is shortened, never refused: the file cannot be renamed from here (`attachmentName`).
  name: typedString('validation.required')
    .overwrite(attachmentName)
    .min(1, { error: 'validation.required' })
    .max(ATTACHMENT_NAME_MAX, { error: 'validation.tooLong' }),
  type: z.string({ error: 'validation.invalid' }).max(100, { error: 'validation.invalid' }),
  data: z.instanceof(Blob, { error: 'validation.invalid' }),
});

import { attachmentContent, type ContentCheck } from '../../../domain/cases/attachment-content';
import { attachmentType } from '../../../domain/cases/attachments';
import type { StoredAttachment } from '../../../domain/cases/entries';
import { blobBytes } from '../../backup/encode';
import { sha256HexOf } from '../../core/digest';
import { readSettings } from '../../core/settings';
import type { DeskDb } from '../../db';

const MB = 1024 * 1024;

/** What the bytes of a file offered as evidence say, read before the command's transaction. */
export interface Examined {
  /** Null when the file was not read: its type or size refuse it anyway (the transaction says which). */
  content: ContentCheck | null;
  sha256: string | null;
  /** Hashes of the case's files kept before hashes were, of the same size: the only ones it can repeat. */
  earlier: ReadonlyMap<string, string>;
}

const NOT_READ: Examined = { content: null, sha256: null, earlier: new Map() };

/**
 * Reads the file, judges its content and hashes it, outside any transaction: a Blob cannot be read
 * inside one (awaiting anything but the database ends it). A file refused by its type, empty or over
 * the per-file limit is not read at all.
 */
export async function examine(db: DeskDb, args: { caseId: string; name: string; type: string; data: Blob }): Promise<Examined> {
  const kind = attachmentType(args.name, args.type);
  const size = args.data.size;
  if (!kind.ok || size === 0 || size > (await readSettings(db)).attachments.maxFileMB * MB) return NOT_READ;
  const bytes = await blobBytes(args.data);
  const content = attachmentContent(kind.type, bytes);
  if (!content.ok) return { ...NOT_READ, content };
  const sha256 = await sha256HexOf(bytes);
  const unhashed = await db.attachments
    .where('caseId')
    .equals(args.caseId)
    .filter((row: StoredAttachment) => row.sha256 === undefined && row.withdrawn === undefined && row.data !== undefined && row.size === size)
    .toArray();
  const earlier = new Map<string, string>();
  for (const row of unhashed) earlier.set(row.id, await sha256HexOf(await blobBytes(row.data!)));
  return { content, sha256, earlier };
}

/** The hash of a file kept, read before the transaction when it was kept without one (withdrawal). */
export async function hashOfKept(row: StoredAttachment | undefined): Promise<string | undefined> {
  if (!row || row.sha256 !== undefined || !row.data) return row?.sha256;
  return sha256HexOf(await blobBytes(row.data));
}

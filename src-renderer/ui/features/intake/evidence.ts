import { attachmentName, attachmentSizeProblem, attachmentType } from '../../../domain/cases/attachments';
import type { DeskErrorData } from '../../../domain/common/errors';
import type { AttachmentLimits } from '../../../domain/settings/settings';

/** A file chosen as evidence before the case exists. */
export interface ChosenFile {
  key: string;
  file: File;
}

/** A chosen file with the refusal the store host would give it, if any. */
export interface CheckedFile extends ChosenFile {
  /** The name it is sent and kept under: a name too long shortened, its extension kept (`attachmentName`). */
  name: string;
  problem: DeskErrorData | null;
}

/** How one file fared after registration. */
export interface UploadResult {
  key: string;
  name: string;
  state: 'uploading' | 'added' | 'refused';
  error: DeskErrorData | null;
}

export function chooseFiles(picked: File[]): ChosenFile[] {
  return picked.map((file) => ({ key: crypto.randomUUID(), file }));
}

/**
 * The store host's checks (type, not empty, size per file, size per case, in the order
 * the files will be sent), so the user hears of a refusal before registering.
 * Recomputed on every change: removing one file may let a later one fit.
 */
export function checkFiles(files: ChosenFile[], limits: AttachmentLimits): CheckedFile[] {
  let total = 0;
  return files.map(({ key, file }) => {
    const name = attachmentName(file.name);
    const kind = attachmentType(name, file.type);
    const problem: DeskErrorData | null = kind.ok ? attachmentSizeProblem(name, file.size, total, limits) : { code: kind.code, params: { name } };
    if (!problem) total += file.size;
    return { key, file, name, problem };
  });
}

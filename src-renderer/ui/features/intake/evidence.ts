import { attachmentType } from '../../../domain/cases/attachments';
import type { DeskErrorData } from '../../../domain/common/errors';
import type { AttachmentLimits } from '../../../domain/settings/settings';

const MB = 1024 * 1024;

/** A file chosen as evidence before the case exists. */
export interface ChosenFile {
  key: string;
  file: File;
}

/** A chosen file with the refusal the store host would give it, if any. */
export interface CheckedFile extends ChosenFile {
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
    const params = { name: file.name };
    const kind = attachmentType(file.name, file.type);
    let problem: DeskErrorData | null = null;
    if (!kind.ok) problem = { code: kind.code, params };
    else if (file.size === 0) problem = { code: 'attachments.empty', params };
    else if (file.size > limits.maxFileMB * MB) problem = { code: 'attachments.fileTooLarge', params: { ...params, max: limits.maxFileMB } };
    else if (total + file.size > limits.maxCaseMB * MB) problem = { code: 'attachments.caseFull', params: { ...params, max: limits.maxCaseMB } };
    if (!problem) total += file.size;
    return { key, file, problem };
  });
}

import { stat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import {
  ChooseBackupSourceRequest,
  ChooseBackupTargetRequest,
  OpenFileRequest,
  SaveFileRequest,
  type ChooseBackupSourceResult,
  type ChooseBackupTargetResult,
  type FileRefusal,
  type OpenFileResult,
  type SaveFileResult,
} from '../core/contract';
import { fileRefusal } from './file-failure';
import type { MainMessages } from '../core/messages';
import { writeFileAtomic } from './atomic-write';
import type { BackupSources } from './backup-sources';
import type { BackupTargets } from './backup-targets';

/** Every save dialog asks before replacing a file, and lets the user make a folder. */
export const SAVE_PROPERTIES: Array<'showOverwriteConfirmation' | 'createDirectory'> = ['showOverwriteConfirmation', 'createDirectory'];

type DialogFilters = { name: string; extensions: string[] }[];

/** The save dialog every save shares; the chosen path, or null when cancelled. */
async function askWhereToSave(parent: BrowserWindow | null, suggestedName: string, filters: DialogFilters, messages: MainMessages): Promise<string | null> {
  // Linux without a portal falls back to a dialog that replaces a file without asking unless told to.
  const options = { title: messages.saveFileTitle, defaultPath: suggestedName, filters, properties: SAVE_PROPERTIES };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

/** The open dialog for one file; its path, or null when cancelled. */
async function askWhichToOpen(parent: BrowserWindow | null, filters: DialogFilters, messages: MainMessages): Promise<string | null> {
  const options = { title: messages.openFileTitle, filters, properties: ['openFile' as const] };
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  return choice.canceled || !path ? null : path;
}

/** Save dialog, then an atomic write; a cancelled dialog writes nothing. */
export async function saveWithDialog(parent: BrowserWindow | null, payload: unknown, messages: MainMessages): Promise<SaveFileResult | FileRefusal> {
  const request = SaveFileRequest.parse(payload);
  const path = await askWhereToSave(parent, request.suggestedName, request.filters, messages);
  if (!path) return { status: 'cancelled' };
  try {
    await writeFileAtomic(path, request.data);
  } catch (error) {
    return fileRefusal('file.writeFailed', path, error);
  }
  return { status: 'saved', path };
}

/** Open dialog; files above the size limit are refused before they are read, one that cannot be read says why. */
export async function openWithDialog(parent: BrowserWindow | null, payload: unknown, messages: MainMessages): Promise<OpenFileResult | FileRefusal> {
  const request = OpenFileRequest.parse(payload);
  const path = await askWhichToOpen(parent, request.filters, messages);
  if (!path) return { status: 'cancelled' };
  try {
    const { size } = await stat(path);
    if (size > request.maxBytes) return { status: 'too-large', name: basename(path), bytes: size };
    return { status: 'opened', name: basename(path), data: new Uint8Array(await readFile(path)) };
  } catch (error) {
    // Gone since it was chosen (a USB stick pulled out), or not ours to read.
    return fileRefusal('file.readFailed', path, error);
  }
}

/** 备份到文件: the save dialog, before the backup is made; the store host streams it to the target issued here. */
export async function chooseBackupTarget(
  parent: BrowserWindow | null,
  payload: unknown,
  messages: MainMessages,
  targets: Pick<BackupTargets, 'issue'>,
): Promise<ChooseBackupTargetResult> {
  const request = ChooseBackupTargetRequest.parse(payload);
  const path = await askWhereToSave(parent, request.suggestedName, request.filters, messages);
  if (!path) return { status: 'cancelled' };
  return { status: 'chosen', target: targets.issue(path), path };
}

/** 从备份恢复: the open dialog; the file is opened, not read, and the store host reads it through the source issued here. */
export async function chooseBackupSource(
  parent: BrowserWindow | null,
  payload: unknown,
  messages: MainMessages,
  sources: Pick<BackupSources, 'choose'>,
  owner: number,
): Promise<ChooseBackupSourceResult | FileRefusal> {
  const request = ChooseBackupSourceRequest.parse(payload);
  const path = await askWhichToOpen(parent, request.filters, messages);
  if (!path) return { status: 'cancelled' };
  return sources.choose(path, owner);
}

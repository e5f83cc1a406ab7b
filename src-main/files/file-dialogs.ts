import { stat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { OpenFileRequest, SaveFileRequest, type FileRefusal, type OpenFileResult, type SaveFileResult } from '../core/contract';
import { fileRefusal } from './file-failure';
import type { MainMessages } from '../core/messages';
import { writeFileAtomic } from './atomic-write';

/** Every save dialog asks before replacing a file, and lets the user make a folder. */
export const SAVE_PROPERTIES: Array<'showOverwriteConfirmation' | 'createDirectory'> = ['showOverwriteConfirmation', 'createDirectory'];

/** Save dialog, then an atomic write; a cancelled dialog writes nothing. */
export async function saveWithDialog(parent: BrowserWindow | null, payload: unknown, messages: MainMessages): Promise<SaveFileResult | FileRefusal> {
  const request = SaveFileRequest.parse(payload);
  // Linux without a portal falls back to a dialog that replaces a file without asking unless told to.
  const options = { title: messages.saveFileTitle, defaultPath: request.suggestedName, filters: request.filters, properties: SAVE_PROPERTIES };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  try {
    await writeFileAtomic(choice.filePath, request.data);
  } catch (error) {
    return fileRefusal('file.writeFailed', choice.filePath, error);
  }
  return { status: 'saved', path: choice.filePath };
}

/** Open dialog; files above the size limit are refused before they are read, one that cannot be read says why. */
export async function openWithDialog(parent: BrowserWindow | null, payload: unknown, messages: MainMessages): Promise<OpenFileResult | FileRefusal> {
  const request = OpenFileRequest.parse(payload);
  const options = { title: messages.openFileTitle, filters: request.filters, properties: ['openFile' as const] };
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return { status: 'cancelled' };
  try {
    const { size } = await stat(path);
    if (size > request.maxBytes) return { status: 'too-large', name: basename(path), bytes: size };
    return { status: 'opened', name: basename(path), data: new Uint8Array(await readFile(path)) };
  } catch (error) {
    // Gone since it was chosen (a USB stick pulled out), or not ours to read.
    return fileRefusal('file.readFailed', path, error);
  }
}

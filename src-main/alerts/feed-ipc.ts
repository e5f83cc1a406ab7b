import { ipcMain, type IpcMainEvent, type WebContents } from 'electron';
import type { FeedMessage } from '../core/alert-feed';
import { HostSend } from '../core/contract';
import { parseFeedMessage } from '../core/feed-validation';

export interface FeedIpcOptions {
  /** Only the store-host window may publish the feed (supervisor.isHost). */
  isHost(contents: WebContents): boolean;
  /** The alert runtime's apply; receives only messages that passed validation as a whole. */
  apply(message: FeedMessage): void;
  log?: (message: string, detail?: unknown) => void;
}

/**
 * The deadline feed from the store host. Anything from another sender, and
 * any message that does not validate in full, is refused and logged: a bad
 * message is never applied in part, and nothing here may take main down.
 */
export function registerFeedIpc({ isHost, apply, log = () => undefined }: FeedIpcOptions): () => void {
  const listener = (event: IpcMainEvent, payload: unknown) => {
    if (!isHost(event.sender)) {
      log('deadline feed refused: not from the store host', { senderId: event.sender.id });
      return;
    }
    const parsed = parseFeedMessage(payload);
    if (!parsed.ok) {
      log('deadline feed refused: invalid message', parsed.error);
      return;
    }
    try {
      apply(parsed.message);
    } catch (error) {
      log('deadline feed could not be applied', error);
    }
  };
  ipcMain.on(HostSend.deadlineFeed, listener);
  return () => void ipcMain.removeListener(HostSend.deadlineFeed, listener);
}

/**
 * Backups the store host streams to main a part at a time, so that a backup of any size is written
 * without either side holding it whole. Each stream writes a temp file beside its destination (the
 * backups folder for the automatic kinds, the path a save dialog issued for a manual one), and is
 * renamed into place only once every byte is written and flushed. A stream that fails, is aborted,
 * idles, or whose store host goes away leaves no file behind.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type {
  BackupStreamAbortRequest, BackupStreamCloseRequest, BackupStreamOpenRequest, BackupStreamOpenResult,
  BackupStreamWriteRequest, BackupStreamWriteResult, FileRefusal, SaveBackupResult,
} from '../core/contract';
import { syncDirectory, tempPathBeside } from './atomic-write';
import type { BackupFolder, BackupKeep, BackupSlot } from './backups';
import { bytesNeededFor, checkSpace, freeBytes, type Statfs } from './disk-space';
import { fileRefusal } from './file-failure';

/** Streams open at once: a backup, a pre-restore one and a manual one, with room for one left by a host that restarted. */
export const MAX_OPEN_STREAMS = 4;
/** A stream without a write for this long belongs to a store host that stopped (hung, or lost the stream's id). */
export const STREAM_IDLE_MS = 10 * 60_000;

const MB = 1024 * 1024;

/** What a stream needs of the temp file's handle (a node FileHandle; a failing fake in tests). */
export interface StreamFile {
  write(data: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export type BackupStreamKind = BackupStreamOpenRequest['kind'];

export interface BackupStreamsOptions {
  folder: Pick<BackupFolder, 'reserve'>;
  /** The rotation prefs of the moment, applied after each backup put into the folder. */
  keep(): BackupKeep;
  /** The path a chooseBackupTarget dialog issued `target` for, once; null when unknown, used or expired. */
  takeTarget(target: string): string | null;
  /** What became of a backup where main had a say (a refused open or write, a close), for the backup service. */
  onOutcome?(kind: BackupStreamKind, result: SaveBackupResult): void;
  now?: () => number;
  statfs?: Statfs;
  /** Creates the temp file (exclusively); a seam for tests. */
  createFile?: (path: string) => Promise<StreamFile>;
  log?: (message: string, detail?: unknown) => void;
}

export interface BackupStreams {
  open(request: BackupStreamOpenRequest): Promise<BackupStreamOpenResult>;
  write(request: BackupStreamWriteRequest): Promise<BackupStreamWriteResult>;
  close(request: BackupStreamCloseRequest): Promise<SaveBackupResult>;
  /** Unknown ids are ignored: the stream may have ended already. */
  abort(request: BackupStreamAbortRequest): Promise<void>;
  /** Ends every open stream, their temp files removed (the store host went away, the app quits). */
  abortAll(): Promise<void>;
  /** Abandons the open streams of one kind (a backup of that kind that was given up on). */
  abortKind(kind: BackupStreamKind): Promise<void>;
  /** Open streams, for diagnostics and tests. */
  count(): number;
}

interface Stream {
  id: string;
  kind: BackupStreamKind;
  path: string;
  temp: string;
  at: number;
  expectedBytes: number;
  file: StreamFile;
  fileClosed: boolean;
  slot: BackupSlot | null;
  written: number;
  /** Writes and the close, one after another. */
  queue: Promise<unknown>;
  ended: boolean;
  /** Why it ended, told again to a close that comes after. */
  failure: FileRefusal | null;
  timer: ReturnType<typeof setTimeout> | null;
}

/** The destination of a backup, before or while it is written. */
type Destination = Pick<Stream, 'kind' | 'path' | 'expectedBytes'>;

const errorCode = (error: unknown) => (error as { code?: unknown } | null)?.code;
const refused = (code: string, params?: FileRefusal['params']): FileRefusal => ({ status: 'refused', code, ...(params ? { params } : {}) });

export function createBackupStreams({
  folder,
  keep,
  takeTarget,
  onOutcome = () => undefined,
  now = Date.now,
  statfs,
  createFile = (path) => open(path, 'wx'),
  log = () => undefined,
}: BackupStreamsOptions): BackupStreams {
  const streams = new Map<string, Stream>();
  let opening = 0;
  /** Counts abortAll calls: a stream whose open was under way when everything was aborted is not kept. */
  let generation = 0;

  /** The codes of the backups folder (backups.ts), a chosen file's own (file-failure.ts) for a manual one; a full disk for both. */
  async function refusalFor(destination: Destination, error: unknown, bytes: number, fallback: string): Promise<FileRefusal> {
    const code = errorCode(error);
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      const free = await freeBytes(dirname(destination.path), statfs, log);
      const needed = bytesNeededFor(Math.max(destination.expectedBytes, bytes));
      return refused('backup.diskFull', { neededMB: Math.ceil(needed / MB), freeMB: Math.floor((free ?? 0) / MB) });
    }
    if (destination.kind === 'manual') return fileRefusal('file.writeFailed', destination.path, error);
    return refused('backup.writeFailed', { reason: String(code ?? fallback) });
  }

  function touch(stream: Stream): void {
    if (stream.timer) clearTimeout(stream.timer);
    stream.timer = setTimeout(() => {
      log('backup stream idle; aborted', { kind: stream.kind, written: stream.written });
      void abandon(stream);
    }, STREAM_IDLE_MS);
  }

  /** Takes the stream out of use at once; later writes and closes are refused. */
  function retire(stream: Stream): boolean {
    if (stream.ended) return false;
    stream.ended = true;
    streams.delete(stream.id);
    if (stream.timer) clearTimeout(stream.timer);
    stream.timer = null;
    return true;
  }

  /** The temp file goes, and with it the name held in the backups folder. */
  async function discard(stream: Stream): Promise<void> {
    if (!stream.fileClosed) {
      stream.fileClosed = true;
      await stream.file.close().catch((error: unknown) => log('cannot close a backup temp file', { temp: stream.temp, error }));
    }
    await rm(stream.temp, { force: true }).catch((error: unknown) => log('cannot remove a backup temp file', { temp: stream.temp, error }));
    stream.slot?.release();
  }

  /** Ends the stream from outside its queue, once what runs on it has finished. */
  function abandon(stream: Stream): Promise<void> {
    if (!retire(stream)) return stream.queue.then(() => undefined);
    const done = stream.queue.then(() => discard(stream));
    stream.queue = done;
    return done;
  }

  /** Ends the stream from inside its queue, with why. */
  async function fail(stream: Stream, error: unknown, bytes: number, fallback: string): Promise<FileRefusal> {
    retire(stream);
    await discard(stream);
    stream.failure = await refusalFor(stream, error, bytes, fallback);
    log('backup stream failed', { kind: stream.kind, path: stream.path, written: stream.written, error, refusal: stream.failure });
    return stream.failure;
  }

  async function destination(request: BackupStreamOpenRequest): Promise<{ path: string; at: number; slot: BackupSlot | null } | FileRefusal> {
    if (request.kind !== 'manual') {
      const slot = await folder.reserve(request.kind, request.expectedBytes);
      return slot.status === 'refused' ? slot : { path: slot.path, at: slot.at, slot };
    }
    const path = takeTarget(request.target);
    if (!path) return refused('backup.targetUnknown');
    const space = checkSpace(request.expectedBytes, await freeBytes(dirname(path), statfs, log));
    if (!space.ok) return refused('backup.diskFull', { neededMB: space.neededMB, freeMB: space.freeMB });
    return { path, at: now(), slot: null };
  }

  async function start(request: BackupStreamOpenRequest): Promise<BackupStreamOpenResult> {
    const epoch = generation;
    const place = await destination(request);
    if ('status' in place) return place;
    const target: Destination = { kind: request.kind, path: place.path, expectedBytes: request.expectedBytes };
    const temp = tempPathBeside(place.path);
    let file: StreamFile;
    try {
      file = await createFile(temp);
    } catch (error) {
      place.slot?.release();
      await rm(temp, { force: true }).catch(() => undefined);
      return refusalFor(target, error, 0, 'open');
    }
    const stream: Stream = {
      ...target,
      id: randomBytes(16).toString('hex'),
      temp,
      at: place.at,
      file,
      fileClosed: false,
      slot: place.slot,
      written: 0,
      queue: Promise.resolve(),
      ended: false,
      failure: null,
      timer: null,
    };
    if (epoch !== generation) {
      await discard(stream);
      return refused('backup.streamUnknown');
    }
    streams.set(stream.id, stream);
    touch(stream);
    return { status: 'open', stream: stream.id };
  }

  async function append(stream: Stream, data: Uint8Array): Promise<BackupStreamWriteResult> {
    if (stream.ended) return stream.failure ?? refused('backup.streamUnknown');
    try {
      for (let offset = 0; offset < data.byteLength; ) {
        const { bytesWritten } = await stream.file.write(data, offset, data.byteLength - offset, stream.written + offset);
        // A regular file takes at least a byte or fails; never loop on nothing.
        if (bytesWritten <= 0) throw Object.assign(new Error('no bytes written'), { code: 'EIO' });
        offset += bytesWritten;
      }
    } catch (error) {
      return fail(stream, error, stream.written + data.byteLength, 'write');
    }
    stream.written += data.byteLength;
    if (!stream.ended) touch(stream);
    return { status: 'written' };
  }

  async function finish(stream: Stream, bytes: number): Promise<SaveBackupResult> {
    if (stream.failure) return stream.failure;
    if (stream.ended) return refused('backup.streamUnknown');
    // The host's count of what it sent: a part lost on the way would make a torn backup look whole.
    if (bytes !== stream.written) return fail(stream, null, stream.written, 'length');
    try {
      await stream.file.sync();
      stream.fileClosed = true;
      await stream.file.close();
      await rename(stream.temp, stream.path);
    } catch (error) {
      return fail(stream, error, stream.written, 'close');
    }
    retire(stream);
    await syncDirectory(dirname(stream.path));
    await stream.slot?.done(keep());
    return { status: 'saved', path: stream.path, at: stream.at };
  }

  /** Runs `step` on the stream's queue, after the writes before it. */
  function enqueue<T>(stream: Stream, step: () => Promise<T>): Promise<T> {
    const result = stream.queue.then(step);
    stream.queue = result.catch(() => undefined);
    return result;
  }

  return {
    async open(request) {
      let result: BackupStreamOpenResult;
      if (streams.size + opening >= MAX_OPEN_STREAMS) {
        log('backup stream refused: too many open', { kind: request.kind, open: streams.size + opening });
        result = refused('backup.busy');
      } else {
        opening += 1;
        try {
          result = await start(request);
        } finally {
          opening -= 1;
        }
      }
      if (result.status === 'refused') onOutcome(request.kind, result);
      return result;
    },
    async write({ stream: id, data }) {
      const stream = streams.get(id);
      if (!stream) return refused('backup.streamUnknown');
      touch(stream);
      const result = await enqueue(stream, () => append(stream, data));
      if (result.status === 'refused') onOutcome(stream.kind, result);
      return result;
    },
    async close({ stream: id, bytes }) {
      const stream = streams.get(id);
      if (!stream) return refused('backup.streamUnknown');
      // No idle expiry while it closes (a large file's flush can take long).
      if (stream.timer) clearTimeout(stream.timer);
      stream.timer = null;
      const result = await enqueue(stream, () => finish(stream, bytes));
      onOutcome(stream.kind, result);
      return result;
    },
    async abort({ stream: id }) {
      const stream = streams.get(id);
      if (stream) await abandon(stream);
    },
    async abortAll() {
      generation += 1;
      await Promise.all([...streams.values()].map(abandon));
    },
    async abortKind(kind) {
      await Promise.all([...streams.values()].filter((stream) => stream.kind === kind).map(abandon));
    },
    count: () => streams.size,
  };
}

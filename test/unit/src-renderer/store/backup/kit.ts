import { Dexie } from 'dexie';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { manifestChecksum, sha256Hex, type BackupManifest } from '../../../../../src-renderer/domain/backup/manifest';
import type { StorageEstimateLike } from '../../../../../src-renderer/domain/backup/status';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { recordReport } from '../../../../../src-renderer/store/alerts/log';
import { makeBackup } from '../../../../../src-renderer/store/backup/create';
import { provideBackupEnvironment } from '../../../../../src-renderer/store/backup/environment';
import { blobTarget, type BackupTarget, type SinkResult } from '../../../../../src-renderer/store/backup/targets';
import type { BackupKind } from '../../../../../src-renderer/domain/backup/log';
import type { MainFiles } from '../../../../../src-renderer/store/backup/auto';
import {
  BackupSourceReadRequest,
  BackupSourceReleaseRequest,
  BackupStreamCloseRequest,
  BackupStreamOpenRequest,
  BackupStreamWriteRequest,
} from '../../../../../src-main/core/contract';
import { blobBytes } from '../../../../../src-renderer/store/backup/encode';
import type { Result } from '../../../../../src-renderer/domain/common/errors';
import { makeDeskUser, raisedAbout } from '../alerts/helpers';
import { DAY, NOW, type TestStore } from '../fixtures';
import { caseAt } from '../flow';

/** Every row of every table but sessions; attachments with their bytes and type, so "byte-identical" is checked. */
export async function fullDump(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (table.name === 'sessions') continue;
    const rows: Array<Record<string, unknown>> = await table.toArray();
    out[table.name] =
      table.name === 'attachments'
        ? // A withdrawn file's row has no bytes left.
          await Promise.all(rows.map(async ({ data, ...meta }) => (data === undefined ? meta : { ...meta, type: (data as Blob).type, bytes: [...(await blobBytes(data as Blob))] })))
        : rows;
  }
  return out;
}

/** A dump without what a restore itself adds to the restored data: its two log rows and their audit events. */
export function withoutRestoreLog(dump: Record<string, unknown[]>): Record<string, unknown[]> {
  const isRestoreLog = (row: { kind?: string }) => row.kind === 'pre-restore' || row.kind === 'restored';
  return {
    ...dump,
    backups: (dump.backups as Array<{ kind: string }>).filter((row) => !isRestoreLog(row)),
    audit: (dump.audit as Array<{ subject: string; command: string }>).filter((e) => !(e.subject === 'backup' && ['backup.preRestore', 'backup.restore'].includes(e.command))),
    auditHeads: (dump.auditHeads as Array<{ subject: string }>).filter((h) => h.subject !== 'backup'),
  };
}

/** Binary content no text encoding would survive: every byte value, twice. */
export const BINARY = new Uint8Array(512).map((_, i) => (i * 7 + 3) % 256);

/**
 * The desk with some of everything: cases at several stages (their entries, clocks and counters),
 * two attachments with binary data, users, settings, an improvement, report notes, alerts and a preference.
 */
export async function seedEverything(store: TestStore): Promise<CaseRecord[]> {
  const cases = [
    await caseAt(store, 'registered', { severity: 'major', customerName: '李四' }),
    await caseAt(store, 'grading_review'),
    await caseAt(store, 'executing'),
    await caseAt(store, 'closed', { channel: 'email', email: 'zhang@example.com' }),
  ];
  await store.run('attachments.add', { caseId: cases[1]!.id, name: '现场照片.png', type: 'image/png', data: new Blob([BINARY], { type: 'image/png' }) });
  await store.run('attachments.add', { caseId: cases[2]!.id, name: '发票.pdf', type: 'application/pdf', data: new Blob([BINARY.slice(100)], { type: 'application/pdf' }) });
  await store.run('settings.update', { key: 'centreName', value: '华东客服中心' }, 'admin');
  await store.run('improvements.save', { title: '配送延误整改', rootCause: '承运商运力不足', action: '增加备用承运商', ownerId: 'u-supervisor', dueAt: NOW + 30 * DAY, caseIds: [cases[2]!.id] }, 'director');
  await store.run('reports.saveNotes', { year: 2026, month: 11, analysis: '物流类投诉占比上升。', recommendations: '考核承运商。' }, 'director');
  await makeDeskUser(store, 'supervisor');
  const reported = await recordReport(store.db, { type: 'raised', userId: 'u-supervisor', alerts: [raisedAbout(cases[0]!, 'response', { at: NOW })] }, NOW);
  if (!reported.ok) throw new Error('the alert was not logged');
  await store.db.prefs.put({ userId: 'u-agent', name: 'layout', value: { order: ['no', 'status'], hidden: [], widths: { no: 200 } } });
  return cases;
}

/** A backup file as a test reads it: its bytes and its manifest. */
export interface BackupBytes {
  fileName: string;
  data: Uint8Array<ArrayBuffer>;
  manifest: BackupManifest;
}

export const manifestIn = (data: Uint8Array): BackupManifest => JSON.parse(new TextDecoder().decode(unzipSync(data)['manifest.json'])) as BackupManifest;

/** `makeBackup` into memory: the file's bytes, as a target on disk would hold them. */
export async function backupBytes(db: Dexie, { now, kind = 'manual', chunkRows }: { now: number; kind?: BackupKind; chunkRows?: number }): Promise<BackupBytes> {
  const target = blobTarget();
  const made = await makeBackup(db, { now, kind, target, ...(chunkRows ? { chunkRows } : {}) });
  if (!made.ok) throw new Error(`the backup was refused: ${made.code}`);
  const data = new Uint8Array(await target.blob()!.arrayBuffer());
  return { fileName: made.fileName, data, manifest: made.manifest };
}

/** Keeps the backups written to it, as files; `fail` makes it refuse to open. */
export function memorySink(fail = false): BackupTarget & { saved: BackupBytes[] } {
  const saved: BackupBytes[] = [];
  return {
    saved,
    async open(expectedBytes, fileName) {
      if (fail) return { ok: false, code: 'files.writeFailed' };
      const memory = blobTarget();
      const writer = (await memory.open(expectedBytes, fileName)) as Exclude<Awaited<ReturnType<BackupTarget['open']>>, { ok: false }>;
      return {
        write: (part) => writer.write(part),
        abort: () => writer.abort(),
        async close(bytes): Promise<SinkResult> {
          await writer.close(bytes);
          const data = new Uint8Array(await memory.blob()!.arrayBuffer());
          saved.push({ fileName, data, manifest: manifestIn(data) });
          return { ok: true, path: `memory:${fileName}` };
        },
      };
    },
  };
}

/** The restore's environment on a test store: estimate, target and the names it was asked to switch to. */
export function attachEnvironment<S extends BackupTarget = ReturnType<typeof memorySink>>(
  store: TestStore,
  { estimate = {}, sink = memorySink() as BackupTarget as S }: { estimate?: StorageEstimateLike; sink?: S } = {},
) {
  const activated: string[] = [];
  provideBackupEnvironment(store.db, { estimate: async () => estimate, preRestore: sink, activate: async (name) => void activated.push(name) });
  return { activated, sink };
}

/** 备份到文件 as the administrator, in the browser's way: the file comes back as a Blob (read here into bytes). */
export async function createAsAdmin(store: TestStore): Promise<BackupBytes & { token: string; bytes: number }> {
  const made = await store.run<{ kind: 'download'; fileName: string; blob: Blob; token: string; manifest: BackupManifest; bytes: number }>('backup.create', {}, 'admin');
  return { ...made, data: new Uint8Array(await made.blob.arrayBuffer()) };
}

/** Restores as the administrator, with the password entered again a moment ago. */
export function restoreAsAdmin(store: TestStore, data: Uint8Array, fileName = 'test.cdbak'): Promise<Result<unknown>> {
  return store.dispatcher.dispatch('backup.restore', { data, fileName }, { ...store.session('admin'), confirmedUntil: store.now() + 60_000 });
}

/** Rewrites a backup's manifest (re-signed, so only the edited fields differ) and zips it again. */
export function editManifest(data: Uint8Array, edit: (manifest: BackupManifest) => void): Uint8Array<ArrayBuffer> {
  const files = unzipSync(data);
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as BackupManifest;
  edit(manifest);
  manifest.checksum = manifestChecksum(manifest);
  return zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) });
}

/** Replaces one entry's bytes and its checksum (and the manifest's), as a careful forger would. */
export function replaceEntry(data: Uint8Array, entry: string, bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const files = unzipSync(data);
  files[entry] = bytes as Uint8Array<ArrayBuffer>;
  const zipped = zipSync(files);
  return editManifest(zipped, (manifest) => void (manifest.checksums[entry] = sha256Hex(bytes)));
}

/** Names of the databases that exist now (to prove scratch databases are cleaned up). */
export const databaseNames = () => Dexie.getDatabaseNames();

/**
 * Main's file side as the store host sees it through the bridge, in memory: streams opened, their
 * parts, and what was saved; `refuse` answers a refusal at that step instead.
 */
export function fakeMainFiles({ refuse = {} as { open?: string; write?: number; close?: string }, path = (kind: string) => `/backups/${kind}.cdbak` } = {}) {
  const streams = new Map<string, { kind: string; target?: string; parts: Uint8Array[] }>();
  const calls: string[] = [];
  const saved: Array<{ kind: string; target?: string; data: Uint8Array; path: string }> = [];
  let writes = 0;
  const files: MainFiles = {
    async backupStreamOpen(request) {
      // Every call as main takes it (its schemas): what main would refuse to receive fails here too.
      BackupStreamOpenRequest.parse(request);
      calls.push(`open ${request.kind}`);
      if (refuse.open) return { status: 'refused', code: refuse.open };
      const stream = `s${streams.size + 1}`;
      streams.set(stream, { kind: request.kind, ...('target' in request ? { target: request.target } : {}), parts: [] });
      return { status: 'open', stream };
    },
    async backupStreamWrite({ stream, data }) {
      BackupStreamWriteRequest.parse({ stream, data });
      writes += 1;
      if (refuse.write === writes) {
        streams.delete(stream);
        return { status: 'refused', code: 'backup.diskFull', params: { neededMB: 9, freeMB: 1 } };
      }
      streams.get(stream)!.parts.push(data.slice());
      return { status: 'written' };
    },
    async backupStreamClose({ stream, bytes }) {
      BackupStreamCloseRequest.parse({ stream, bytes });
      calls.push('close');
      const open = streams.get(stream)!;
      streams.delete(stream);
      const data = new Uint8Array(open.parts.reduce((sum, part) => sum + part.byteLength, 0));
      let at = 0;
      for (const part of open.parts) {
        data.set(part, at);
        at += part.byteLength;
      }
      if (refuse.close || data.byteLength !== bytes) return { status: 'refused', code: refuse.close ?? 'backup.writeFailed' };
      const where = path(open.target ?? open.kind);
      saved.push({ kind: open.kind, ...(open.target ? { target: open.target } : {}), data, path: where });
      return { status: 'saved', path: where, at: 0 };
    },
    async backupStreamAbort({ stream }) {
      calls.push('abort');
      streams.delete(stream);
    },
    async backupSourceRelease({ source }) {
      BackupSourceReleaseRequest.parse({ source });
      calls.push(`release ${source}`);
      sources.delete(source);
    },
    async backupSourceRead({ source, at, length }) {
      BackupSourceReadRequest.parse({ source, at, length });
      const file = sources.get(source);
      if (!file) return { status: 'refused', code: 'backup.sourceUnknown' };
      return { status: 'read', data: file.slice(at, at + length) as Uint8Array<ArrayBuffer> };
    },
  };
  const sources = new Map<string, Uint8Array>();
  return { files, calls, saved, sources, refuse, open: () => [...streams.keys()] };
}

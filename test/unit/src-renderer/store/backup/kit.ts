import { Dexie } from 'dexie';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { manifestChecksum, sha256Hex, type BackupManifest } from '../../../../../src-renderer/domain/backup/manifest';
import type { StorageEstimateLike } from '../../../../../src-renderer/domain/backup/status';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { recordReport } from '../../../../../src-renderer/store/alerts/log';
import type { MadeBackup } from '../../../../../src-renderer/store/backup/create';
import { provideBackupEnvironment, type BackupSink, type SinkResult } from '../../../../../src-renderer/store/backup/environment';
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

/** Keeps the backups handed to it; `fail` makes it refuse. */
export function memorySink(fail = false): BackupSink & { saved: MadeBackup[] } {
  const saved: MadeBackup[] = [];
  return {
    saved,
    async save(backup): Promise<SinkResult> {
      if (fail) return { ok: false, code: 'files.writeFailed' };
      saved.push(backup);
      return { ok: true, path: `memory:${backup.fileName}` };
    },
  };
}

/** The restore's environment on a test store: estimate, sink and the names it was asked to switch to. */
export function attachEnvironment<S extends BackupSink = ReturnType<typeof memorySink>>(
  store: TestStore,
  { estimate = {}, sink = memorySink() as BackupSink as S }: { estimate?: StorageEstimateLike; sink?: S } = {},
) {
  const activated: string[] = [];
  provideBackupEnvironment(store.db, { estimate: async () => estimate, preRestore: sink, activate: async (name) => void activated.push(name) });
  return { activated, sink };
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

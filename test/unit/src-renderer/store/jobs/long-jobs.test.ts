import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { JOB_PHASES, type JobProgress, type ProgressSink } from '../../../../../src-renderer/domain/jobs/progress';
import { toActor } from '../../../../../src-renderer/domain/users/user';
import { makeBackup } from '../../../../../src-renderer/store/backup/create';
import { openBackup } from '../../../../../src-renderer/store/backup/open';
import { blobTarget } from '../../../../../src-renderer/store/backup/targets';
import { bytesSource } from '../../../../../src-renderer/store/backup/zip/source';
import { restoreBackup } from '../../../../../src-renderer/store/backup/switch';
import type { StoreContext } from '../../../../../src-renderer/store/rpc/define';
import { openTestStore, register, type TestStore, type Who } from '../fixtures';
import { randomCases } from '../search/random-cases';
import { attachEnvironment, backupBytes, databaseNames, restoreAsAdmin } from '../backup/kit';

const TEXTS = ['快递三天未送达。', '客服态度冷淡，问题一直没有解决。'];
const CASES = 150;
/** Rows per backup entry in these tests: the 150 cases take six. */
const ROWS = 25;

let store: TestStore;
afterEach(async () => {
  await store?.close();
  for (const name of await databaseNames()) if (name.startsWith('complaint-desk-')) await Dexie.delete(name);
});

async function desk(): Promise<TestStore> {
  store = await openTestStore();
  await store.db.cases.bulkPut(randomCases(CASES, TEXTS, 9, store.now()));
  return store;
}

/** A sink that writes down every phase with its total and the units counted in it. */
function recorder() {
  const phases: Array<{ phase: string; total: number; done: number; steps: number }> = [];
  const sink: ProgressSink = {
    phase: (phase, total) => void phases.push({ phase, total, done: 0, steps: 0 }),
    advance: (units = 1) => {
      const current = phases.at(-1)!;
      current.done += units;
      current.steps += 1;
    },
  };
  return { phases, sink };
}

/** `jobs.progress` as `who`, asked a turn after another until `work` settles; every job seen, in order. */
async function watch(who: Who, work: Promise<unknown>): Promise<JobProgress[]> {
  let settled = false;
  const done = work.finally(() => (settled = true));
  const seen: JobProgress[] = [];
  for (let turn = 0; !settled && turn < 20_000; turn += 1) {
    seen.push(...(await store.run<JobProgress[]>('jobs.progress', {}, who)));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await done;
  return seen;
}

/** The phases in the order first seen. */
const phasesOf = (jobs: JobProgress[]) => [...new Set(jobs.map((job) => job.phase))];
const between = (jobs: JobProgress[]) => jobs.filter((job) => job.done > 0 && job.done < job.total);

describe('progress of the long jobs', { timeout: 60_000 }, () => {
  it('a backup counts every row read, then every entry packed, each phase ending at its total', async () => {
    await desk();
    const { phases, sink } = recorder();
    const made = await makeBackup(store.db, { now: store.now(), kind: 'manual', target: blobTarget(), progress: sink, chunkRows: ROWS });
    if (!made.ok) throw new Error(made.code);
    const rows = Object.values(made.manifest.counts).reduce((sum, n) => sum + n, 0);
    const entries = Object.keys(made.manifest.checksums).length + 1;
    expect(phases.map(({ phase, total, done }) => [phase, total, done])).toEqual([
      ['reading', rows, rows],
      ['packing', entries, entries],
    ]);
    expect(phases[0]!.steps).toBeGreaterThanOrEqual(CASES / ROWS);
    expect(phases[1]!.steps).toBe(entries);
  });

  it('备份到文件 shows its progress to the user who started it, and to nobody else', async () => {
    await desk();
    const running = store.run('backup.create', {}, 'admin');
    const mine = watch('admin', running);
    const seen = await mine;
    expect(seen.every((job) => job.kind === 'backup')).toBe(true);
    expect(phasesOf(seen)).toEqual(['reading', 'packing']);
    expect(between(seen).length).toBeGreaterThan(0);
    expect(await store.run('jobs.progress', {}, 'admin')).toEqual([]);

    const theirs = await watch('ops', store.run('backup.create', {}, 'admin'));
    expect(theirs).toEqual([]);
  });

  it('checking a backup file counts its batches, entries and table entries, ending at its total', async () => {
    await desk();
    const made = await backupBytes(store.db, { now: store.now(), chunkRows: ROWS });
    const { phases, sink } = recorder();
    await openBackup(bytesSource(made.data), sink);
    expect(phases).toHaveLength(1);
    expect(phases[0]).toMatchObject({ phase: 'checking' });
    expect(phases[0]!.done).toBe(phases[0]!.total);
    expect(phases[0]!.steps).toBeGreaterThan(CASES / ROWS);

    const seen = await watch('admin', store.run('backup.inspect', { data: made.data }, 'admin'));
    expect(seen.every((job) => job.kind === 'restoreCheck' && job.phase === 'checking')).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('a restore goes through its five phases in order, each ending at its total', async () => {
    await desk();
    const made = await backupBytes(store.db, { now: store.now(), chunkRows: ROWS });
    attachEnvironment(store);
    const { phases, sink } = recorder();
    const ctx: StoreContext = { db: store.db, now: store.now, actor: toActor(store.users.admin), session: store.session('admin'), changed: () => undefined };
    await restoreBackup(ctx, bytesSource(made.data), 'test.cdbak', sink);
    expect(phases.map((p) => p.phase)).toEqual([...JOB_PHASES.restore]);
    for (const phase of phases) expect(phase.done, phase.phase).toBe(phase.total);
    const writing = phases.find((p) => p.phase === 'writing')!;
    expect(writing.total).toBe(Object.values(made.manifest.counts).reduce((sum, n) => sum + n, 0));
    expect(writing.steps).toBeGreaterThanOrEqual(CASES / ROWS);

    // The command reports the same job to the window waiting for it.
    const seen = await watch('admin', restoreAsAdmin(store, made.data));
    expect(seen.every((job) => job.kind === 'restore')).toBe(true);
    const order: readonly string[] = JOB_PHASES.restore;
    const indices = phasesOf(seen).map((phase) => order.indexOf(phase));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    expect(indices.length).toBeGreaterThan(2);
  });

  it('校验全部审计链 counts the chains checked, of every chain there is', async () => {
    store = await openTestStore();
    for (let n = 0; n < 12; n += 1) await register(store, { customerName: `客户${n}` });
    const chains = await store.db.auditHeads.count();
    const seen = await watch('admin', store.run('audit.verifyAll', {}, 'admin'));
    expect(seen.length).toBeGreaterThan(0);
    // Before the chains are counted, the total is not known yet (0).
    for (const job of seen) expect(job).toMatchObject({ kind: 'verifyAll', phase: 'verifying', total: job.done === 0 && job.total === 0 ? 0 : chains });
    expect(seen.at(-1)!.total).toBe(chains);
    expect(between(seen).length).toBeGreaterThan(0);
    expect(await store.run('jobs.progress', {}, 'admin')).toEqual([]);
  });
});

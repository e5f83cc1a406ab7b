import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobProgress } from '../../../../../src-renderer/domain/jobs/progress';
import { toActor } from '../../../../../src-renderer/domain/users/user';
import { DeskDb } from '../../../../../src-renderer/store/db';
import { startStoreHost, type StoreHost } from '../../../../../src-renderer/store/host';
import { beginJob, otherJobRunning, runningJobs } from '../../../../../src-renderer/store/jobs/registry';
import { similarIndexFor } from '../../../../../src-renderer/store/assist/similar-index';
import { caseIndexFor, setIndexBuildChunk } from '../../../../../src-renderer/store/search/case-index';
import type { TrackingWindow } from '../../../../../src-renderer/store/services/tracking/rows';
import { ok, registration, seedUsers, type Who } from '../fixtures';
import { randomCases } from '../search/random-cases';

const TEXTS = ['快递三天未送达。', '客服态度冷淡，问题一直没有解决。', '收到的商品有质量问题。'];
const CASES = 240;
/** The tracking table's query for every case, archived ones too (the host archives some at start). */
const EVERY_CASE = { filter: { archived: 'all' } };
/** Cases per read in these tests: the 240 cases take twelve slices. */
const SLICE = 20;

let host: StoreHost | undefined;
let db: DeskDb | undefined;
afterEach(async () => {
  host?.stop();
  await host?.dispatcher.flush();
  host = undefined;
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = undefined;
});

/** A desk of `CASES` cases with the fixture users signed in, read `SLICE` cases at a time. */
async function desk(): Promise<DeskDb> {
  db = new DeskDb(`desk-jobs-${crypto.randomUUID()}`);
  await db.open();
  await seedUsers(db, Date.now());
  await db.cases.bulkPut(randomCases(CASES, TEXTS, 5, Date.now()));
  setIndexBuildChunk(db, SLICE);
  return db;
}

async function startHost(target: DeskDb) {
  const users = await seedUsersOf(target);
  host = await startStoreHost(target, { housekeepingMs: 3_600_000 });
  const as = (who: Who) => ({ actor: toActor(users[who]!), token: `token-${who}` });
  const send = <T>(name: string, args: unknown, who: Who = 'agent') => host!.dispatcher.dispatch(name, args, as(who)).then((result) => ok<T>(result));
  return { host, send };
}

const seedUsersOf = async (target: DeskDb) => Object.fromEntries((await target.users.toArray()).map((user) => [user.username, user]));

/** Asks `ask` a turn after another until `work` settles (or too long passed); every answer, in order. */
async function watch<T>(ask: () => Promise<JobProgress[]>, work: Promise<T>): Promise<{ value: T; seen: JobProgress[][] }> {
  let settled = false;
  const done = work.finally(() => (settled = true));
  const seen: JobProgress[][] = [];
  for (let turn = 0; !settled && turn < 20_000; turn += 1) {
    seen.push(await ask());
    // A task of its own, behind the database's: the work moves on between two asks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { value: await done, seen };
}

describe('the tracking index warms up at start, with its progress', () => {
  it('reports done / total as it reads slice after slice, to every signed-in user, and is gone once built', async () => {
    const target = await desk();
    const { host, send } = await startHost(target);
    const { seen } = await watch(() => send<JobProgress[]>('jobs.progress', { kinds: ['caseIndex'] }, 'legal'), caseIndexFor(host.db).prepare());
    const figures = seen.flat().map((job) => [job.kind, job.phase, job.total, job.done] as const);
    // Several figures between none and all, never going back.
    const between = figures.filter(([, , , done]) => done > 0 && done < CASES);
    expect(new Set(between.map(([, , , done]) => done)).size).toBeGreaterThan(2);
    // The total is known once the cases are counted (nothing is read before).
    for (const [kind, phase, total, done] of figures) expect([kind, phase, total === 0 && done === 0 ? CASES : total]).toEqual(['caseIndex', 'reading', CASES]);
    const dones = figures.map(([, , , done]) => done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(dones.every((done) => done % SLICE === 0)).toBe(true);
    // The similar-cases index, started beside it, ends too: then nothing is listed.
    await similarIndexFor(host.db).prepare();
    expect(await send('jobs.progress', {})).toEqual([]);
  });

  it('serves a tracking query asked during the warm-up from the same build, never a second one', async () => {
    const target = await desk();
    const { host, send } = await startHost(target);
    expect(runningJobs(target, 'u-agent', ['caseIndex'])).toHaveLength(1);
    const window = await send<TrackingWindow>('tracking.rows', { query: EVERY_CASE });
    expect(window.total).toBe(CASES);
    expect(caseIndexFor(host.db).stats()).toMatchObject({ builds: 1, cases: CASES });
  });

  it('keeps a case registered while the index is being built', async () => {
    const target = await desk();
    const { host, send } = await startHost(target);
    // The build has begun and has not read every case yet.
    await watch(async () => runningJobs(target, 'u-agent'), new Promise<void>((resolve) => setTimeout(resolve, 0)));
    const [building] = runningJobs(target, 'u-agent', ['caseIndex']);
    expect(building?.done).toBeLessThan(CASES);
    const added = await send<{ id: string; no: string }>('cases.register', registration({ customerName: '建索引时登记' }, Date.now()));
    const window = await send<TrackingWindow>('tracking.rows', { query: { filter: { text: '建索引时登记' } } });
    expect(window.rows.map((row) => row.no)).toEqual([added.no]);
    expect((await send<TrackingWindow>('tracking.rows', { query: EVERY_CASE })).total).toBe(CASES + 1);
    expect(caseIndexFor(host.db).stats().builds).toBe(1);
  });

  it('reads large chunks while a backup or restore runs (each read waits behind that job’s work)', async () => {
    /** Reads after the first chunk (each continues after the last key read). */
    const readsAfterFirst = async (target: DeskDb) => {
      const where = vi.spyOn(target.cases, 'where');
      await caseIndexFor(target).prepare();
      return where.mock.calls.filter(([index]) => (index as unknown) === ':id').length;
    };
    const quiet = await desk();
    expect(await readsAfterFirst(quiet)).toBe(CASES / SLICE);
    quiet.close();
    await Dexie.delete(quiet.name);

    const busy = await desk();
    const backup = beginJob(busy, 'backup', 'u-admin');
    expect(await readsAfterFirst(busy)).toBe(0);
    backup.end();
    expect(caseIndexFor(busy).stats().cases).toBe(CASES);
  });
});

describe('the similar-cases index says how far its build is', () => {
  it('reports done / total as it reads, to every signed-in user, and is gone once built; the tracking index does not give way to it', async () => {
    const target = await desk();
    // Enough cases for a dozen reads of 100 (the similar index reads BACKGROUND_CHUNK at a time).
    await target.cases.bulkPut(randomCases(1_000, TEXTS, 6, Date.now()));
    const total = CASES + 1_000;
    const { send } = await startHost(target);
    // The host built it at start (perhaps already done): built again from scratch, as after a restore.
    await similarIndexFor(target).prepare();
    similarIndexFor(target).markChanged(['*']);
    const { seen } = await watch(() => send<JobProgress[]>('jobs.progress', { kinds: ['similarIndex'] }, 'director'), similarIndexFor(target).prepare());
    const figures = seen.flat().filter((job) => job.total > 0);
    expect(figures.length).toBeGreaterThan(2);
    for (const job of figures) expect([job.kind, job.phase, job.total]).toEqual(['similarIndex', 'reading', total]);
    const dones = figures.map((job) => job.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(new Set(dones).size).toBeGreaterThan(1);
    expect(await send('jobs.progress', { kinds: ['similarIndex'] })).toEqual([]);

    const building = beginJob(target, 'similarIndex', null);
    expect(otherJobRunning(target)).toBe(false);
    building.end();
  });
});

describe('jobs.progress', () => {
  it('lists a user’s own jobs and the host’s, not a colleague’s', async () => {
    const target = await desk();
    const { send } = await startHost(target);
    await Promise.all([caseIndexFor(target).prepare(), similarIndexFor(target).prepare()]);
    const job = beginJob(target, 'verifyAll', 'u-admin');
    job.phase('verifying', 10);
    job.advance(4);
    expect(await send('jobs.progress', {}, 'admin')).toMatchObject([{ kind: 'verifyAll', phase: 'verifying', done: 4, total: 10 }]);
    expect(await send('jobs.progress', {}, 'legal')).toEqual([]);
    expect(await send('jobs.progress', { kinds: ['backup'] }, 'admin')).toEqual([]);
    job.end();
    expect(await send('jobs.progress', {}, 'admin')).toEqual([]);
  });

  it('refuses an unknown kind of job', async () => {
    const target = await desk();
    const { host } = await startHost(target);
    const session = { actor: toActor((await target.users.get('u-admin'))!), token: 'token-admin' };
    const result = await host.dispatcher.dispatch('jobs.progress', { kinds: ['everything'] }, session);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
  });
});

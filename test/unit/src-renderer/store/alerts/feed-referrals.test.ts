// The full feed's ended cases: only the referrals still owing the referring body (12315) their reply.
import { afterEach, describe, expect, it } from 'vitest';
import { FeedMessage } from '../../../../../src-main/core/alert-feed';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import type { DeskDb } from '../../../../../src-renderer/store/db';
import { caseIndexFor } from '../../../../../src-renderer/store/search/case-index';
import { DAY, NOW, openTestStore, type TestStore } from '../fixtures';
import { caseAt } from '../flow';
import { attachFeed, makeDeskUser, type AttachedFeed } from './helpers';

let store: TestStore;
let attached: AttachedFeed | undefined;
afterEach(async () => {
  attached?.feed.stop();
  attached = undefined;
  await store?.close();
});

let tickets = 0;
/** A 12315 referral due in a day; with its work order number unless `numbered` is false. */
const referred = (numbered = true) => ({
  channel: 'regulator_12315',
  ...(numbered ? { referralNo: `GS-2026-${String((tickets += 1)).padStart(3, '0')}` } : {}),
  referralDeadline: { by: 'date', dueAt: NOW + DAY },
});

/** The ids of the cases read one by one (`bulkGet`) from now on. */
function idsRead(db: DeskDb): () => string[] {
  const read: string[] = [];
  const bulkGet = db.cases.bulkGet.bind(db.cases);
  db.cases.bulkGet = ((keys: string[]) => {
    read.push(...keys);
    return bulkGet(keys);
  }) as typeof db.cases.bulkGet;
  return () => read;
}

/** The keys of the full feed published last among `messages`. */
function keysOfReset(messages: readonly unknown[]): string[] {
  const reset = FeedMessage.parse(messages.at(-1));
  if (reset.type !== 'reset') throw new Error(`expected a reset, got a ${reset.type}`);
  return reset.entries.map((entry) => entry.key).sort();
}

const resetKeys = async () => keysOfReset(await attached!.take());

describe('the full feed and the ended cases', () => {
  it('holds every closed or redirected referral owing its reply — with or without a work order number — and reads no other ended case', async () => {
    store = await openTestStore();
    const unnumbered = await caseAt(store, 'closed', referred(false));
    const numbered = await caseAt(store, 'closed', referred());
    const redirected = await caseAt(store, 'redirected', referred(false));
    const answered = await caseAt(store, 'closed', referred());
    await store.run('cases.replyReferral', { caseId: answered.id, at: NOW, replier: '李客服', method: 'phone', text: '已电话回复12315', final: true });
    await caseAt(store, 'terminated', referred());
    for (let n = 0; n < 5; n += 1) await caseAt(store, 'closed', { customerName: `客户${n}` });
    const open = await caseAt(store, 'verifying', { customerName: '在办客户' });
    await makeDeskUser(store, 'ops');
    await caseIndexFor(store.db).prepare();
    const read = idsRead(store.db);

    attached = attachFeed(store);
    await attached.feed.start();
    const owing = [unnumbered, numbered, redirected];
    expect(await resetKeys()).toEqual([...owing.map((c) => `${c.id}:referralReply`), `${open.id}:verification`].sort());
    // The open case and the three owing a reply; not the answered, terminated or plainly closed ones.
    expect(read().sort()).toEqual([open.id, ...owing.map((c) => c.id)].sort());
  });

  it('reads no terminated case: it still owes its reply, but its deadline stands paused and raises no alert', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed', referred());
    const terminated = await caseAt(store, 'terminated', referred(false));
    await makeDeskUser(store, 'ops');
    await caseIndexFor(store.db).prepare();
    const read = idsRead(store.db);
    attached = attachFeed(store);
    await attached.feed.start();
    expect(await resetKeys()).toEqual([`${closed.id}:referralReply`]);
    expect(read()).not.toContain(terminated.id);
  });

  it('finds a case that closed owing its reply after the feed started, at the next full feed', async () => {
    store = await openTestStore();
    await makeDeskUser(store, 'ops');
    attached = attachFeed(store);
    await attached.feed.start();
    expect(await resetKeys()).toEqual([]);
    const closed: CaseRecord = await caseAt(store, 'closed', referred(false));
    await attached.take();
    attached.feed.onChanges([{ area: 'cases', ids: ['*'] }]);
    expect(await resetKeys()).toEqual([`${closed.id}:referralReply`]);
  });
});

describe('the full feed and the tracking index', () => {
  /** An open case (its verification deadline) and a closed referral owing its reply: the full feed's two reads. */
  async function openAndOwing() {
    store = await openTestStore();
    const open = await caseAt(store, 'verifying', { customerName: '在办客户' });
    const owing = await caseAt(store, 'closed', referred(false));
    await makeDeskUser(store, 'ops');
    return { open, owing, keys: [`${open.id}:verification`, `${owing.id}:referralReply`].sort() };
  }

  it('publishes every entry when the index fails to answer, reading the ended cases instead', async () => {
    const { owing, keys } = await openAndOwing();
    await caseIndexFor(store.db).prepare();
    // Changed since the build: the index reads it again at the next query, and that read fails once.
    await store.run('cases.replyReferral', { caseId: owing.id, at: NOW, replier: '李客服', method: 'phone', text: '正在核实', final: false });
    const bulkGet = store.db.cases.bulkGet.bind(store.db.cases);
    let failures = 0;
    store.db.cases.bulkGet = ((ids: string[]) => {
      if (failures === 0 && ids.includes(owing.id)) {
        failures += 1;
        return Promise.reject(new Error('the index’s read failed'));
      }
      return bulkGet(ids);
    }) as typeof store.db.cases.bulkGet;

    attached = attachFeed(store);
    await attached.feed.start();
    expect(failures).toBe(1);
    expect(await resetKeys()).toEqual(keys);
  });

  it('publishes at once while the index is still being built, the ended referral owing its reply included', async () => {
    const { keys } = await openAndOwing();
    // The index's build stays at its first read until released.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const count = store.db.cases.count.bind(store.db.cases);
    store.db.cases.count = (async () => {
      await held;
      return count();
    }) as typeof store.db.cases.count;
    const building = caseIndexFor(store.db).prepare();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(caseIndexFor(store.db).ready()).toBe(false);

    attached = attachFeed(store);
    void attached.feed.start();
    const published = await Promise.race([attached.take(), new Promise<null>((resolve) => setTimeout(() => resolve(null), 3_000))]);
    release();
    await building;
    expect(published && keysOfReset(published)).toEqual(keys);
    // Once built, the next full feed asks the index: the same entries.
    expect(caseIndexFor(store.db).ready()).toBe(true);
    attached.feed.onChanges([{ area: 'cases', ids: ['*'] }]);
    expect(await resetKeys()).toEqual(keys);
  });

  it.each([
    ['built', true],
    ['not built', false],
  ])('keeps one entry per deadline when a case closes between the read of the open cases and that of the ended ones (index %s)', async (_, built) => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed', referred(false));
    await makeDeskUser(store, 'ops');
    // The case still open when the feed reads the open cases, closed (owing its reply) just after.
    await store.db.cases.put({ ...closed, status: 'executing', closedAt: null });
    caseIndexFor(store.db).markChanged([closed.id]);
    if (built) await caseIndexFor(store.db).prepare();
    const bulkGet = store.db.cases.bulkGet.bind(store.db.cases);
    let closing = true;
    store.db.cases.bulkGet = (async (ids: string[]) => {
      const records = await bulkGet(ids);
      if (closing && ids.includes(closed.id)) {
        closing = false;
        await store.db.cases.put(closed);
        caseIndexFor(store.db).markChanged([closed.id]);
      }
      return records;
    }) as typeof store.db.cases.bulkGet;

    attached = attachFeed(store);
    await attached.feed.start();
    expect(closing).toBe(false);
    expect(await resetKeys()).toEqual([`${closed.id}:referralReply`]);
  });
});

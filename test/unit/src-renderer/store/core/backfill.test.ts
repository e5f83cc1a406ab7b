import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { contactIndexKeys } from '../../../../../src-renderer/domain/cases/contact';
import { casesOfCustomer } from '../../../../../src-renderer/store/assist/repeats';
import { contactKeysBackfilled, contactKeysProgress, stopContactKeysBackfill, type BackfillProgress } from '../../../../../src-renderer/store/core/backfill';
import { CONTACT_KEYS_PENDING, DeskDb } from '../../../../../src-renderer/store/db';
import { readFixture } from '../../../../fixtures/db/format';
import { createAtVersion } from '../migrations/helpers';

const v6 = readFixture(6);
const opened: DeskDb[] = [];

/** The v6 fixture database opened at the current version: its cases without contact keys, marked pending. */
async function upgradedV6(): Promise<DeskDb> {
  const name = `backfill-${crypto.randomUUID()}`;
  await createAtVersion(v6, name);
  const db = new DeskDb(name);
  opened.push(db);
  await db.open();
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('contactKeysBackfilled', () => {
  it('gives every case of an upgraded database its contact keys, slice by slice, then removes the mark', async () => {
    const db = await upgradedV6();
    const before = await db.cases.toArray();
    expect(before.length).toBeGreaterThan(6);
    expect(before.every((c) => c.contactKeys === undefined)).toBe(true);
    expect(await db.counters.get(CONTACT_KEYS_PENDING)).toBeDefined();

    await contactKeysBackfilled(db, 3);
    const after = await db.cases.toArray();
    expect(after.map((c) => c.contactKeys)).toEqual(before.map((c) => contactIndexKeys(c)));
    // Nothing else of a case changed.
    expect(after.map(({ contactKeys: _keys, ...rest }) => rest)).toEqual(before);
    expect(await db.counters.get(CONTACT_KEYS_PENDING)).toBeUndefined();
  });

  it('tells how far it is between slices, and nothing once done', async () => {
    const db = await upgradedV6();
    const total = await db.cases.count();
    expect(contactKeysProgress(db)).toBeNull();
    const seen: Array<BackfillProgress | null> = [];
    const done = contactKeysBackfilled(db, 2, async () => {
      seen.push(contactKeysProgress(db));
    });
    await done;
    // After every full slice of two; the last slice (shorter, or empty) ends it.
    expect(seen).toEqual(Array.from({ length: Math.floor(total / 2) }, (_, i) => ({ done: 2 * (i + 1), total })));
    expect(contactKeysProgress(db)).toBeNull();
  });

  it('counts what an interrupted run finished when it carries on', async () => {
    const db = await upgradedV6();
    const total = await db.cases.count();
    // The first run fails after its second slice, the next one goes on from there.
    let slices = 0;
    await expect(
      contactKeysBackfilled(db, 2, async () => {
        if (++slices === 2) throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    expect(contactKeysProgress(db)).toBeNull();
    const seen: Array<BackfillProgress | null> = [];
    await contactKeysBackfilled(db, 2, async () => {
      seen.push(contactKeysProgress(db));
    });
    expect(seen[0]).toEqual({ done: 6, total });
    expect(contactKeysProgress(db)).toBeNull();
  });

  it('has a customer’s older cases found as soon as the database opens: the lookup waits for the backfill, unless told not to', async () => {
    const db = await upgradedV6();
    const hongda = (v6.tables.cases as CaseRecord[]).filter((c) => c.customerName === '宏达贸易有限公司').map((c) => c.id);
    expect(hongda).toHaveLength(1);
    // No contact to look up: answered without starting the backfill.
    expect(await casesOfCustomer(db, { phone: '', email: '' })).toEqual([]);
    expect(await db.counters.get(CONTACT_KEYS_PENDING)).toBeDefined();
    // The suggestions' lookup does not wait: the older case has no keys yet.
    expect(await casesOfCustomer(db, { phone: '021-61234567', email: '' }, { complete: false })).toEqual([]);
    expect((await casesOfCustomer(db, { phone: '021-61234567', email: '' })).map((c) => c.id)).toEqual(hongda);
  });

  it('stops for a database the host no longer serves, refusing whoever waits and leaving the mark for the next start', async () => {
    const db = await upgradedV6();
    stopContactKeysBackfill(db);
    await expect(contactKeysBackfilled(db, 2)).rejects.toThrow(Dexie.DatabaseClosedError);
    expect(await db.counters.get(CONTACT_KEYS_PENDING)).toBeDefined();
    expect((await db.cases.toArray()).every((c) => c.contactKeys === undefined)).toBe(true);
  });

  it('reads nothing in a database the upgrade did not mark', async () => {
    const name = `backfill-fresh-${crypto.randomUUID()}`;
    const db = new DeskDb(name);
    opened.push(db);
    await db.open();
    const [sample] = v6.tables.cases as CaseRecord[];
    // Put by hand without keys: a marked database would get them, this one is left alone.
    await db.cases.add({ ...sample! });
    await contactKeysBackfilled(db);
    expect((await db.cases.get(sample!.id))?.contactKeys).toBeUndefined();
  });

  it('is tried again after a failure, on the same database, and carries on where the cases still lack keys', async () => {
    const db = await upgradedV6();
    const [first] = await db.cases.orderBy(':id').limit(1).toArray();
    await db.cases.put({ ...first!, contactKeys: ['kept-as-written'] });
    db.close();
    await expect(contactKeysBackfilled(db)).rejects.toThrow();
    await db.open();
    await contactKeysBackfilled(db, 2);
    const cases = await db.cases.orderBy(':id').toArray();
    // A case written with its keys (by a command) is not rewritten.
    expect(cases[0]!.contactKeys).toEqual(['kept-as-written']);
    expect(cases.slice(1).every((c) => c.contactKeys !== undefined)).toBe(true);
    expect(await db.counters.get(CONTACT_KEYS_PENDING)).toBeUndefined();
  });
});

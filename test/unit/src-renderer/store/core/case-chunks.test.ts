import { afterEach, describe, expect, it } from 'vitest';
import { forEachCaseOf, forEachCaseSlice } from '../../../../../src-renderer/store/core/case-chunks';
import { openTestStore, register, type TestStore } from '../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

describe('forEachCaseSlice', () => {
  it('reads the ids a slice at a time, with undefined where a case is gone', async () => {
    store = await openTestStore();
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) ids.push((await register(store)).id);
    const asked = [ids[0]!, 'gone-1', ids[1]!, ids[2]!, 'gone-2', ids[3]!, ids[4]!];
    const slices: { ids: readonly string[]; found: (string | undefined)[] }[] = [];
    await forEachCaseSlice(
      store.db,
      asked,
      (slice, records) => {
        slices.push({ ids: slice, found: records.map((r) => r?.id) });
      },
      3,
    );
    expect(slices).toEqual([
      { ids: asked.slice(0, 3), found: [ids[0], undefined, ids[1]] },
      { ids: asked.slice(3, 6), found: [ids[2], undefined, ids[3]] },
      { ids: asked.slice(6), found: [ids[4]] },
    ]);
  });

  it('stops reading when the visitor returns false', async () => {
    store = await openTestStore();
    const ids: string[] = [];
    for (let n = 0; n < 4; n++) ids.push((await register(store)).id);
    const seen: string[][] = [];
    await forEachCaseSlice(store.db, ids, async (slice) => {
      seen.push([...slice]);
      return seen.length < 2;
    }, 1);
    expect(seen).toEqual([[ids[0]], [ids[1]]]);
  });

  it('lets a writer in between its slices', async () => {
    store = await openTestStore();
    const ids: string[] = [];
    for (let n = 0; n < 3; n++) ids.push((await register(store)).id);
    const order: string[] = [];
    await forEachCaseSlice(
      store.db,
      ids,
      (slice, records) => {
        order.push(`read ${records[0]!.customerName}`);
        // A write queued after the first slice commits before the second slice is read.
        if (slice[0] === ids[0]) void store.db.cases.update(ids[1]!, { customerName: '改名' }).then(() => order.push('write'));
      },
      1,
    );
    const first = (await store.db.cases.get(ids[0]!))!.customerName;
    expect(order).toEqual([`read ${first}`, 'write', 'read 改名', expect.stringMatching(/^read /)]);
  });
});

describe('forEachCaseOf', () => {
  it('hands on the cases found, leaving out the missing ones', async () => {
    store = await openTestStore();
    const a = await register(store);
    const b = await register(store);
    const chunks: string[][] = [];
    await forEachCaseOf(store.db, [a.id, 'gone', b.id], (chunk) => void chunks.push(chunk.map((c) => c.id)), 2);
    expect(chunks).toEqual([[a.id], [b.id]]);
  });
});

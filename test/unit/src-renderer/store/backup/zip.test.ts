import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { MANIFEST_ENTRY } from '../../../../../src-renderer/domain/backup/manifest';
import { makeBackup } from '../../../../../src-renderer/store/backup/create';
import { blobTarget } from '../../../../../src-renderer/store/backup/targets';
import { openTestStore, register, type TestStore } from '../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

describe('makeBackup zips as it goes', { timeout: 60_000 }, () => {
  it('lets the store host answer while it zips: other work runs between entries', async () => {
    store = await openTestStore();
    for (let n = 0; n < 30; n += 1) await register(store, { customerName: `客户${n}`, description: '快递三天未送达，客服态度差。'.repeat(20) });
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    const target = blobTarget();
    try {
      // Small chunks: many entries, as a desk of 100,000 cases has.
      expect(await makeBackup(store.db, { now: store.now(), kind: 'manual', target, chunkRows: 2 })).toMatchObject({ ok: true });
    } finally {
      clearInterval(timer);
    }
    // One synchronous zip of a whole desk held the host for 30 s; the watchdog took it for dead.
    expect(ticks).toBeGreaterThan(5);
    const files = unzipSync(new Uint8Array(await target.blob()!.arrayBuffer()));
    // The manifest comes last (its checksums are known only then) and lists every other entry.
    expect(Object.keys(files).at(-1)).toBe(MANIFEST_ENTRY);
    const manifest = JSON.parse(new TextDecoder().decode(files[MANIFEST_ENTRY])) as { checksums: Record<string, string> };
    expect(Object.keys(manifest.checksums).sort()).toEqual(Object.keys(files).filter((name) => name !== MANIFEST_ENTRY).sort());
  });
});

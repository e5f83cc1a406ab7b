import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPrefsStore } from '../../../../src-main/files/prefs-store';
import { DEFAULT_APP_PREFS, DEFAULT_BACKUP_PREFS } from '../../../../src-main/core/contract';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prefs-'));
  file = join(dir, 'desktop-prefs.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openPrefsStore', () => {
  it('keeps both of two updates made at once (each started from the same prefs, the later write lost the other)', async () => {
    const store = await openPrefsStore(dir);
    await Promise.all([store.update({ closeToTray: false }), store.update({ language: 'en' })]);
    expect(store.get()).toMatchObject({ closeToTray: false, language: 'en' });
    const again = await openPrefsStore(dir);
    expect(again.get()).toMatchObject({ closeToTray: false, language: 'en' });
  });

  it('uses the defaults when the file is missing, without creating it', async () => {
    const store = await openPrefsStore(dir);
    expect(store.get()).toEqual(DEFAULT_APP_PREFS);
    expect(await readdir(dir)).toEqual([]);
  });

  it('uses the defaults when the user-data directory does not exist', async () => {
    expect((await openPrefsStore(join(dir, 'nope'))).get()).toEqual(DEFAULT_APP_PREFS);
  });

  for (const [name, content] of [
    ['broken JSON', '{"closeToTray": fal'],
    ['an empty file', ''],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['wrong types', '{"closeToTray":"yes","language":"en"}'],
    ['an unknown language', '{"language":"fr"}'],
    ['a backup that is not an object', '{"language":"en","backup":true}'],
    ['a backup value out of range', '{"language":"en","backup":{"keepDaily":0}}'],
    ['a backup value of the wrong type', '{"backup":{"daily":"yes"}}'],
  ] as const) {
    it(`uses the defaults when the file holds ${name}`, async () => {
      await writeFile(file, content);
      expect((await openPrefsStore(dir)).get()).toEqual(DEFAULT_APP_PREFS);
    });
  }

  it('fills missing keys from the defaults and drops unknown ones', async () => {
    await writeFile(file, JSON.stringify({ language: 'en', legacy: 1 }));
    expect((await openPrefsStore(dir)).get()).toEqual({ closeToTray: true, language: 'en', backup: DEFAULT_BACKUP_PREFS });
  });

  it('keeps what a file written before the backup prefs existed says, and adds the default backup prefs', async () => {
    await writeFile(file, JSON.stringify({ closeToTray: false, language: 'en' }, null, 2));
    expect((await openPrefsStore(dir)).get()).toEqual({ closeToTray: false, language: 'en', backup: { daily: true, onQuit: true, keepDaily: 7, keepMonthly: 12 } });
  });

  it('fills missing backup keys one by one from the defaults', async () => {
    await writeFile(file, JSON.stringify({ language: 'en', backup: { onQuit: false, keepDaily: 3, legacy: 'x' } }));
    expect((await openPrefsStore(dir)).get()).toEqual({
      closeToTray: true,
      language: 'en',
      backup: { daily: true, onQuit: false, keepDaily: 3, keepMonthly: 12 },
    });
  });
});

describe('update', () => {
  it('merges the patch, returns the result and persists it across reopen', async () => {
    const store = await openPrefsStore(dir);
    const backup = DEFAULT_BACKUP_PREFS;
    await expect(store.update({ closeToTray: false })).resolves.toEqual({ closeToTray: false, language: 'zh-CN', backup });
    await store.update({ language: 'en' });
    expect(store.get()).toEqual({ closeToTray: false, language: 'en', backup });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ closeToTray: false, language: 'en', backup });
    expect((await openPrefsStore(dir)).get()).toEqual({ closeToTray: false, language: 'en', backup });
    expect(await readdir(dir)).toEqual(['desktop-prefs.json']);
  });

  it('refuses unknown keys and wrong types, and writes nothing', async () => {
    const store = await openPrefsStore(dir);
    for (const patch of [
      { admin: true },
      { closeToTray: 'no' },
      { language: 'fr' },
      { closeToTray: false, extra: 1 },
      null,
      'en',
      42,
      { backup: { daily: false } },
      { backup: { ...DEFAULT_BACKUP_PREFS, keepDaily: 61 } },
      { backup: { ...DEFAULT_BACKUP_PREFS, keepDaily: 2.5 } },
      { backup: { ...DEFAULT_BACKUP_PREFS, keepMonthly: -1 } },
      { backup: { ...DEFAULT_BACKUP_PREFS, onQuit: 'yes' } },
      { backup: null },
    ]) {
      await expect(store.update(patch), JSON.stringify(patch)).rejects.toThrow();
    }
    expect(store.get()).toEqual(DEFAULT_APP_PREFS);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a refused update leaves the saved preferences as they were', async () => {
    const store = await openPrefsStore(dir);
    await store.update({ language: 'en' });
    const saved = await readFile(file, 'utf8');
    await expect(store.update({ language: 'en', closeToTray: 1 })).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe(saved);
    expect(store.get()).toEqual({ closeToTray: true, language: 'en', backup: DEFAULT_BACKUP_PREFS });
  });

  it('replaces the backup prefs as a whole, keeping the other keys', async () => {
    const store = await openPrefsStore(dir);
    await store.update({ language: 'en' });
    const backup = { daily: false, onQuit: true, keepDaily: 1, keepMonthly: 0 };
    await expect(store.update({ backup })).resolves.toEqual({ closeToTray: true, language: 'en', backup });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ closeToTray: true, language: 'en', backup });
    expect((await openPrefsStore(dir)).get().backup).toEqual(backup);
  });

  it('tells its listeners about every saved update, and not about a refused one', async () => {
    const store = await openPrefsStore(dir);
    const seen: unknown[] = [];
    const off = store.onChange((prefs) => seen.push(prefs.backup.daily));
    await store.update({ backup: { ...DEFAULT_BACKUP_PREFS, daily: false } });
    await expect(store.update({ backup: { daily: true } })).rejects.toThrow();
    await store.update({ language: 'en' });
    off();
    await store.update({ backup: DEFAULT_BACKUP_PREFS });
    expect(seen).toEqual([false, false]);
  });

  it('treats a key given as undefined as not given', async () => {
    const store = await openPrefsStore(dir);
    await store.update({ closeToTray: false });
    await expect(store.update({ closeToTray: undefined, language: 'en', backup: undefined })).resolves.toEqual({
      closeToTray: false,
      language: 'en',
      backup: DEFAULT_BACKUP_PREFS,
    });
    expect(store.get()).toEqual({ closeToTray: false, language: 'en', backup: DEFAULT_BACKUP_PREFS });
  });

  it('keeps the current preferences when the file cannot be written', async () => {
    const store = await openPrefsStore(join(dir, 'missing'));
    await expect(store.update({ closeToTray: false })).rejects.toMatchObject({ code: 'ENOENT' });
    expect(store.get()).toEqual(DEFAULT_APP_PREFS);
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { AppPrefs, AppPrefsPatch, BackupPrefs, DEFAULT_APP_PREFS, DEFAULT_BACKUP_PREFS } from '../core/contract';
import { writeFileAtomic } from './atomic-write';

export interface PrefsStore {
  get(): AppPrefs;
  update(patch: unknown): Promise<AppPrefs>;
  /** Called after every saved update with the new prefs; returns a function that stops it. */
  onChange(listener: (prefs: AppPrefs) => void): () => void;
}

/**
 * What a saved file may hold: any of the keys, and of `backup` any of its
 * keys, since a file written by an older version lacks what came later.
 * Every value present must be valid, or the whole file counts as damaged.
 */
const SavedPrefs = AppPrefs.extend({ backup: BackupPrefs.partial() }).partial();

/** The saved keys over the defaults, one level deep into `backup`. */
function withDefaults(saved: z.infer<typeof SavedPrefs>): AppPrefs {
  const { backup, ...top } = saved;
  return { ...DEFAULT_APP_PREFS, ...top, backup: { ...DEFAULT_BACKUP_PREFS, ...backup } };
}

/**
 * Desktop preferences main needs before any window exists (close to tray,
 * language of the tray, the backup schedule). A missing or damaged file falls
 * back to defaults.
 */
export async function openPrefsStore(userDataDir: string): Promise<PrefsStore> {
  const file = join(userDataDir, 'desktop-prefs.json');
  let current: AppPrefs = DEFAULT_APP_PREFS;
  const listeners = new Set<(prefs: AppPrefs) => void>();
  try {
    const parsed = SavedPrefs.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) current = withDefaults(parsed.data);
  } catch {
    current = DEFAULT_APP_PREFS;
  }
  /** Updates one after another: two at once (a language switch while 关闭到托盘 is saved) each started from the same prefs, and the later write lost the other's change. */
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get: () => current,
    update(patch) {
      const run = queue.then(() => apply(patch));
      queue = run.catch(() => undefined);
      return run;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  async function apply(patch: unknown): Promise<AppPrefs> {
    // A key sent as undefined means "unchanged", not "unset": the result is always complete.
    // `backup` is replaced as a whole; the patch schema requires a complete BackupPrefs.
    const given = Object.entries(AppPrefsPatch.parse(patch)).filter(([, value]) => value !== undefined);
    const next = AppPrefs.parse({ ...current, ...Object.fromEntries(given) });
    await writeFileAtomic(file, JSON.stringify(next, null, 2));
    current = next;
    for (const listener of listeners) {
      try {
        listener(next);
      } catch (error) {
        console.warn('[prefs] a listener failed', error);
      }
    }
    return next;
  }
}

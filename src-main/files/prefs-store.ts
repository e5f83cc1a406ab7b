import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppPrefs, AppPrefsPatch, DEFAULT_APP_PREFS } from '../core/contract';
import { writeFileAtomic } from './atomic-write';

export interface PrefsStore {
  get(): AppPrefs;
  update(patch: unknown): Promise<AppPrefs>;
}

/**
 * Desktop preferences main needs before any window exists (close to tray,
 * language of the tray). A missing or damaged file falls back to defaults.
 */
export async function openPrefsStore(userDataDir: string): Promise<PrefsStore> {
  const file = join(userDataDir, 'desktop-prefs.json');
  let current: AppPrefs = DEFAULT_APP_PREFS;
  try {
    const parsed = AppPrefs.partial().safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) current = { ...DEFAULT_APP_PREFS, ...parsed.data };
  } catch {
    current = DEFAULT_APP_PREFS;
  }
  return {
    get: () => current,
    async update(patch) {
      // A key sent as undefined means "unchanged", not "unset": the result is always complete.
      const given = Object.entries(AppPrefsPatch.parse(patch)).filter(([, value]) => value !== undefined);
      const next = AppPrefs.parse({ ...current, ...Object.fromEntries(given) });
      await writeFileAtomic(file, JSON.stringify(next, null, 2));
      current = next;
      return next;
    },
  };
}

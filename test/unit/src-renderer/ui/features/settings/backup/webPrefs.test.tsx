import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_APP_PREFS, DEFAULT_BACKUP_PREFS } from '../../../../../../../src-main/core/contract';
import { createWebPlatform } from '../../../../../../../src-renderer/platform/web';

const KEY = 'complaint-desk:prefs';
afterEach(() => localStorage.clear());

describe('the browser’s stored preferences, since backups were added', () => {
  it('keeps the language of prefs saved before the backup key existed, with the default backup schedule', async () => {
    localStorage.setItem(KEY, JSON.stringify({ closeToTray: false, language: 'en' }));
    const platform = createWebPlatform();
    expect(platform.backups).toBeUndefined();
    expect(await platform.getPrefs()).toEqual({ closeToTray: false, language: 'en', backup: DEFAULT_BACKUP_PREFS });
    expect(await platform.setPrefs({ backup: { ...DEFAULT_BACKUP_PREFS, keepDaily: 3 } })).toMatchObject({ language: 'en', backup: { keepDaily: 3 } });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ language: 'en', backup: { keepDaily: 3 } });
  });

  it('drops only a bad key, and falls back to the defaults for unreadable prefs', async () => {
    localStorage.setItem(KEY, JSON.stringify({ closeToTray: 'yes', language: 'en', backup: { daily: true } }));
    expect(await createWebPlatform().getPrefs()).toEqual({ ...DEFAULT_APP_PREFS, language: 'en' });
    localStorage.setItem(KEY, '{not json');
    expect(await createWebPlatform().getPrefs()).toEqual(DEFAULT_APP_PREFS);
  });
});

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { App } from 'electron';
import { USER_DATA_ENV } from '../core/app-identity';

/**
 * Points Electron (and so IndexedDB, backups and prefs) at another profile
 * directory when the environment asks for one. Must run before `ready`.
 */
export function applyUserDataOverride(app: Pick<App, 'setPath'>, env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env[USER_DATA_ENV]?.trim();
  if (!override) return null;
  const dir = resolve(override);
  mkdirSync(dir, { recursive: true });
  app.setPath('userData', dir);
  return dir;
}

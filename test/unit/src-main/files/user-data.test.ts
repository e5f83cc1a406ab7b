import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyUserDataOverride } from '../../../../src-main/files/user-data';
import { USER_DATA_ENV } from '../../../../src-main/core/app-identity';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'user-data-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const fakeApp = () => ({ setPath: vi.fn() });

describe('applyUserDataOverride', () => {
  it('points userData at the directory named by the environment and creates it', async () => {
    const app = fakeApp();
    const target = join(dir, 'profiles', 'tester');
    expect(applyUserDataOverride(app, { [USER_DATA_ENV]: target })).toBe(target);
    expect(app.setPath).toHaveBeenCalledExactlyOnceWith('userData', target);
    expect((await stat(target)).isDirectory()).toBe(true);
  });

  it('makes a relative path absolute', () => {
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    const app = fakeApp();
    const result = applyUserDataOverride(app, { [USER_DATA_ENV]: ' profile ' });
    expect(result).toBe(resolve(dir, 'profile'));
    expect(app.setPath).toHaveBeenCalledWith('userData', resolve(dir, 'profile'));
  });

  it('does nothing when the variable is absent or blank', () => {
    const app = fakeApp();
    expect(applyUserDataOverride(app, {})).toBeNull();
    expect(applyUserDataOverride(app, { [USER_DATA_ENV]: '   ' })).toBeNull();
    expect(app.setPath).not.toHaveBeenCalled();
  });

  it('uses the name from app-identity', () => {
    expect(USER_DATA_ENV).toBe('COMPLAINT_DESK_USER_DATA');
  });
});

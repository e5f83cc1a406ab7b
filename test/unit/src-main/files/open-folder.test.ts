import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeElectron, shell } from '../fake-electron';
import { openBackupsFolder } from '../../../../src-main/files/open-folder';

vi.mock('electron', () => import('../fake-electron'));

beforeEach(() => resetFakeElectron());

describe('openBackupsFolder', () => {
  it('creates the folder, then opens exactly it', async () => {
    const order: string[] = [];
    const ensure = vi.fn(async () => {
      order.push('ensure');
      return '/u/backups';
    });
    shell.openPath.mockImplementation(async (path: string) => {
      order.push(`open ${path}`);
      return '';
    });
    await openBackupsFolder({ ensure });
    expect(order).toEqual(['ensure', 'open /u/backups']);
  });

  it('rejects, logged, when the system cannot open it', async () => {
    const log = vi.fn();
    shell.openPath.mockResolvedValue('No application is registered');
    await expect(openBackupsFolder({ ensure: async () => '/u/backups' }, log)).rejects.toThrow('No application is registered');
    expect(log).toHaveBeenCalledWith('cannot open the backups folder', { path: '/u/backups', failure: 'No application is registered' });
  });

  it('does not open anything when the folder cannot be made', async () => {
    await expect(openBackupsFolder({ ensure: async () => Promise.reject(new Error('EACCES')) })).rejects.toThrow('EACCES');
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});

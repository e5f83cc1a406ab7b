import { describe, expect, it } from 'vitest';
import { createBackupTargets, TARGET_TTL_MS } from '../../../../src-main/files/backup-targets';

describe('backup targets', () => {
  it('issue an unguessable id per path, each taken once', () => {
    const targets = createBackupTargets();
    const a = targets.issue('/media/usb/a.cdbak');
    const b = targets.issue('/media/usb/a.cdbak');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(b).not.toBe(a);
    expect(targets.take(a)).toBe('/media/usb/a.cdbak');
    expect(targets.take(a)).toBeNull();
    expect(targets.take(b)).toBe('/media/usb/a.cdbak');
    expect(targets.take('/media/usb/a.cdbak')).toBeNull();
  });

  it(`expire ${TARGET_TTL_MS / 60_000} minutes after they were issued`, () => {
    let clock = 1_000_000;
    const targets = createBackupTargets({ now: () => clock });
    const kept = targets.issue('/a.cdbak');
    const late = targets.issue('/b.cdbak');
    clock += TARGET_TTL_MS;
    expect(targets.take(kept)).toBe('/a.cdbak');
    clock += 1;
    expect(targets.take(late)).toBeNull();
  });
});

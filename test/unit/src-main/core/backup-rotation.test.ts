import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupsToDelete,
  isBackupTempName,
  KEEP_PRE_RESTORE,
  newestAutomaticAt,
  parseBackupName,
} from '../../../../src-main/core/backup-rotation';
import type { AutoBackupKind } from '../../../../src-main/core/contract';
import { rng } from '../../../../src-renderer/domain/common/random';

// The unit tests run in Asia/Shanghai (test/unit/setup-node.ts): local time is UTC+8 all year.
const local = (y: number, mo: number, d: number, h = 12, mi = 0, s = 0) => new Date(y, mo - 1, d, h, mi, s).getTime();
const name = (at: number, kind: AutoBackupKind = 'daily') => backupFileName(at, kind);
const DAY = 24 * 60 * 60 * 1000;

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed. */
const random = rng;

describe('backup file names', () => {
  it('are complaint-desk-<local yyyyMMdd-HHmmss>-<kind>.cdbak', () => {
    expect(name(local(2026, 11, 23, 9, 30, 5))).toBe('complaint-desk-20261123-093005-daily.cdbak');
    expect(name(local(2027, 1, 2, 0, 0, 0), 'on-quit')).toBe('complaint-desk-20270102-000000-on-quit.cdbak');
    expect(name(local(2026, 12, 31, 23, 59, 59), 'pre-restore')).toBe('complaint-desk-20261231-235959-pre-restore.cdbak');
    // 2026-03-31 16:30 UTC is already 1 April in Beijing.
    expect(name(Date.UTC(2026, 2, 31, 16, 30))).toBe('complaint-desk-20260401-003000-daily.cdbak');
  });

  it('parse back to their kind and time (to the second), for many instants', () => {
    const next = random(8);
    for (let i = 0; i < 2000; i += 1) {
      const at = Math.floor(Date.UTC(2000, 0, 1) + next() * 60 * 365 * DAY);
      const kind = (['daily', 'on-quit', 'pre-restore'] as const)[i % 3]!;
      const file = name(at, kind);
      expect(parseBackupName(file), file).toEqual({ name: file, kind, at: Math.floor(at / 1000) * 1000 });
    }
  });

  it('other names are not ours', () => {
    for (const other of [
      'complaint-desk-20261123-093005-weekly.cdbak',
      'complaint-desk-20261123-093005-daily.cdbak.bak',
      'complaint-desk-20261123-093005-daily.CDBAK',
      'Complaint-desk-20261123-093005-daily.cdbak',
      'complaint-desk-20261123-93005-daily.cdbak',
      'complaint-desk-2026112-093005-daily.cdbak',
      'my complaint-desk-20261123-093005-daily.cdbak',
      'complaint-desk-20261123-093005-daily (1).cdbak',
      'complaint-desk-20260231-093005-daily.cdbak',
      'complaint-desk-20261301-093005-daily.cdbak',
      'complaint-desk-20261123-240000-daily.cdbak',
      'complaint-desk-20261123-096000-daily.cdbak',
      '.complaint-desk-20261123-093005-daily.cdbak.0123456789ab.tmp',
      'notes.txt',
      '',
    ]) {
      expect(parseBackupName(other), other).toBeNull();
    }
  });

  it('recognises the temp files an interrupted write leaves, and nothing else', () => {
    expect(isBackupTempName('.complaint-desk-20261123-093005-daily.cdbak.0123456789ab.tmp')).toBe(true);
    expect(isBackupTempName('.complaint-desk-20261123-093005-pre-restore.cdbak.abcdefabcdef.tmp')).toBe(true);
    expect(isBackupTempName('.desktop-prefs.json.0123456789ab.tmp')).toBe(false);
    expect(isBackupTempName('.complaint-desk-20261123-093005-daily.cdbak.tmp')).toBe(false);
    expect(isBackupTempName('complaint-desk-20261123-093005-daily.cdbak')).toBe(false);
    expect(isBackupTempName('.my-notes.cdbak.0123456789ab.tmp')).toBe(false);
  });

  it('newestAutomaticAt looks at daily and on-quit backups only', () => {
    expect(newestAutomaticAt([])).toBeNull();
    expect(newestAutomaticAt(['notes.txt', name(local(2026, 5, 9), 'pre-restore')])).toBeNull();
    const names = [name(local(2026, 5, 1)), name(local(2026, 5, 3), 'on-quit'), name(local(2026, 5, 9), 'pre-restore'), 'complaint-desk-20990101-000000-weekly.cdbak'];
    expect(newestAutomaticAt(names)).toBe(local(2026, 5, 3));
  });

  it('newestAutomaticAt leaves out backups later than the given instant (made while the clock was ahead)', () => {
    const names = [name(local(2026, 5, 1)), name(local(2027, 5, 3), 'on-quit')];
    expect(newestAutomaticAt(names)).toBe(local(2027, 5, 3));
    expect(newestAutomaticAt(names, local(2026, 5, 2))).toBe(local(2026, 5, 1));
    expect(newestAutomaticAt(names, local(2026, 5, 1))).toBe(local(2026, 5, 1));
    expect(newestAutomaticAt(names, local(2026, 4, 30))).toBeNull();
  });
});

describe('backupsToDelete, by example', () => {
  const now = local(2026, 4, 15, 9);

  it('keeps a backup of each of the keepDaily latest days too, however many one day made (quits, 立即备份)', () => {
    const earlier = Array.from({ length: 6 }, (_, i) => name(now - (i + 1) * DAY));
    const today = Array.from({ length: 9 }, (_, i) => name(local(2026, 4, 15, 8) - i * 60_000, i % 2 === 0 ? 'on-quit' : 'daily'));
    const deleted = backupsToDelete([...today, ...earlier], { keepDaily: 7, keepMonthly: 0 }, now);
    // Today's newest seven, and each earlier day's.
    expect(deleted.sort()).toEqual(today.slice(7).sort());
    expect(backupsToDelete([...today, ...earlier], { keepDaily: 2, keepMonthly: 0 }, now).sort()).toEqual([...today.slice(2), ...earlier.slice(1)].sort());
  });

  it('keeps the newest keepDaily automatic backups (daily and on-quit together) when no months are kept', () => {
    const days = Array.from({ length: 30 }, (_, i) => name(now - (i + 1) * DAY, i % 4 === 0 ? 'on-quit' : 'daily'));
    const deleted = backupsToDelete(days, { keepDaily: 7, keepMonthly: 0 }, now);
    expect(deleted.sort()).toEqual(days.slice(7).sort());
  });

  it('keeps the newest backup of each of the last keepMonthly months, in local time', () => {
    const lastOfMarch = name(local(2026, 3, 31, 23, 30)); // 15:30 UTC, still March in Beijing
    const firstOfApril = name(local(2026, 4, 1, 0, 30)); // 31 March 16:30 UTC, April in Beijing
    const names = [
      name(local(2026, 4, 14)),
      name(local(2026, 4, 10)),
      firstOfApril,
      lastOfMarch,
      name(local(2026, 3, 2)),
      name(local(2026, 2, 28)),
      name(local(2026, 2, 1)),
      name(local(2026, 1, 31)),
    ];
    const deleted = backupsToDelete(names, { keepDaily: 1, keepMonthly: 3 }, now);
    // Kept: 14 April (newest, and April's newest), 31 March 23:30 (March's), 28 February (February's).
    expect(deleted.sort()).toEqual([name(local(2026, 4, 10)), firstOfApril, name(local(2026, 3, 2)), name(local(2026, 2, 1)), name(local(2026, 1, 31))].sort());
  });

  it('counts months across the turn of the year', () => {
    const january = local(2027, 1, 20);
    const names = [name(local(2027, 1, 5)), name(local(2026, 12, 30)), name(local(2026, 12, 1)), name(local(2026, 11, 30))];
    expect(backupsToDelete(names, { keepDaily: 1, keepMonthly: 2 }, january).sort()).toEqual([name(local(2026, 12, 1)), name(local(2026, 11, 30))].sort());
  });

  it('keeps the newest five pre-restore backups whatever the prefs, and they do not count as daily or monthly', () => {
    const preRestore = Array.from({ length: 8 }, (_, i) => name(now - i * 3 * DAY, 'pre-restore'));
    const daily = [name(now - DAY), name(now - 2 * DAY)];
    const deleted = backupsToDelete([...preRestore, ...daily], { keepDaily: 1, keepMonthly: 0 }, now);
    expect(KEEP_PRE_RESTORE).toBe(5);
    expect(deleted.sort()).toEqual([...preRestore.slice(5), daily[1]!].sort());
  });

  it('never deletes a file that is not ours, nor a protected one', () => {
    const future = [1, 2, 3].map((d) => name(now + d * DAY)); // the clock was set back since
    const written = name(now);
    const mine = ['notes.txt', 'complaint-desk-export.xlsx', 'complaint-desk-20260101-000000-weekly.cdbak', '.complaint-desk-20260101-000000-daily.cdbak.0123456789ab.tmp'];
    const deleted = backupsToDelete([...mine, ...future, written], { keepDaily: 3, keepMonthly: 0 }, now, [written]);
    expect(deleted).toEqual([]);
    expect(backupsToDelete([...mine, ...future, written], { keepDaily: 3, keepMonthly: 0 }, now)).toEqual([written]);
  });

  it('deletes nothing from an empty folder or one with only our newest backups', () => {
    expect(backupsToDelete([], { keepDaily: 7, keepMonthly: 12 }, now)).toEqual([]);
    expect(backupsToDelete([name(now - DAY), name(now - 2 * DAY)], { keepDaily: 7, keepMonthly: 0 }, now)).toEqual([]);
  });
});

describe('backupsToDelete, on generated folders', () => {
  const kinds: AutoBackupKind[] = ['daily', 'daily', 'on-quit', 'pre-restore'];
  const monthOf = (at: number) => new Date(at).getFullYear() * 12 + new Date(at).getMonth();

  function folder(seed: number) {
    const next = random(seed);
    const now = local(2026, 1, 1) + Math.floor(next() * 3 * 365) * DAY + Math.floor(next() * DAY);
    const count = Math.floor(next() * 120);
    const names = new Set<string>();
    for (let i = 0; i < count; i += 1) {
      // Mostly the past two years; a few from the future (a clock set back).
      const offset = next() < 0.05 ? -next() * 10 * DAY : next() * 2 * 365 * DAY;
      names.add(name(now - offset, kinds[Math.floor(next() * kinds.length)]!));
    }
    const others = ['notes.txt', 'complaint-desk-20250101-000000-weekly.cdbak', 'backup.cdbak'].filter(() => next() < 0.5);
    const prefs = { keepDaily: 1 + Math.floor(next() * 10), keepMonthly: Math.floor(next() * 15) };
    return { now, names: [...names], others, prefs, next };
  }

  for (let seed = 1; seed <= 300; seed += 1) {
    it(`seed ${seed}: keeps exactly the newest ones, the newest of each of the latest days, each kept month's newest, and the newest pre-restore ones`, () => {
      const { now, names, others, prefs, next } = folder(seed);
      const all = [...names, ...others].sort(() => next() - 0.5);
      const deleted = backupsToDelete(all, prefs, now);
      const kept = new Set(names.filter((n) => !deleted.includes(n)));

      expect(new Set(deleted).size).toBe(deleted.length);
      for (const d of deleted) expect(names, d).toContain(d);

      const parsed = names.map((n) => parseBackupName(n)!);
      const automatic = parsed.filter((p) => p.kind !== 'pre-restore').sort((a, b) => b.at - a.at);
      const preRestore = parsed.filter((p) => p.kind === 'pre-restore').sort((a, b) => b.at - a.at);
      const dayOf = (at: number) => new Date(at).toDateString();
      const days = [...new Set(automatic.map((p) => dayOf(p.at)))].slice(0, prefs.keepDaily);
      const newestOfDays = days.map((day) => automatic.find((p) => dayOf(p.at) === day)!);
      const expected = new Set([...automatic.slice(0, prefs.keepDaily), ...newestOfDays, ...preRestore.slice(0, KEEP_PRE_RESTORE)].map((p) => p.name));
      for (let age = 0; age < prefs.keepMonthly; age += 1) {
        const newest = automatic.find((p) => monthOf(p.at) === monthOf(now) - age);
        if (newest) expected.add(newest.name);
      }
      expect([...kept].sort()).toEqual([...expected].sort());

      // The order of the listing does not matter, and a rotated folder stays as it is.
      expect(backupsToDelete([...all].reverse(), prefs, now).sort()).toEqual([...deleted].sort());
      expect(backupsToDelete([...kept, ...others], prefs, now)).toEqual([]);
    });
  }

  it('protects the file just written even when it would be rotated away', () => {
    let wouldGo = 0;
    for (let seed = 1; seed <= 50; seed += 1) {
      const { now, names, prefs } = folder(seed);
      const written = name(now - 500 * DAY);
      expect(backupsToDelete([...names, written], prefs, now, [written])).not.toContain(written);
      if (backupsToDelete([...names, written], prefs, now).includes(written)) wouldGo += 1;
    }
    expect(wouldGo).toBeGreaterThan(25);
  });
});

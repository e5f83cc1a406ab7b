import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { powerMonitor, resetFakeElectron } from '../fake-electron';
import { CHECK_MS, createBackupSchedule, DAY_MS, START_DELAY_MS } from '../../../../src-main/files/backup-schedule';
import type { BackupNowResult } from '../../../../src-main/core/contract';

vi.mock('electron', () => import('../fake-electron'));

const T0 = new Date(2026, 10, 23, 8, 0, 0).getTime();
const MIN = 60_000;
const HOUR = 60 * MIN;

beforeEach(() => {
  resetFakeElectron();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

/** A schedule over a pretend folder: `last` is its newest automatic backup; a run puts a new one there. */
function setup({ last = null as number | null, daily = true, fail = false } = {}) {
  const state = { last, daily, fail };
  const runs: number[] = [];
  const log = vi.fn();
  const run = vi.fn(async (): Promise<BackupNowResult> => {
    runs.push(Date.now());
    if (state.fail) return { status: 'refused', code: 'backup.diskFull', params: { neededMB: 300, freeMB: 10 } };
    state.last = Date.now();
    return { status: 'saved', path: '/u/backups/x.cdbak', at: Date.now() };
  });
  const lastBackupAt = vi.fn(async (_notAfter: number) => state.last);
  const schedule = createBackupSchedule({ enabled: () => state.daily, lastBackupAt, run, log });
  return { schedule, state, runs, run, log, lastBackupAt };
}
const advanceTo = (at: number) => vi.advanceTimersByTimeAsync(at - Date.now());

describe('the daily backup', () => {
  it('is made a couple of minutes after start when there is none yet, then a day later; one timer at a time', async () => {
    const { schedule, runs } = setup();
    schedule.start();
    expect(vi.getTimerCount()).toBe(1);
    expect(schedule.wakesAt()).toBe(T0 + START_DELAY_MS);
    await advanceTo(T0 + START_DELAY_MS - 1);
    expect(runs).toEqual([]);
    await advanceTo(T0 + START_DELAY_MS);
    expect(runs).toEqual([T0 + START_DELAY_MS]);
    expect(schedule.dueAt()).toBe(T0 + START_DELAY_MS + DAY_MS);
    // Hourly looks in between, never more than one timer.
    expect(schedule.wakesAt()).toBe(T0 + START_DELAY_MS + CHECK_MS);
    expect(vi.getTimerCount()).toBe(1);
    await advanceTo(T0 + START_DELAY_MS + DAY_MS - 1);
    expect(runs).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1);
    await advanceTo(T0 + START_DELAY_MS + DAY_MS);
    expect(runs).toEqual([T0 + START_DELAY_MS, T0 + START_DELAY_MS + DAY_MS]);
  });

  it('is made when the newest backup is older than a day', async () => {
    const { schedule, runs } = setup({ last: T0 - DAY_MS - 1 });
    schedule.start();
    await advanceTo(T0 + START_DELAY_MS);
    expect(runs).toEqual([T0 + START_DELAY_MS]);
  });

  it('is not repeated after a restart when the last one is younger than a day; it comes at its due instant', async () => {
    const last = T0 - 20 * HOUR - 17 * MIN;
    const { schedule, runs } = setup({ last });
    schedule.start();
    await advanceTo(T0 + START_DELAY_MS);
    expect(runs).toEqual([]);
    expect(schedule.dueAt()).toBe(last + DAY_MS);
    await advanceTo(last + DAY_MS - 1);
    expect(runs).toEqual([]);
    // The last hourly look armed the timer for the due instant itself, not for the next hour.
    expect(schedule.wakesAt()).toBe(last + DAY_MS);
    await advanceTo(last + DAY_MS);
    expect(runs).toEqual([last + DAY_MS]);
  });

  it('asks the folder for the newest backup up to now, so one from a clock that was ahead does not hold it back', async () => {
    const { schedule, lastBackupAt } = setup({ last: T0 - DAY_MS });
    schedule.start();
    await advanceTo(T0 + START_DELAY_MS);
    expect(lastBackupAt).toHaveBeenCalledWith(T0 + START_DELAY_MS);
  });

  it('a backup made meanwhile (on quit, by hand) moves the due instant', async () => {
    const { schedule, state, runs } = setup({ last: T0 - 2 * HOUR });
    schedule.start();
    await advanceTo(T0 + 5 * HOUR);
    state.last = T0 + 5 * HOUR;
    await advanceTo(T0 + 22 * HOUR + 30 * MIN);
    expect(runs).toEqual([]);
    expect(schedule.dueAt()).toBe(T0 + 29 * HOUR);
  });

  it('a failed backup is tried again at the next hourly look, logged', async () => {
    const { schedule, state, runs, log } = setup({ fail: true });
    schedule.start();
    await advanceTo(T0 + START_DELAY_MS);
    expect(log).toHaveBeenCalledWith('daily backup not made; trying again within the hour', { code: 'backup.diskFull', params: { neededMB: 300, freeMB: 10 } });
    state.fail = false;
    await advanceTo(T0 + START_DELAY_MS + CHECK_MS - 1);
    expect(runs).toHaveLength(1);
    await advanceTo(T0 + START_DELAY_MS + CHECK_MS);
    expect(runs).toEqual([T0 + START_DELAY_MS, T0 + START_DELAY_MS + CHECK_MS]);
    expect(schedule.dueAt()).toBe(T0 + START_DELAY_MS + CHECK_MS + DAY_MS);
  });

  it('a folder that cannot be read is looked at again in an hour, logged', async () => {
    const log = vi.fn();
    const lastBackupAt = vi.fn().mockRejectedValueOnce(new Error('EACCES')).mockResolvedValue(T0);
    const run = vi.fn();
    const schedule = createBackupSchedule({ enabled: () => true, lastBackupAt, run, log });
    schedule.start();
    await advanceTo(T0 + START_DELAY_MS);
    expect(log).toHaveBeenCalledWith('daily backup check failed', expect.any(Error));
    expect(schedule.wakesAt()).toBe(T0 + START_DELAY_MS + CHECK_MS);
    await advanceTo(T0 + START_DELAY_MS + CHECK_MS);
    expect(lastBackupAt).toHaveBeenCalledTimes(2);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('prefs', () => {
  it('with the daily backup off there is no timer and no backup', async () => {
    const { schedule, runs } = setup({ daily: false });
    schedule.start();
    expect(vi.getTimerCount()).toBe(0);
    await advanceTo(T0 + 3 * DAY_MS);
    expect(runs).toEqual([]);
    expect(schedule.dueAt()).toBeNull();
  });

  it('turning it on looks a couple of minutes later; turning it off stops at once', async () => {
    const { schedule, state, runs } = setup({ daily: false });
    schedule.start();
    await advanceTo(T0 + HOUR);
    state.daily = true;
    schedule.refresh();
    expect(schedule.wakesAt()).toBe(T0 + HOUR + START_DELAY_MS);
    await advanceTo(T0 + HOUR + START_DELAY_MS);
    expect(runs).toEqual([T0 + HOUR + START_DELAY_MS]);

    state.daily = false;
    schedule.refresh();
    expect(vi.getTimerCount()).toBe(0);
    expect(schedule.dueAt()).toBeNull();
    await advanceTo(T0 + 5 * DAY_MS);
    expect(runs).toHaveLength(1);
  });

  it('a refresh with the daily backup still on keeps the armed instant', async () => {
    const { schedule } = setup({ last: T0 - HOUR });
    schedule.start();
    await advanceTo(T0 + START_DELAY_MS);
    const armed = schedule.wakesAt();
    schedule.refresh();
    expect(schedule.wakesAt()).toBe(armed);
    expect(vi.getTimerCount()).toBe(1);
  });
});

describe('sleep and quit', () => {
  it('a resume looks at once: a backup that fell due during sleep is made', async () => {
    const { schedule, runs } = setup({ last: T0 - HOUR });
    schedule.start();
    await advanceTo(T0 + START_DELAY_MS);
    // Two days asleep: the wall clock jumped, the timers did not run.
    vi.setSystemTime(T0 + 2 * DAY_MS);
    powerMonitor.emit('resume');
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([T0 + 2 * DAY_MS]);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('a resume while a backup runs does not start a second one', async () => {
    let finish!: (result: BackupNowResult) => void;
    const run = vi.fn(() => new Promise<BackupNowResult>((resolve) => (finish = resolve)));
    const schedule = createBackupSchedule({ enabled: () => true, lastBackupAt: async () => null, run });
    schedule.start();
    await advanceTo(T0 + START_DELAY_MS);
    powerMonitor.emit('resume');
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(run).toHaveBeenCalledTimes(1);
    finish({ status: 'saved', path: '/x', at: Date.now() });
    await vi.advanceTimersByTimeAsync(0);
    expect(schedule.dueAt()).toBe(Date.now() + DAY_MS);
  });

  it('stop clears the timer and the resume listener', async () => {
    const { schedule, runs } = setup();
    schedule.start();
    expect(powerMonitor.listenerCount('resume')).toBe(1);
    schedule.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(powerMonitor.listenerCount('resume')).toBe(0);
    schedule.refresh();
    powerMonitor.emit('resume');
    await advanceTo(T0 + 2 * DAY_MS);
    expect(runs).toEqual([]);
  });
});

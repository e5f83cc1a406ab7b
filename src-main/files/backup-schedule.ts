/**
 * The daily backup's timing. The backups folder is the memory: a daily or
 * on-quit backup younger than a day means none is due, so a restart neither
 * repeats nor skips one. One timer, armed for the due instant (a day after
 * the newest backup) or for the next hourly look, whichever comes first; the
 * hourly look re-reads the folder, which also catches a wall clock that was
 * changed meanwhile. A resume from sleep looks at once.
 */
import { powerMonitor } from 'electron';
import type { BackupNowResult } from '../core/contract';

/** The first look comes this long after start, so that a backup never slows the start of the app. */
export const START_DELAY_MS = 2 * 60_000;
export const CHECK_MS = 60 * 60_000;
export const DAY_MS = 24 * 60 * 60_000;

export interface BackupScheduleOptions {
  /** `prefs.backup.daily`, read at every look. */
  enabled(): boolean;
  /** The newest daily or on-quit backup in the folder that is not later than `notAfter` (now). */
  lastBackupAt(notAfter: number): Promise<number | null>;
  run(): Promise<BackupNowResult>;
  now?: () => number;
  log?: (message: string, detail?: unknown) => void;
  startDelayMs?: number;
  checkMs?: number;
}

export interface BackupSchedule {
  start(): void;
  /** The prefs changed: stop when the daily backup was turned off, look soon when it was turned on. */
  refresh(): void;
  stop(): void;
  /** The instant the next daily backup is due, once a look has found it; null when off or not looked yet. */
  dueAt(): number | null;
  /** The instant the timer fires, null when none is armed. */
  wakesAt(): number | null;
}

export function createBackupSchedule({
  enabled,
  lastBackupAt,
  run,
  now = Date.now,
  log = () => undefined,
  startDelayMs = START_DELAY_MS,
  checkMs = CHECK_MS,
}: BackupScheduleOptions): BackupSchedule {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let wakeAt: number | null = null;
  let due: number | null = null;
  let looking = false;
  let started = false;
  let stopped = false;

  function disarm(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    wakeAt = null;
  }

  function arm(delay: number): void {
    disarm();
    if (stopped || !enabled()) return;
    const wait = Math.max(0, Math.min(delay, checkMs));
    wakeAt = now() + wait;
    timer = setTimeout(() => void look(), wait);
  }

  async function look(): Promise<void> {
    disarm();
    if (stopped || looking || !enabled()) return;
    looking = true;
    try {
      const last = await lastBackupAt(now());
      due = last === null ? now() : last + DAY_MS;
      if (now() >= due) {
        const result = await run();
        if (result.status === 'saved') due = result.at + DAY_MS;
        else {
          log('daily backup not made; trying again within the hour', { code: result.code, params: result.params });
          due = now() + checkMs;
        }
      }
    } catch (error) {
      log('daily backup check failed', error);
      due = now() + checkMs;
    } finally {
      looking = false;
    }
    if (!stopped && enabled()) arm(due - now());
    else due = null;
  }

  const onResume = () => {
    if (!looking) arm(0);
  };

  return {
    start() {
      if (started || stopped) return;
      started = true;
      powerMonitor.on('resume', onResume);
      arm(startDelayMs);
    },
    refresh() {
      if (!started || stopped) return;
      if (!enabled()) {
        disarm();
        due = null;
      } else if (timer === null && !looking) arm(startDelayMs);
    },
    stop() {
      stopped = true;
      disarm();
      due = null;
      powerMonitor.removeListener('resume', onResume);
    },
    dueAt: () => due,
    wakesAt: () => wakeAt,
  };
}

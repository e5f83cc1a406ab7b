/**
 * Names of the files in the backups folder and which of them rotation keeps.
 * Pure: the caller lists the folder and deletes; this only decides. Times in
 * names are local wall-clock time, because that is what the user reads in
 * the folder and what "a calendar month" means to them.
 */
import { BACKUP_EXTENSION, type AutoBackupKind, type BackupPrefs } from './contract';

export const BACKUP_KINDS: readonly AutoBackupKind[] = ['daily', 'on-quit', 'pre-restore'];
/** How many of the backups made just before a restore are kept, whatever the prefs. */
export const KEEP_PRE_RESTORE = 5;

const NAME = new RegExp(`^complaint-desk-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(daily|on-quit|pre-restore)\\.${BACKUP_EXTENSION}$`);
/** The temp file the atomic write leaves behind only if the app died mid-write (see files/atomic-write.ts). */
const TEMP_NAME = new RegExp(`^\\.complaint-desk-\\d{8}-\\d{6}-(daily|on-quit|pre-restore)\\.${BACKUP_EXTENSION}\\.[0-9a-f]{12}\\.tmp$`);

export interface ParsedBackupName {
  name: string;
  kind: AutoBackupKind;
  /** Epoch ms of the local time in the name. */
  at: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `complaint-desk-20261123-093005-daily.cdbak` for that local instant (milliseconds dropped). */
export function backupFileName(at: number, kind: AutoBackupKind): string {
  const d = new Date(at);
  const date = `${pad(d.getFullYear(), 4)}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return `complaint-desk-${date}-${time}-${kind}.${BACKUP_EXTENSION}`;
}

/** The kind and time of one of our backup files; null for anything else (the user's own files, temp files, 20261341-…). */
export function parseBackupName(name: string): ParsedBackupName | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  // Date rolls 31 February over into March; such a name was not written by us.
  const exact =
    date.getFullYear() === year &&
    date.getMonth() === month - 1 &&
    date.getDate() === day &&
    date.getHours() === hours &&
    date.getMinutes() === minutes &&
    date.getSeconds() === seconds;
  return exact ? { name, kind: match[7] as AutoBackupKind, at: date.getTime() } : null;
}

export const isBackupTempName = (name: string): boolean => TEMP_NAME.test(name);

/** Daily and on-quit backups together are the automatic ones the schedule and the daily count look at. */
export const isAutomatic = (kind: AutoBackupKind): boolean => kind === 'daily' || kind === 'on-quit';

/**
 * The newest automatic backup's time, or null when there is none. Names later
 * than `notAfter` (made while the clock was ahead) do not count: one from next
 * year must not hold back every daily backup until then.
 */
export function newestAutomaticAt(names: readonly string[], notAfter = Infinity): number | null {
  let newest: number | null = null;
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed || !isAutomatic(parsed.kind) || parsed.at > notAfter) continue;
    if (newest === null || parsed.at > newest) newest = parsed.at;
  }
  return newest;
}

const monthIndex = (at: number) => {
  const d = new Date(at);
  return d.getFullYear() * 12 + d.getMonth();
};
const dayIndex = (at: number) => {
  const d = new Date(at);
  return (d.getFullYear() * 12 + d.getMonth()) * 31 + d.getDate();
};
/** Newest first; equal times by name so that the decision never depends on the listing order. */
const newestFirst = (a: ParsedBackupName, b: ParsedBackupName) => b.at - a.at || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);

/**
 * The backup files rotation deletes, given the folder's names:
 * keeps the newest `keepDaily` automatic backups and, besides them, the newest
 * automatic backup of each of the `keepDaily` latest days that have one (a
 * day of many quits, or of 立即备份, would otherwise push every earlier day
 * out: after a bad day only copies of its data would be left), the newest automatic backup
 * of each of the last `keepMonthly` calendar months (this month included), the
 * newest KEEP_PRE_RESTORE pre-restore backups, and every name in `protect`
 * (the file just written, even when the clock was set back and "newer" files
 * exist). Names that are not ours are never in the result.
 */
export function backupsToDelete(
  names: readonly string[],
  prefs: Pick<BackupPrefs, 'keepDaily' | 'keepMonthly'>,
  now: number,
  protect: readonly string[] = [],
): string[] {
  const parsed = names.map(parseBackupName).filter((p): p is ParsedBackupName => p !== null);
  const automatic = parsed.filter((p) => isAutomatic(p.kind)).sort(newestFirst);
  const preRestore = parsed.filter((p) => p.kind === 'pre-restore').sort(newestFirst);

  const keep = new Set<string>(protect);
  for (const p of automatic.slice(0, prefs.keepDaily)) keep.add(p.name);
  const daysSeen = new Set<number>();
  for (const p of automatic) {
    const day = dayIndex(p.at);
    if (daysSeen.has(day)) continue;
    if (daysSeen.size === prefs.keepDaily) break;
    daysSeen.add(day);
    keep.add(p.name);
  }
  for (const p of preRestore.slice(0, KEEP_PRE_RESTORE)) keep.add(p.name);

  const thisMonth = monthIndex(now);
  const monthsSeen = new Set<number>();
  for (const p of automatic) {
    const month = monthIndex(p.at);
    const age = thisMonth - month;
    if (age < 0 || age >= prefs.keepMonthly || monthsSeen.has(month)) continue;
    monthsSeen.add(month);
    keep.add(p.name);
  }

  return parsed.filter((p) => !keep.has(p.name)).map((p) => p.name);
}

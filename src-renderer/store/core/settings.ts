import { createCalendar, type WorkCalendar } from '../../domain/clocks/calendar';
import { DEFAULT_SETTINGS, SETTINGS_KEYS, type Settings } from '../../domain/settings/settings';
import type { DeskDb } from '../db';

export interface SettingsReader extends Settings {
  workCalendar: WorkCalendar;
}

/** The centre's settings with defaults for anything never saved. */
export async function readSettings(db: DeskDb): Promise<SettingsReader> {
  const rows = await db.settings.bulkGet(SETTINGS_KEYS);
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  rows.forEach((row, i) => {
    if (row) settings[SETTINGS_KEYS[i]!] = row.value;
  });
  const typed = settings as unknown as Settings;
  return { ...typed, workCalendar: createCalendar(typed.calendar) };
}

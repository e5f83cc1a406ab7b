import { canonicalJson } from '../../domain/audit/chain';
import { createCalendar, type WorkCalendar } from '../../domain/clocks/calendar';
import { slaWithDefaults } from '../../domain/clocks/sla-settings';
import { DEFAULT_SETTINGS, SETTINGS_KEYS, type Settings } from '../../domain/settings/settings';
import type { DeskDb } from '../db';
import type { StoreContext } from '../rpc/define';
import { appendAudit } from './audit';
import type { AuditActor } from '../../domain/audit/chain';

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
  const saved = settings as unknown as Settings;
  const typed: Settings = { ...saved, sla: slaWithDefaults(saved.sla) };
  return { ...typed, workCalendar: createCalendar(typed.calendar) };
}

/**
 * Stores one settings key, audited with its value before and after, and
 * announces the change. Call inside a transaction over settings and the audit tables.
 * Saving what is already in effect (the stored value, or the default of a key never
 * saved) changes nothing and writes nothing: no audit entry that changed no field.
 */
export async function writeSetting(ctx: StoreContext, key: string, value: unknown, command: string, by: AuditActor | null = null): Promise<void> {
  const { db } = ctx;
  const before = await db.settings.get(key);
  // What is in effect: time limits saved before 回访时限 read it by its default.
  const inEffect = before ? (key === 'sla' ? slaWithDefaults(before.value as Settings['sla']) : before.value) : (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key];
  if (inEffect !== undefined && canonicalJson(inEffect) === canonicalJson(value)) return;
  await db.settings.put({ key, value });
  // `by`: the first administrator, whose setup writes the names the desk starts with (nobody is signed in yet).
  const actor = by ?? ctx.actor!;
  await appendAudit(db, {
    subject: 'settings',
    at: ctx.now(),
    actor: { id: actor.id, name: actor.name, role: actor.role },
    command,
    before: { [key]: before?.value ?? null },
    after: { [key]: value },
  });
  ctx.changed('settings', key);
}

import { z } from 'zod';
import { LEXICON_EDITION } from '../../../domain/assist/lexicon-editions';
import { officialDays } from '../../../domain/clocks/calendar';
import { DeskError } from '../../../domain/common/errors';
import { DepartmentRename } from '../../../domain/settings/departments';
import { settingsFieldErrors } from '../../../domain/settings/ranges';
import { SETTINGS_KEYS, SettingsSchemas, type Settings, type SettingsKey } from '../../../domain/settings/settings';
import { readSettings, writeSetting } from '../../core/settings';
import { command, query, type ServiceModule } from '../../rpc/define';
import { checkCategoryDepartments, saveDepartments } from './departments';

const get = query(z.object({}).default({}), async (ctx): Promise<Settings> => {
  const { workCalendar: _calendar, ...settings } = await readSettings(ctx.db);
  return settings;
});

/** The official holiday data this build carries, so the admin sees what is already known. */
const official = query(z.object({}).default({}), async () => officialDays());

const UpdateInput = z.object({
  key: z.enum(SETTINGS_KEYS as [SettingsKey, ...SettingsKey[]], { error: 'validation.chooseOne' }),
  value: z.unknown(),
  /** `departments` only: rows renamed in place, so what names them follows (store/services/settings/departments.ts). */
  renames: z.array(DepartmentRename).max(100).default([]),
  /**
   * The value the form was started from (or the latest, once its user was told it changed): refused
   * when the stored value is another, so a save never silently undoes a change made elsewhere meanwhile.
   */
  base: z.unknown().optional(),
});

/** Saves one settings key after validating it with that key's schema. */
const update = command(UpdateInput, async (ctx, { key, value, renames, base }) => {
  const parsed = SettingsSchemas[key].safeParse(value);
  if (!parsed.success) {
    throw new DeskError({
      code: 'validation.failed',
      fields: settingsFieldErrors(key, value, parsed.error).map((f) => ({ ...f, field: f.field === '_' ? key : `${key}.${f.field}` })),
    });
  }
  if (renames.length > 0 && key !== 'departments') throw new DeskError({ code: 'validation.failed', fields: [{ field: 'renames', code: 'validation.invalid' }] });
  // A lexicon saved now was saved against this build's built-in list: what it lacks of it is the admin's choice.
  const saved = key === 'assist' ? { ...(parsed.data as Settings['assist']), lexiconEdition: LEXICON_EDITION } : parsed.data;
  const { db } = ctx;
  // cases and prefs: a department renamed in place renames the open cases and follow choices naming it;
  // imports: an import under way holds a rename back; one to be resumed follows it.
  return db.transaction('rw', [db.settings, db.users, db.cases, db.prefs, db.imports, db.audit, db.auditHeads], async () => {
    if (base !== undefined && JSON.stringify((await readSettings(db))[key]) !== JSON.stringify(base)) {
      throw new DeskError({ code: 'settings.changedElsewhere' });
    }
    if (key === 'departments') await saveDepartments(ctx, parsed.data as Settings['departments'], renames);
    else {
      if (key === 'categories') await checkCategoryDepartments(ctx, parsed.data as Settings['categories']);
      await writeSetting(ctx, key, saved, 'settings.update');
    }
    return saved;
  });
}, { access: 'settings.update' });

/** 设置: the centre's name, departments, categories, time limits and calendar. */
export const settingsService = {
  'settings.get': get,
  'settings.official': official,
  'settings.update': update,
} satisfies ServiceModule;

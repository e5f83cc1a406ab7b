import { z } from 'zod';
import { officialDays } from '../../../domain/clocks/calendar';
import { DeskError } from '../../../domain/common/errors';
import { toFieldErrors } from '../../../domain/common/validation';
import { SETTINGS_KEYS, SettingsSchemas, type Settings, type SettingsKey } from '../../../domain/settings/settings';
import { readSettings, writeSetting } from '../../core/settings';
import { command, query, type ServiceModule } from '../../rpc/define';

const get = query(z.object({}).default({}), async (ctx): Promise<Settings> => {
  const { workCalendar: _calendar, ...settings } = await readSettings(ctx.db);
  return settings;
});

/** The official holiday data this build carries, so the admin sees what is already known. */
const official = query(z.object({}).default({}), async () => officialDays());

const UpdateInput = z.object({
  key: z.enum(SETTINGS_KEYS as [SettingsKey, ...SettingsKey[]], { error: 'validation.chooseOne' }),
  value: z.unknown(),
});

/** Saves one settings key after validating it with that key's schema. */
const update = command(UpdateInput, async (ctx, { key, value }) => {
  const parsed = SettingsSchemas[key].safeParse(value);
  if (!parsed.success) {
    throw new DeskError({
      code: 'validation.failed',
      fields: toFieldErrors(parsed.error).map((f) => ({ ...f, field: f.field === '_' ? key : `${key}.${f.field}` })),
    });
  }
  const { db } = ctx;
  return db.transaction('rw', db.settings, db.audit, db.auditHeads, async () => {
    await writeSetting(ctx, key, parsed.data, 'settings.update');
    return parsed.data;
  });
}, { access: 'settings.update' });

/** 设置: the centre's name, departments, categories, time limits and calendar. */
export const settingsService = {
  'settings.get': get,
  'settings.official': official,
  'settings.update': update,
} satisfies ServiceModule;

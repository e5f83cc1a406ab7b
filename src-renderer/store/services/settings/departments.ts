import { DeskError, type FieldError } from '../../../domain/common/errors';
import { followDepartments, type DepartmentRename } from '../../../domain/settings/departments';
import type { Settings } from '../../../domain/settings/settings';
import { readSettings, writeSetting } from '../../core/settings';
import type { StoreContext } from '../../rpc/define';

/**
 * Saves a new department list and, in the same transaction, the categories'
 * defaults renamed with it (audited as their own settings change). Refuses to
 * drop a department a category still proposes: grading would offer a department
 * that no longer exists. Call inside a transaction over settings and the audit tables.
 */
export async function saveDepartments(ctx: StoreContext, departments: string[], renames: readonly DepartmentRename[]): Promise<void> {
  const saved = await readSettings(ctx.db);
  const { categories, inUse } = followDepartments(saved.categories, saved.departments, departments, renames);
  if (inUse.length > 0) {
    throw new DeskError({
      code: 'validation.failed',
      fields: inUse.map(({ department }) => ({ field: 'departments', code: 'settings.departmentInUse', params: { department } })),
    });
  }
  await writeSetting(ctx, 'departments', departments, 'settings.update');
  if (categories !== saved.categories) await writeSetting(ctx, 'categories', categories, 'settings.update');
}

/** Each category's default department must be on the list, as grading only accepts those. */
export async function checkCategoryDepartments(ctx: StoreContext, categories: Settings['categories']): Promise<void> {
  const { departments } = await readSettings(ctx.db);
  const fields: FieldError[] = Object.entries(categories)
    .filter(([, settings]) => !departments.includes(settings.department))
    .map(([category]) => ({ field: `categories.${category}.department`, code: 'validation.notInList' }));
  if (fields.length > 0) throw new DeskError({ code: 'validation.failed', fields });
}

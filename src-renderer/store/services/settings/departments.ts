import { DeskError, type FieldError } from '../../../domain/common/errors';
import { followDepartments, renameMap, type DepartmentRename } from '../../../domain/settings/departments';
import type { Settings } from '../../../domain/settings/settings';
import { readSettings, writeSetting } from '../../core/settings';
import type { StoreContext } from '../../rpc/define';

/**
 * Saves a new department list and, in the same transaction, the categories'
 * defaults renamed with it (audited as their own settings change). Refuses to
 * drop a department a category still proposes (grading would offer a department
 * that no longer exists) or an active colleague still belongs to. A rename leaves
 * users and cases as they are: a supervisor is alerted for the cases of their own
 * department by name, and the graded cases keep theirs. Call inside a transaction
 * over settings, users and the audit tables.
 */
export async function saveDepartments(ctx: StoreContext, departments: string[], renames: readonly DepartmentRename[]): Promise<void> {
  const saved = await readSettings(ctx.db);
  const { categories, inUse } = followDepartments(saved.categories, saved.departments, departments, renames);
  const renamed = renameMap(departments, renames);
  const users = await ctx.db.users.toArray();
  const dropped = (department: string) => !renamed.has(department) && !departments.includes(department) && saved.departments.includes(department);
  const staffed = new Map<string, string[]>();
  for (const user of users) {
    if (user.active === 1 && dropped(user.department)) staffed.set(user.department, [...(staffed.get(user.department) ?? []), user.name]);
  }
  const fields: FieldError[] = [
    ...inUse.map(({ department }) => ({ field: 'departments', code: 'settings.departmentInUse', params: { department } })),
    ...[...staffed].map(([department, names]) => ({ field: 'departments', code: 'settings.departmentHasUsers', params: { department, users: names.join('、') } })),
  ];
  if (fields.length > 0) throw new DeskError({ code: 'validation.failed', fields });
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

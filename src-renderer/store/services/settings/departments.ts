import type { CaseRecord } from '../../../domain/cases/case';
import { DeskError, type FieldError } from '../../../domain/common/errors';
import { followDepartments, renameCaseDepartments, renameFollowed, renameMap, widenDepartmentFilter, type DepartmentRename } from '../../../domain/settings/departments';
import type { SavedView } from '../../../domain/tracking/views';
import type { Settings } from '../../../domain/settings/settings';
import { renameMappedDepartments } from '../../../domain/imports/value-map';
import { importUnderWay } from '../../imports/jobs';
import { FOLLOW_PREF, readFollow } from '../../alerts/context';
import { appendAudit } from '../../core/audit';
import { withDerivedFields } from '../../core/derived';
import { savedViews, VIEWS_PREF } from '../../core/saved-views';
import { readSettings, writeSetting } from '../../core/settings';
import { auditUser } from '../../core/users';
import type { StoreContext } from '../../rpc/define';
import { casesOfDropped, casesStillCounting } from './open-cases';

/** The audit command of a record renamed with its department. */
export const RENAME_COMMAND = 'settings.renameDepartment';

/**
 * Saves a new department list and, in the same transaction, everything that names a renamed
 * department: the categories' defaults (audited as their own settings change), its users and the
 * cases still being handled (each audited), and the departments supervisors follow. They move
 * together because supervisors are alerted for the cases of their department by its name: a user
 * left on the old name would stop hearing of the cases graded under the new one, and the reverse.
 * Ended cases keep the name they ended under. Refuses to drop a department a category still
 * proposes (grading would offer a department that no longer exists), an active colleague still
 * belongs to, or a case still counting names (open, owing a 12315 reply or within quality review:
 * `casesOfDropped`). Call inside a transaction over
 * settings, users, cases, prefs and the audit tables.
 */
export async function saveDepartments(ctx: StoreContext, departments: string[], renames: readonly DepartmentRename[]): Promise<void> {
  const saved = await readSettings(ctx.db);
  refuseUnknownRenames(saved.departments, departments, renames);
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
    ...[...staffed].map(([department, names]) => ({ field: 'departments', code: 'settings.departmentHasUsers', params: { department, users: names } })),
    ...(await casesOfDropped(ctx, saved.departments.filter(dropped))),
  ];
  if (fields.length > 0) throw new DeskError({ code: 'validation.failed', fields });
  if (renamed.size > 0) await refuseWhileImporting(ctx);
  await writeSetting(ctx, 'departments', departments, 'settings.update');
  if (categories !== saved.categories) await writeSetting(ctx, 'categories', categories, 'settings.update');
  if (renamed.size > 0) await followRenames(ctx, renamed);
}

async function renamedFollow(ctx: StoreContext, userId: string, renamed: ReadonlyMap<string, string>) {
  const follow = await readFollow(ctx.db, userId);
  const departments = renameFollowed(follow.departments, renamed);
  return departments && { ...follow, departments };
}

/** Saved views with their department filters widened to the new names; null when none changes. */
function widenedViews(stored: unknown, renamed: ReadonlyMap<string, string>): SavedView[] | null {
  let changed = false;
  const views = savedViews(stored).map((view) => {
    const departments = widenDepartmentFilter(view.filter.departments, renamed);
    if (!departments) return view;
    changed = true;
    return { ...view, filter: { ...view.filter, departments } };
  });
  return changed ? views : null;
}

/**
 * A rename names a saved row, and that row's old name is gone from the list unless another row took
 * it (a swap): a call renaming a department that stays, or one that never was, would move its users
 * and cases to another department.
 */
function refuseUnknownRenames(saved: readonly string[], departments: readonly string[], renames: readonly DepartmentRename[]): void {
  const fields = renames.flatMap((rename, n) => {
    if (rename.from === rename.to) return [];
    const kept = departments.includes(rename.from) && !renames.some((other) => other !== rename && other.to === rename.from && other.from !== other.to);
    if (!saved.includes(rename.from)) return [{ field: `renames.${n}`, code: 'validation.invalid' }];
    // From the form: a row renamed, and a row added with the old name (the two cannot be told apart from a rename of a department that stays).
    return kept ? [{ field: 'departments', code: 'settings.renameKept', params: { department: rename.from, to: rename.to } }] : [];
  });
  if (fields.length > 0) throw new DeskError({ code: 'validation.failed', fields });
}

/**
 * An import writing now has read its file's departments by the names of its start: the chunks still
 * to come would bring cases under a name that is gone, which nobody follows. The rename waits for it
 * (an interrupted or cancelled one follows the rename when resumed: `renameInImports`).
 */
async function refuseWhileImporting(ctx: StoreContext): Promise<void> {
  const file = await importUnderWay(ctx.db);
  if (file !== null) throw new DeskError({ code: 'settings.importRunning', params: { file } });
}

/** Imports that can still be resumed read the renamed departments by their new names. */
async function renameInImports(ctx: StoreContext, renamed: ReadonlyMap<string, string>): Promise<void> {
  for (const job of await ctx.db.imports.toArray()) {
    if (job.status === 'done' || job.chunksDone >= job.chunkCount) continue;
    const department = renameMappedDepartments(job.valueMap?.department, renamed);
    if (!department) continue;
    await ctx.db.imports.put({ ...job, valueMap: { ...job.valueMap, department } });
    ctx.changed('imports', job.id);
  }
}

/** The renames a case took, as `{ from, to }`, in the order of the list. */
function caseRenames(record: CaseRecord, renamed: ReadonlyMap<string, string>): DepartmentRename[] {
  const asked = (record.verificationRequests ?? []).filter((request) => request.state === 'open').map((request) => request.department);
  const named = new Set([record.department, record.grading?.department, record.plan?.department, ...(record.plan?.collaborators ?? []), ...asked]);
  return [...renamed].filter(([from]) => named.has(from)).map(([from, to]) => ({ from, to }));
}

/** The users, open cases and follow choices that name a renamed department, renamed. */
async function followRenames(ctx: StoreContext, renamed: ReadonlyMap<string, string>): Promise<void> {
  const { db } = ctx;
  const detail = (from: string) => ({ from, to: renamed.get(from)! });
  for (const user of await db.users.toArray()) {
    const to = renamed.get(user.department);
    if (to === undefined) continue;
    const next = { ...user, department: to };
    await db.users.put(next);
    await auditUser(ctx, next, RENAME_COMMAND, user, detail(user.department));
    ctx.changed('users', user.id);
  }
  // A supervisor's choice of departments to follow, and saved views filtering by department (prefs are
  // few: a handful per user).
  for (const row of await db.prefs.filter((pref) => pref.name === FOLLOW_PREF || pref.name === VIEWS_PREF).toArray()) {
    const value = row.name === FOLLOW_PREF ? await renamedFollow(ctx, row.userId, renamed) : widenedViews(row.value, renamed);
    if (value === null) continue;
    await db.prefs.put({ ...row, value });
    ctx.changed('prefs', row.userId);
  }
  await renameInImports(ctx, renamed);
  const actor = ctx.actor!;
  for (const current of await casesStillCounting(ctx)) {
    const changed = renameCaseDepartments(current, renamed);
    if (!changed) continue;
    // Not stamped as updated: an administrative rename does not move a case in the queues sorted by last change.
    const next = withDerivedFields(changed);
    await db.cases.put(next);
    await appendAudit(db, {
      subject: current.id,
      at: ctx.now(),
      actor: { id: actor.id, name: actor.name, role: actor.role },
      command: RENAME_COMMAND,
      before: current,
      after: next,
      detail: { renamed: caseRenames(current, renamed) },
    });
    ctx.changed('cases', current.id);
  }
}

/** Each category's default department must be on the list, as grading only accepts those. */
export async function checkCategoryDepartments(ctx: StoreContext, categories: Settings['categories']): Promise<void> {
  const { departments } = await readSettings(ctx.db);
  const fields: FieldError[] = Object.entries(categories)
    .filter(([, settings]) => !departments.includes(settings.department))
    .map(([category]) => ({ field: `categories.${category}.department`, code: 'validation.notInList' }));
  if (fields.length > 0) throw new DeskError({ code: 'validation.failed', fields });
}

/**
 * The department list and the categories' default departments move together:
 * a department renamed in place is renamed in the categories too, and one a
 * category still proposes cannot be removed.
 */
import { z } from 'zod';
import { CATEGORIES, type Category } from '../cases/vocabulary';
import type { Settings } from './settings';

/** A row of the department list edited in place: the saved name and the new one. */
export const DepartmentRename = z.object({
  from: z.string().trim().min(1).max(60),
  to: z.string().trim().min(1).max(60),
});
export type DepartmentRename = z.infer<typeof DepartmentRename>;

export interface DepartmentInUse {
  department: string;
  categories: Category[];
}

export interface DepartmentsOutcome {
  /** The categories with renamed defaults; the same object when nothing changed. */
  categories: Settings['categories'];
  /** Departments removed from the list that categories still propose. */
  inUse: DepartmentInUse[];
}

/** The renames that take effect (old name → new), all at once: only those to a name on the new list. */
export function renameMap(departments: readonly string[], renames: readonly DepartmentRename[]): Map<string, string> {
  const listed = new Set(departments);
  return new Map(renames.filter((r) => r.from !== r.to && listed.has(r.to)).map((r) => [r.from, r.to]));
}

/**
 * Applies a new department list to the categories' defaults. The renames apply
 * all at once (a swap of two names works) and only to a name on the new list, so
 * a rename to a name that is not there leaves the old one in use, and refused.
 * A default that was already off the `previous` list is left for the categories
 * form to point out: it does not block saving the departments.
 */
export function followDepartments(
  categories: Settings['categories'],
  previous: readonly string[],
  departments: readonly string[],
  renames: readonly DepartmentRename[],
): DepartmentsOutcome {
  const listed = new Set(departments);
  const renamed = renameMap(departments, renames);
  let next = categories;
  const inUse = new Map<string, Category[]>();
  for (const category of CATEGORIES) {
    const current = categories[category];
    const department = renamed.get(current.department) ?? current.department;
    if (department !== current.department) next = { ...next, [category]: { ...current, department } };
    if (!listed.has(department) && previous.includes(department)) inUse.set(department, [...(inUse.get(department) ?? []), category]);
  }
  return { categories: next, inUse: [...inUse].map(([department, list]) => ({ department, categories: list })) };
}

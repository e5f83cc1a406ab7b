/**
 * The department list and the names that follow it: a department renamed in
 * place is renamed in the categories' defaults, its users, the cases still being
 * handled and the departments supervisors follow; one a category still proposes
 * cannot be removed.
 */
import { z } from 'zod';
import { typedString } from '../common/fields';
import type { CaseRecord } from '../cases/case';
import { CATEGORIES, type Category } from '../cases/vocabulary';
import type { Settings } from './settings';

/** A row of the department list edited in place: the saved name and the new one. */
export const DepartmentRename = z.object({
  from: typedString().min(1).max(60),
  to: typedString().min(1).max(60),
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

/**
 * A case still being handled with its departments renamed: the case's, its grading's, its plan's
 * responsible department and collaborators, and the department of an open 核实请求. Null when it names none of the renamed ones. Two
 * departments merged into one (a row renamed to the name of a row removed) leave a collaborator
 * listed once, and never the responsible department too. What was recorded on the way (a check
 * with a department, the case log) keeps the name of its day.
 */
export function renameCaseDepartments(record: CaseRecord, renamed: ReadonlyMap<string, string>): CaseRecord | null {
  const to = (name: string) => renamed.get(name) ?? name;
  const { grading, plan } = record;
  // A 核实请求 still open waits in its department's queue, matched by name; answered or withdrawn, it keeps the name of its day.
  const openRequests = record.verificationRequests?.some((request) => request.state === 'open' && renamed.has(request.department)) === true;
  const touched =
    renamed.has(record.department) ||
    (grading !== null && renamed.has(grading.department)) ||
    (plan !== null && (renamed.has(plan.department) || plan.collaborators.some((name) => renamed.has(name)))) ||
    openRequests;
  if (!touched) return null;
  const planDepartment = plan && to(plan.department);
  return {
    ...record,
    ...(openRequests
      ? { verificationRequests: record.verificationRequests!.map((request) => (request.state === 'open' ? { ...request, department: to(request.department) } : request)) }
      : {}),
    department: to(record.department),
    grading: grading && { ...grading, department: to(grading.department) },
    plan: plan && {
      ...plan,
      department: planDepartment!,
      collaborators: [...new Set(plan.collaborators.map(to))].filter((name) => name !== planDepartment),
    },
  };
}

/** A supervisor's followed departments renamed, each once (two merged into one); null when none is. */
export function renameFollowed(departments: readonly string[], renamed: ReadonlyMap<string, string>): string[] | null {
  return departments.some((name) => renamed.has(name)) ? [...new Set(departments.map((name) => renamed.get(name) ?? name))] : null;
}

/**
 * A saved view's department filter after a rename; null when it names no renamed department. Each
 * renamed department's new name is added beside the old one, so the view goes on showing the ended
 * cases it showed (they keep the old name) and the open ones now under the new name — unless the old
 * name now belongs to another department (a swap, or a chain A→B, B→C): then it is replaced, or the
 * view would show that department's cases.
 */
export function widenDepartmentFilter(departments: readonly string[], renamed: ReadonlyMap<string, string>): string[] | null {
  if (!departments.some((name) => renamed.has(name))) return null;
  const reused = new Set(renamed.values());
  const out: string[] = [];
  const add = (name: string) => void (out.includes(name) || out.push(name));
  for (const name of departments) {
    const to = renamed.get(name);
    if (to === undefined || !reused.has(name)) add(name);
    if (to !== undefined) add(to);
  }
  return out;
}

import type { DepartmentFigures } from '../../../domain/dashboard/figures';

export const DEPARTMENT_COLUMNS = ['department', 'received', 'responseRate', 'resolutionRate', 'meanResolution', 'satisfaction', 'reopenRate', 'overdueNow'] as const;
export type DepartmentColumn = (typeof DEPARTMENT_COLUMNS)[number];
export interface DepartmentSort {
  column: DepartmentColumn;
  dir: 'asc' | 'desc';
}

/** The value a column sorts by; null (no clock completed, no survey) sorts last either way. */
export function sortValue(row: DepartmentFigures, column: DepartmentColumn): string | number | null {
  switch (column) {
    case 'department':
      return row.department;
    case 'received':
      return row.received;
    case 'responseRate':
      return row.response.rate;
    case 'resolutionRate':
      return row.resolution.rate;
    case 'meanResolution':
      return row.resolution.meanMs;
    case 'satisfaction':
      return row.satisfaction;
    case 'reopenRate':
      return row.reopenRate;
    case 'overdueNow':
      return row.overdueNow;
  }
}

export function sortDepartments(rows: readonly DepartmentFigures[], sort: DepartmentSort, collator: Intl.Collator): DepartmentFigures[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.column);
    const y = sortValue(b, sort.column);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' || typeof y === 'string' ? collator.compare(String(x), String(y)) : x - y;
    return sign * order || collator.compare(a.department, b.department);
  });
}

/** A click on a header: the same column flips, another starts with its most telling end (names A–Z, figures highest first). */
export function nextSort(current: DepartmentSort, column: DepartmentColumn): DepartmentSort {
  if (current.column === column) return { column, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { column, dir: column === 'department' ? 'asc' : 'desc' };
}

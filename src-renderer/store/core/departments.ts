import { DeskError } from '../../domain/common/errors';

/**
 * Refuses a department that is not one of the desk's (Settings → 中心与归档): every form offers
 * only those, and a name typed elsewhere would be a department no filter, report or alert knows.
 * `fields` maps each field to the departments it holds; the first unknown one is named.
 */
export function refuseUnknownDepartments(configured: readonly string[], fields: Record<string, string | readonly string[]>): void {
  for (const [field, value] of Object.entries(fields)) {
    const list = typeof value === 'string' ? [value] : value;
    if (list.some((department) => !configured.includes(department))) {
      throw new DeskError({ code: 'validation.failed', fields: [{ field, code: 'validation.notInList' }] });
    }
  }
}

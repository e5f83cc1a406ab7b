import type { z } from 'zod';
import type { FieldError } from './errors';

/**
 * Turns zod issues into field errors. Schemas in domain/ use i18n keys as
 * their messages; any issue that does not (a wrong type from a hand-crafted
 * call) is reported as `validation.invalid` so the user never sees zod's text.
 */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '_';
    const code = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
    const params: Record<string, string | number> = {};
    if ('maximum' in issue && typeof issue.maximum === 'number') params.max = issue.maximum;
    if ('minimum' in issue && typeof issue.minimum === 'number') params.min = issue.minimum;
    // A refinement names what its message mentions (e.g. the clashing day of `validation.dayBothWays`).
    if (issue.code === 'custom' && issue.params) {
      for (const [key, value] of Object.entries(issue.params)) if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    }
    return Object.keys(params).length > 0 ? { field, code, params } : { field, code };
  });
}

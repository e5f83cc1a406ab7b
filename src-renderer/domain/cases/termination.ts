import { z } from 'zod';
import { id, requiredText, typedString } from '../common/fields';
import type { CaseStatus } from '../lifecycle/machine';
import type { Person } from './case';

/**
 * 终止处理: why a case ended before its loop was done — the customer withdrew the complaint
 * (撤诉), could not be reached however often the desk tried, or complained twice about the same
 * matter (the other case handles it). A terminated case is final: its deadlines stop, it counts
 * as neither handled nor satisfied, and it is archived and anonymised like a closed one.
 */
export const TERMINATION_REASONS = ['withdrawn', 'unreachable', 'duplicate', 'other'] as const;
export type TerminationReason = (typeof TERMINATION_REASONS)[number];

export interface TerminationRecord {
  reason: TerminationReason;
  note: string;
  /** The case that handles the matter, for a duplicate. */
  duplicateOf?: { id: string; no: string };
  /** The status it was terminated in: the step where the stepper shows it ended. */
  from: CaseStatus;
  at: number;
  by: Person;
}

export const TerminateInput = z
  .object({
    caseId: id(),
    reason: z.enum(TERMINATION_REASONS, { error: 'validation.chooseOne' }),
    note: requiredText(2000),
    /** The number of the case that handles the matter (duplicates only). */
    duplicateOfNo: typedString('validation.invalid').toUpperCase().max(40, { error: 'validation.tooLong' }).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.reason === 'duplicate' && value.duplicateOfNo === '') {
      ctx.addIssue({ code: 'custom', path: ['duplicateOfNo'], message: 'validation.required' });
    }
  });
export type TerminateInput = z.input<typeof TerminateInput>;

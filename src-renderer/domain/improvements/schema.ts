import { z } from 'zod';
import { id, optionalText, requiredText } from '../common/fields';
import type { Person } from '../cases/case';

/** 整改措施: a root cause and its corrective action, linked to cases, checked for effect later. */
export interface ImprovementRecord {
  id: string;
  title: string;
  rootCause: string;
  action: string;
  owner: Person;
  dueAt: number;
  caseIds: string[];
  status: 'open' | 'verified';
  effective: boolean | null;
  verificationNote: string;
  createdAt: number;
  updatedAt: number;
  verifiedAt: number | null;
  verifiedBy: Person | null;
}

export const SaveImprovementInput = z.object({
  id: id().optional(),
  title: requiredText(200),
  rootCause: requiredText(4000),
  action: requiredText(4000),
  ownerId: id(),
  dueAt: z.number({ error: 'validation.required' }).int().min(Date.UTC(2000, 0, 1), { error: 'validation.invalid' }),
  caseIds: z.array(id()).min(1, { error: 'validation.casesRequired' }).max(500),
});

export const VerifyImprovementInput = z.object({
  id: id(),
  effective: z.boolean({ error: 'validation.chooseOne' }),
  note: optionalText(4000),
});

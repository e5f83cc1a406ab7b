import type { CompensationType } from '../../../../domain/cases/vocabulary';

/** The plan dialog's fields, named as in the plans.submit schema so the store host's field errors land on them. */
export interface PlanValues {
  measures: string[];
  ownerId: string;
  department: string;
  collaborators: string[];
  dueAt: string;
  resources: string;
  compensation: { type: CompensationType; amount: number | string };
  legalRisk: boolean;
}

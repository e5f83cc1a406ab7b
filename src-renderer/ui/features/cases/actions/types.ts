import type { CaseRecord } from '../../../../domain/cases/case';

/** What every action form gets: the case as shown, and how to leave the dialog. */
export interface ActionProps {
  record: CaseRecord;
  onDone(): void;
  onCancel(): void;
}

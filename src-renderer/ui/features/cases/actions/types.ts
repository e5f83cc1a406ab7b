import type { CaseRecord } from '../../../../domain/cases/case';
import type { OwnerStanding } from '../../../../domain/tracking/row';

/** What every action form gets: the case as shown, and how to leave the dialog. */
export interface ActionProps {
  record: CaseRecord;
  /** Present when the plan's 负责人 can no longer carry the case out (cases.detail): approval is refused then. */
  planOwnerStanding?: OwnerStanding;
  /** `confirmation`: what the notice says when "已完成：<command>" would not tell which way it went. */
  onDone(confirmation?: string): void;
  onCancel(): void;
}

import type { CaseRecord } from '../../../../domain/cases/case';

/** What every action form gets: the case as shown, and how to leave the dialog. */
export interface ActionProps {
  record: CaseRecord;
  /** `confirmation`: what the notice says when "已完成：<command>" would not tell which way it went. */
  onDone(confirmation?: string): void;
  onCancel(): void;
}

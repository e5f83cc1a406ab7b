import type { Person } from './case';
import type { Channel } from './vocabulary';

/** The append-only records of a case, one row each, shown in stage sections and the timeline. */
export type EntryData =
  | { kind: 'check'; department: string; checked: string; finding: string }
  | { kind: 'contact'; channel: Channel; contactedAt: number; summary: string }
  | { kind: 'progress'; text: string }
  | { kind: 'pause'; reason: string }
  | { kind: 'resume'; note: string }
  | { kind: 'feedbackAttempt'; channel: Channel; note: string }
  | { kind: 'reopen'; reason: string }
  | { kind: 'qualityReturn'; reason: string };

export type EntryKind = EntryData['kind'];

export type CaseEntry = EntryData & {
  id: string;
  caseId: string;
  at: number;
  by: Person;
};

export interface AttachmentMeta {
  id: string;
  caseId: string;
  name: string;
  type: string;
  size: number;
  addedAt: number;
  addedBy: Person;
  /** The step of the loop it was added in, e.g. `verification` for evidence. */
  step: string;
}

export interface AttachmentRecord extends AttachmentMeta {
  data: Blob;
}

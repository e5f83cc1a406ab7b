import type { Person } from './case';
import type { Channel, UnreachableReason } from './vocabulary';

/** The append-only records of a case, one row each, shown in stage sections and the timeline. */
export type EntryData =
  /** `requestId`: the 核实请求 it answers (the department's reply); absent on a check recorded by phone. */
  | { kind: 'check'; department: string; checked: string; finding: string; requestId?: string }
  /**
   * A contact with the customer about the case. `inbound`: they called or came in (absent: the desk
   * reached them); `chase`: they chased the case (催办: asked where it stands, asked to hurry it).
   */
  | { kind: 'contact'; channel: Channel; contactedAt: number; summary: string; inbound?: true; chase?: true }
  /** `outcome`: the summary the handling was completed with (处理结果), not a step along the way (schema 8). */
  | { kind: 'progress'; text: string; outcome?: true }
  | { kind: 'pause'; reason: string }
  | { kind: 'resume'; note: string }
  /**
   * A callback that did not reach the customer. `calledAt`: when the call was made (the entry's `at` is
   * when it was recorded, perhaps at the day's end); `reason`: why it failed. Both absent on attempts
   * recorded before the desk asked for them.
   */
  | { kind: 'feedbackAttempt'; channel: Channel; note: string; reason?: UnreachableReason; calledAt?: number }
  | { kind: 'reopen'; reason: string }
  | { kind: 'qualityReturn'; reason: string };

export type EntryKind = EntryData['kind'];

/** How an entry of the handling is labelled: 处理结果 for the summary the handling was completed with, else its kind. */
export function executionKind<K extends EntryKind>(entry: { kind: K; outcome?: true }): K | 'outcome' {
  return entry.kind === 'progress' && entry.outcome === true ? 'outcome' : entry.kind;
}

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
  /** SHA-256 of its bytes, lower-case hex: a second copy is refused by it. Absent on files kept before hashes were. */
  sha256?: string;
  /** 撤下: taken off the case (attached by mistake); its bytes deleted, this record kept as it was. */
  withdrawn?: AttachmentWithdrawal;
}

/** Who took a file off the case, when and why; the record's name, size and hash are the file's as it was. */
export interface AttachmentWithdrawal {
  at: number;
  by: Person;
  reason: string;
}

/** A file as the case holds it, its bytes with it. */
export interface AttachmentRecord extends AttachmentMeta {
  data: Blob;
}

/** A row of the attachments table: a file with its bytes, or one withdrawn, whose bytes are gone. */
export type StoredAttachment = AttachmentMeta & { data?: Blob };

import { Dexie, type EntityTable, type Table } from 'dexie';
import type { AuditEvent } from '../domain/audit/chain';
import type { CaseRecord } from '../domain/cases/case';
import type { AttachmentRecord, CaseEntry } from '../domain/cases/entries';
import type { ImprovementRecord } from '../domain/improvements/schema';
import type { UserRecord } from '../domain/users/user';

export interface CounterRecord {
  /** e.g. `case-no:20261123` */
  key: string;
  value: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The newest event of each audit chain, so removing events from the end is detected too. */
export interface AuditHeadRecord {
  subject: string;
  n: number;
  hash: string;
}

export interface SessionRecord {
  token: string;
  userId: string;
  createdAt: number;
  lastSeenAt: number;
}

/** A user's own settings of the UI (saved views, table layout), keyed by user and name. */
export interface PrefRecord {
  userId: string;
  name: string;
  value: unknown;
}

export const DB_NAME = 'complaint-desk';
/** 2: user preferences (saved views and table layouts of the tracking table); closed cases not yet archived by index. */
export const SCHEMA_VERSION = 2;

/** The one Dexie database class of the app; only the store host opens it. */
export class DeskDb extends Dexie {
  cases!: EntityTable<CaseRecord, 'id'>;
  entries!: EntityTable<CaseEntry, 'id'>;
  attachments!: EntityTable<AttachmentRecord, 'id'>;
  audit!: Table<AuditEvent, [string, number]>;
  auditHeads!: EntityTable<AuditHeadRecord, 'subject'>;
  users!: EntityTable<UserRecord, 'id'>;
  sessions!: EntityTable<SessionRecord, 'token'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  counters!: EntityTable<CounterRecord, 'key'>;
  improvements!: EntityTable<ImprovementRecord, 'id'>;
  prefs!: Table<PrefRecord, [string, string]>;

  constructor(name = DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(SCHEMA_VERSION).stores({
      cases:
        '&id, &no, [receivedAt+id], updatedAt, responseDueAt, nextDueAt, status, severity, channel, category, department, owner.id, archived, closedAt, [archived+closedAt], phone, email',
      entries: '&id, [caseId+at]',
      attachments: '&id, caseId',
      audit: '[subject+n], at, command, actor.id',
      auditHeads: '&subject',
      users: '&id, &username',
      sessions: '&token, userId',
      settings: '&key',
      counters: '&key',
      improvements: '&id, status, dueAt, *caseIds',
      prefs: '&[userId+name]',
    });
  }
}

import { Dexie, type EntityTable } from 'dexie';
import type { CaseRecord } from '../domain/cases/case';

export interface CounterRecord {
  /** e.g. `case-no:20261123` */
  key: string;
  value: number;
}

export interface AuditRecord {
  seq?: number;
  caseId: string;
  at: number;
  command: string;
  actor: string;
  after: unknown;
}

export const DB_NAME = 'complaint-desk';
export const SCHEMA_VERSION = 1;

/** The one Dexie database class of the app; only the store host opens it. */
export class DeskDb extends Dexie {
  cases!: EntityTable<CaseRecord, 'id'>;
  counters!: EntityTable<CounterRecord, 'key'>;
  audit!: EntityTable<AuditRecord, 'seq'>;

  constructor(name = DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(SCHEMA_VERSION).stores({
      cases: '&id, &no, [receivedAt+id], updatedAt, responseDueAt, status, severity, channel',
      counters: '&key',
      audit: '++seq, caseId, at',
    });
  }
}

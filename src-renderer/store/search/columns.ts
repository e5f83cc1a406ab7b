/**
 * The tracking index's storage: one typed array per filterable field, one
 * slot ("ordinal") per case, so a filter over 100,000 cases is a tight loop
 * over numbers instead of 100,000 objects read from IndexedDB.
 */
import type { CaseRecord } from '../../domain/cases/case';
import { CATEGORIES, CHANNELS, SEVERITY_RANK, type Category, type Channel, type Severity } from '../../domain/cases/vocabulary';
import { CASE_STATUSES, type CaseStatus } from '../../domain/lifecycle/machine';
import {
  APPROVAL_KINDS,
  approvalAskerOf,
  awaitsRevision,
  chasesOf,
  isPaused,
  mergedIntoOf,
  pendingApprovals,
  resolutionDueOf,
  satisfactionPoints,
  proposedSeverityOf,
  surveyDeclinedOf,
  type ApprovalKind,
} from '../../domain/tracking/row';
import { contactHaystack, textHaystack } from '../../domain/tracking/search';
import { isHeld } from '../../domain/cases/legal-hold';
import { caseFacts, type CaseFacts } from '../../domain/dashboard/facts';

export const STATUS_CODE = Object.fromEntries(CASE_STATUSES.map((s, i) => [s, i])) as Record<CaseStatus, number>;
export const CATEGORY_CODE = Object.fromEntries(CATEGORIES.map((c, i) => [c, i])) as Record<Category, number>;
export const CHANNEL_CODE = Object.fromEntries(CHANNELS.map((c, i) => [c, i])) as Record<Channel, number>;
export const NO_CATEGORY = 255;

/**
 * `declined`: the latest survey is recorded and the customer scored none of its questions (客户不愿评分).
 * The byte is full (with APPROVAL_FLAG's four bits): a further flag needs a wider column.
 */
export const FLAG = { archived: 1, paused: 2, returned: 64, declined: 128 } as const;
export const APPROVAL_FLAG: Record<ApprovalKind, number> = { grading: 4, plan: 8, legal: 16, extension: 32 };

/** The approval a slot's flags say its case waits for (a case waits for one at a time). */
export function awaitingOf(flags: number): ApprovalKind | null {
  return APPROVAL_KINDS.find((kind) => (flags & APPROVAL_FLAG[kind]) !== 0) ?? null;
}

export interface Columns {
  size: number;
  capacity: number;
  alive: Uint8Array;
  ids: string[];
  nos: string[];
  names: string[];
  phones: string[];
  /** Normalized searchable texts (number, customer, order, product, description). */
  texts: string[];
  /** Normalized phone and e-mail, searched only for roles that may see them. */
  contacts: string[];
  receivedAt: Float64Array;
  updatedAt: Float64Array;
  closedAt: Float64Array;
  responseDueAt: Float64Array;
  resolutionDueAt: Float64Array;
  nextDueAt: Float64Array;
  status: Uint8Array;
  severity: Uint8Array;
  category: Uint8Array;
  channel: Uint8Array;
  department: Uint16Array;
  owner: Uint32Array;
  flags: Uint8Array;
  /**
   * Who asked for the approval the case waits for, where that bars them from giving it (an extension
   * request): the approval flags are the case's, this keeps the asker's own request out of their 待审批.
   */
  approvalAsker: Uint32Array;
  /** The latest survey's mean score as exact points (SATISFACTION_SCALE), 0 without a survey or a score. */
  satisfaction: Uint8Array;
  /** 客户催办: how often the customer chased the case (`chasesOf`). */
  chases: Uint8Array;
  /** The severity a grading waiting for approval proposes, where it differs from the case's (SEVERITY_RANK; 0 for none). */
  proposedSeverity: Uint8Array;
  /** 1 while a legal hold stands on the case (`isHeld`). */
  held: Uint8Array;
  /** Slot → the number of the case it was merged into, for the few cases terminated as duplicates. */
  mergedInto: Map<number, string>;
  /** What the dashboard counts, per case (also read by the filters it drills down with). */
  facts: (CaseFacts | undefined)[];
  /** Interned departments and owners: code → value. */
  departments: string[];
  ownerIds: string[];
  ownerNames: string[];
  departmentCodes: Map<string, number>;
  ownerCodes: Map<string, number>;
  /** Interned approval askers: code → user id (0 is nobody). */
  askerIds: string[];
  askerCodes: Map<string, number>;
  ordinals: Map<string, number>;
}

const NUMERIC = ['receivedAt', 'updatedAt', 'closedAt', 'responseDueAt', 'resolutionDueAt', 'nextDueAt'] as const;
const SMALL = ['alive', 'status', 'severity', 'category', 'channel', 'flags', 'satisfaction', 'chases', 'proposedSeverity', 'held'] as const;

export function createColumns(capacity = 1024): Columns {
  return {
    size: 0,
    capacity,
    alive: new Uint8Array(capacity),
    ids: [],
    nos: [],
    names: [],
    phones: [],
    texts: [],
    contacts: [],
    facts: [],
    mergedInto: new Map(),
    receivedAt: new Float64Array(capacity),
    updatedAt: new Float64Array(capacity),
    closedAt: new Float64Array(capacity),
    responseDueAt: new Float64Array(capacity),
    resolutionDueAt: new Float64Array(capacity),
    nextDueAt: new Float64Array(capacity),
    status: new Uint8Array(capacity),
    severity: new Uint8Array(capacity),
    category: new Uint8Array(capacity),
    channel: new Uint8Array(capacity),
    department: new Uint16Array(capacity),
    owner: new Uint32Array(capacity),
    flags: new Uint8Array(capacity),
    approvalAsker: new Uint32Array(capacity),
    satisfaction: new Uint8Array(capacity),
    chases: new Uint8Array(capacity),
    proposedSeverity: new Uint8Array(capacity),
    held: new Uint8Array(capacity),
    // Code 0 is "none" for each.
    departments: [''],
    ownerIds: [''],
    ownerNames: [''],
    departmentCodes: new Map([['', 0]]),
    ownerCodes: new Map([['', 0]]),
    askerIds: [''],
    askerCodes: new Map([['', 0]]),
    ordinals: new Map(),
  };
}

function grow(columns: Columns, needed: number): void {
  if (needed <= columns.capacity) return;
  let capacity = columns.capacity;
  while (capacity < needed) capacity *= 2;
  const widen = <T extends Float64Array | Uint8Array | Uint16Array | Uint32Array>(array: T, make: (n: number) => T): T => {
    const next = make(capacity);
    next.set(array);
    return next;
  };
  for (const key of NUMERIC) columns[key] = widen(columns[key], (n) => new Float64Array(n));
  for (const key of SMALL) columns[key] = widen(columns[key], (n) => new Uint8Array(n));
  columns.department = widen(columns.department, (n) => new Uint16Array(n));
  columns.owner = widen(columns.owner, (n) => new Uint32Array(n));
  columns.approvalAsker = widen(columns.approvalAsker, (n) => new Uint32Array(n));
  columns.capacity = capacity;
}

function intern(values: string[], codes: Map<string, number>, value: string): number {
  const known = codes.get(value);
  if (known !== undefined) return known;
  values.push(value);
  codes.set(value, values.length - 1);
  return values.length - 1;
}

/** Writes a case into its slot (a new one for a case not seen before). */
export function upsertCase(columns: Columns, record: CaseRecord): void {
  let ordinal = columns.ordinals.get(record.id);
  if (ordinal === undefined) {
    ordinal = columns.size;
    grow(columns, ordinal + 1);
    columns.size += 1;
    columns.ordinals.set(record.id, ordinal);
  }
  const i = ordinal;
  columns.alive[i] = 1;
  columns.ids[i] = record.id;
  columns.nos[i] = record.no;
  columns.names[i] = record.customerName;
  columns.phones[i] = record.phone;
  columns.texts[i] = textHaystack(record);
  columns.contacts[i] = contactHaystack(record);
  columns.receivedAt[i] = record.receivedAt;
  columns.updatedAt[i] = record.updatedAt;
  columns.closedAt[i] = record.closedAt ?? NaN;
  columns.responseDueAt[i] = record.responseDueAt ?? NaN;
  columns.resolutionDueAt[i] = resolutionDueOf(record) ?? NaN;
  columns.nextDueAt[i] = record.nextDueAt ?? NaN;
  columns.status[i] = STATUS_CODE[record.status];
  columns.severity[i] = SEVERITY_RANK[record.severity as Severity];
  columns.category[i] = record.category === null ? NO_CATEGORY : CATEGORY_CODE[record.category];
  columns.channel[i] = CHANNEL_CODE[record.channel];
  columns.department[i] = intern(columns.departments, columns.departmentCodes, record.department);
  const ownerCode = intern(columns.ownerIds, columns.ownerCodes, record.owner?.id ?? '');
  if (record.owner) columns.ownerNames[ownerCode] = record.owner.name;
  columns.owner[i] = ownerCode;
  let flags = (record.archived ? FLAG.archived : 0) | (isPaused(record) ? FLAG.paused : 0) | (awaitsRevision(record) ? FLAG.returned : 0) |
    (surveyDeclinedOf(record) ? FLAG.declined : 0);
  for (const kind of pendingApprovals(record)) flags |= APPROVAL_FLAG[kind];
  columns.flags[i] = flags;
  columns.approvalAsker[i] = intern(columns.askerIds, columns.askerCodes, approvalAskerOf(record));
  columns.satisfaction[i] = satisfactionPoints(record);
  columns.chases[i] = chasesOf(record);
  const proposed = proposedSeverityOf(record);
  columns.proposedSeverity[i] = proposed ? SEVERITY_RANK[proposed] : 0;
  columns.held[i] = isHeld(record) ? 1 : 0;
  columns.facts[i] = caseFacts(record);
  const into = mergedIntoOf(record).mergedInto;
  if (into) columns.mergedInto.set(i, into);
  else columns.mergedInto.delete(i);
}

/** A case gone from the store (never in normal work; a restore or purge) leaves an empty slot. */
export function removeCase(columns: Columns, id: string): void {
  const i = columns.ordinals.get(id);
  if (i === undefined) return;
  columns.alive[i] = 0;
  columns.texts[i] = '';
  columns.contacts[i] = '';
  columns.facts[i] = undefined;
  columns.mergedInto.delete(i);
}

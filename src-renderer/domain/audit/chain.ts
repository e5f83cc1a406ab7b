/**
 * The audit trail of a case is a hash chain: each event carries the hash of
 * the one before it, so changing, removing or reordering any event breaks
 * every hash after it. Hashing is synchronous (it runs inside IndexedDB
 * transactions, which must not await anything else).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export interface AuditActor {
  id: string;
  name: string;
  role: string;
}

export interface FieldChange {
  before: unknown;
  after: unknown;
}

export interface AuditEvent {
  /** Whose chain: a case id, or `user:<id>` / `settings` for administration. */
  subject: string;
  /** 1, 2, 3… per subject. */
  n: number;
  at: number;
  actor: AuditActor;
  command: string;
  changes: Record<string, FieldChange>;
  /** Free-form detail of the command (a reason, an entry's id…). */
  detail?: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  // Loops and string concatenation rather than entries/filter/map: every command (and every
  // imported case) hashes its whole record through here.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort compares UTF-16 code units, like `<`: the order (and so every hash) is unchanged.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${out}}`;
}

export function hashEvent(event: Omit<AuditEvent, 'hash'>): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(event))));
}

export function sealEvent(event: Omit<AuditEvent, 'hash'>): AuditEvent {
  return { ...event, hash: hashEvent(event) };
}

/** Whether two values have the same canonical JSON, without serialising when one side is absent. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const absent = (value: unknown) => value === undefined || value === null;
  if (absent(a) && absent(b)) return true;
  if ((absent(a) && typeof b === 'object') || (absent(b) && typeof a === 'object')) return false;
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Fields no event records: a case's contact keys repeat its phone and e-mail (recorded, and
 * masked for roles that may not see them) in another form; an event holding them would keep the
 * personal data out of reach of the masking.
 */
const NOT_AUDITED: ReadonlySet<string> = new Set(['contactKeys']);

/** Changed top-level fields between two versions of a record. */
export function diffFields(before: object | null, after: object | null): Record<string, FieldChange> {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const changes: Record<string, FieldChange> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (NOT_AUDITED.has(key)) continue;
    if (!sameJson(a[key], b[key])) changes[key] = { before: a[key] ?? null, after: b[key] ?? null };
  }
  return changes;
}

export type ChainReport =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenAt: number; reason: 'hash' | 'link' | 'sequence' | 'truncated' };

/**
 * Checks one subject's events (in `n` order): numbering, links and hashes,
 * and, given the head recorded with the newest event, that none is missing
 * from the end.
 */
export function verifyChain(events: readonly AuditEvent[], head: { n: number; hash: string } | null = null): ChainReport {
  let prev = GENESIS_HASH;
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i]!;
    if (event.n !== i + 1) return { ok: false, events: events.length, brokenAt: i + 1, reason: 'sequence' };
    if (event.prevHash !== prev) return { ok: false, events: events.length, brokenAt: event.n, reason: 'link' };
    const { hash, ...rest } = event;
    if (hashEvent(rest) !== hash) return { ok: false, events: events.length, brokenAt: event.n, reason: 'hash' };
    prev = hash;
  }
  const last = events.at(-1);
  if (head && (last?.n !== head.n || last.hash !== head.hash)) {
    return { ok: false, events: events.length, brokenAt: (last?.n ?? 0) + 1, reason: 'truncated' };
  }
  return { ok: true, events: events.length };
}

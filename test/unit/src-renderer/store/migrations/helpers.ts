import { Dexie, type IndexSpec, type Table } from 'dexie';
import { readdirSync } from 'node:fs';
import { verifyChain, type AuditEvent, type ChainReport } from '../../../../../src-renderer/domain/audit/chain';
import type { AuditHeadRecord } from '../../../../../src-renderer/store/db';
import { decodeValue, FIXTURE_DIR, type Fixture } from '../../../../fixtures/db/format';

/** The schema versions that have a committed fixture, ascending. */
export function fixtureVersions(): number[] {
  return readdirSync(FIXTURE_DIR)
    .flatMap((file) => /^v(\d+)\.json$/.exec(file)?.[1] ?? [])
    .map(Number)
    .sort((a, b) => a - b);
}

/** Creates database `name` as the fixture's version declared it, with every fixture row, and closes it. */
export async function createAtVersion(fixture: Fixture, name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.schemaVersion).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows.map(decodeValue));
  });
  old.close();
}

const isKey = (value: unknown): boolean =>
  (typeof value === 'number' && !Number.isNaN(value)) ||
  typeof value === 'string' ||
  (value instanceof Date && !Number.isNaN(value.getTime())) ||
  (Array.isArray(value) && value.every(isKey));

function valueAt(row: unknown, path: string): unknown {
  let value = row;
  for (const part of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** The keys a row has in an index, by IndexedDB's rules (none when a part is missing or no valid key). */
function keysOf(row: unknown, index: IndexSpec): unknown[] {
  const { keyPath } = index;
  if (keyPath === undefined) return [];
  const value = Array.isArray(keyPath) ? keyPath.map((path) => valueAt(row, path)) : valueAt(row, keyPath);
  if (!index.multi) return isKey(value) ? [value] : [];
  if (!Array.isArray(value)) return isKey(value) ? [value] : [];
  const unique: unknown[] = [];
  for (const item of value) if (isKey(item) && !unique.some((seen) => indexedDB.cmp(seen, item) === 0)) unique.push(item);
  return unique;
}

/**
 * The primary keys an index must list, in index order, worked out from the
 * rows alone: proves the upgrade filled an index added after the rows were written.
 */
export function expectedIndexOrder(rows: readonly unknown[], index: IndexSpec, primaryKeyOf: (row: unknown) => unknown): unknown[] {
  const entries = rows.flatMap((row) => keysOf(row, index).map((key) => ({ key, primary: primaryKeyOf(row) })));
  entries.sort((a, b) => indexedDB.cmp(a.key, b.key) || indexedDB.cmp(a.primary, b.primary));
  return entries.map((entry) => entry.primary);
}

/** The primary keys `table` lists through `index`, in its order. */
export function primaryKeysThrough(table: Table, index: IndexSpec): Promise<unknown[]> {
  return table.orderBy(index.name).primaryKeys();
}

/** A row's primary key as the table declares it. */
export function primaryKeyReader(table: Table): (row: unknown) => unknown {
  const { keyPath } = table.schema.primKey;
  if (keyPath === undefined) throw new Error(`${table.name} has no inline primary key`);
  return (row) => (Array.isArray(keyPath) ? keyPath.map((path) => valueAt(row, path)) : valueAt(row, keyPath));
}

/** Each audit subject's chain, checked against its recorded head. */
export function verifyChains(events: readonly AuditEvent[], heads: readonly AuditHeadRecord[]): Map<string, ChainReport> {
  const bySubject = new Map<string, AuditEvent[]>();
  for (const event of events) bySubject.set(event.subject, [...(bySubject.get(event.subject) ?? []), event]);
  const headOf = new Map(heads.map((head) => [head.subject, head]));
  const reports = new Map<string, ChainReport>();
  for (const [subject, chain] of bySubject) {
    reports.set(subject, verifyChain([...chain].sort((a, b) => a.n - b.n), headOf.get(subject) ?? null));
  }
  return reports;
}

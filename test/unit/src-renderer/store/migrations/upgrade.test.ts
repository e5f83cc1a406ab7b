import { Dexie } from 'dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuditEvent } from '../../../../../src-renderer/domain/audit/chain';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { CONTACT_KEYS_PENDING, DeskDb, SCHEMA_VERSION, type AlertLogRecord, type AuditHeadRecord } from '../../../../../src-renderer/store/db';
import { contactKeysBackfilled } from '../../../../../src-renderer/store/core/backfill';
import { OLDER_CASES_REPAIRED } from '../../../../../src-renderer/store/core/older-cases';
import type { CaseEntry } from '../../../../../src-renderer/domain/cases/entries';
import { casesOfCustomer } from '../../../../../src-renderer/store/assist/repeats';
import { startStoreHost } from '../../../../../src-renderer/store/host';
import type { Session } from '../../../../../src-renderer/store/rpc/define';
import type { CasePage } from '../../../../../src-renderer/store/services/cases/queries';
import type { TrackingWindow } from '../../../../../src-renderer/store/services/tracking/rows';
import { encodeValue, readFixture, storesOf, type Fixture } from '../../../../fixtures/db/format';
import { FIELDS_ADDED, RELEASED_STORES } from '../../../../fixtures/db/history';
import { ok } from '../fixtures';
import { createAtVersion, expectedIndexOrder, fixtureVersions, primaryKeyReader, primaryKeysThrough, verifyChains } from './helpers';

const DAY = 86_400_000;
const versions = fixtureVersions();
const current = readFixture(SCHEMA_VERSION);

/** Fields added by a version after `version`: an upgraded row of that version does not have them (see history.ts). */
function addedAfter(version: number, table: string): string[] {
  return Object.entries(FIELDS_ADDED).flatMap(([added, tables]) => (Number(added) > version ? (tables[table] ?? []) : []));
}

/** The fields every row of a table has in the current fixture: what today's code may rely on. */
function alwaysPresent(table: string): string[] {
  const rows = (current.tables[table] ?? []) as object[];
  const [first, ...rest] = rows.map((row) => Object.keys(row));
  return (first ?? []).filter((key) => rest.every((keys) => keys.includes(key)));
}

/** A case without its contact details (the admin sees them masked, by role: not what an upgrade decides). */
function withoutContacts(record: unknown): object {
  const { phone: _phone, email: _email, address: _address, contactKeys: _keys, ...rest } = record as CaseRecord;
  return rest;
}

/**
 * A fixture row as the upgrade to the current version and the backfill after it leave it. Version
 * 7 gives every case its contact keys: the fixtures' phones are digits and their e-mails lower case already, so the keys
 * are the non-empty ones of the two.
 */
function upgraded(version: number, table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (table !== 'cases' || version >= 7) return row;
  const { phone, email } = row as unknown as CaseRecord;
  return { ...row, contactKeys: [phone, email].filter((key) => key !== '') };
}

describe('fixture databases', () => {
  it('has a committed fixture for every schema version up to the current one', () => {
    expect(versions).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, n) => n + 1));
    for (const version of versions) expect(readFixture(version).schemaVersion).toBe(version);
  });

  it('has the current fixture declare exactly what DeskDb declares: a schema change needs a fixture of its own', () => {
    const declared = new Dexie('fixture-stores');
    declared.version(SCHEMA_VERSION).stores(current.stores);
    expect(storesOf(declared)).toEqual(storesOf(new DeskDb('desk-stores')));
  });

  it('keeps each older fixture on the stores its version was released with', () => {
    for (const version of versions.filter((v) => v < SCHEMA_VERSION)) expect(readFixture(version).stores, `v${version}`).toEqual(RELEASED_STORES[version]);
  });
});

describe.each(versions)('the v%i fixture upgraded to the current schema', (version) => {
  const fixture: Fixture = readFixture(version);
  const name = `upgrade-v${version}-${crypto.randomUUID()}`;
  let db: DeskDb;
  /** Right after the upgrade, before the backfill: the pending mark and the cases' contact keys. */
  let atOpen: { marked: boolean; keys: (string[] | undefined)[] };

  beforeAll(async () => {
    await createAtVersion(fixture, name);
    db = new DeskDb(name);
    await db.open();
    atOpen = { marked: (await db.counters.get(CONTACT_KEYS_PENDING)) !== undefined, keys: (await db.cases.toArray()).map((c) => c.contactKeys) };
    await contactKeysBackfilled(db);
  });
  afterAll(async () => {
    db.close();
    await Dexie.delete(name);
  });

  it('opens at the current version with every record kept exactly, in today’s shape', async () => {
    expect(db.verno).toBe(SCHEMA_VERSION);
    for (const table of db.tables) {
      const stored = (await encodeValue(await table.toArray(), table.name)) as Array<Record<string, unknown>>;
      // A table of a later version starts empty.
      const rows = (fixture.tables[table.name] ?? []) as Array<Record<string, unknown>>;
      expect(stored, table.name).toEqual(rows.map((row) => upgraded(version, table.name, row)));
      const later = addedAfter(version, table.name);
      const required = alwaysPresent(table.name).filter((field) => !later.includes(field));
      for (const row of stored) {
        expect(required.filter((field) => !(field in row)), `${table.name} row lacks fields the code reads`).toEqual([]);
        expect(later.filter((field) => field in row), `${table.name} row has a field of a later version`).toEqual([]);
      }
    }
    expect(fixture.tables.cases!.length).toBeGreaterThanOrEqual(8);
  });

  it('leaves the cases as they were at open, marking their contact keys pending when older than v7; the backfill then removes the mark', async () => {
    expect(atOpen.marked).toBe(version < 7);
    expect(atOpen.keys.filter((keys) => keys !== undefined).length).toBe(version < 7 ? 0 : atOpen.keys.length);
    expect(await db.counters.get(CONTACT_KEYS_PENDING)).toBeUndefined();
  });

  it('answers every index of the current schema, added ones included', async () => {
    let checked = 0;
    for (const table of db.tables) {
      const rows = await table.toArray();
      const primaryKey = primaryKeyReader(table);
      for (const index of table.schema.indexes) {
        expect(await primaryKeysThrough(table, index), `${table.name} ${index.name}`).toEqual(expectedIndexOrder(rows, index, primaryKey));
        checked += 1;
      }
    }
    expect(checked).toBe(Object.values(storesOf(db)).reduce((sum, stores) => sum + stores.split(',').length - 1, 0));
  });

  it('answers the store’s own queries: cases awaiting the archive, imported cases, each user’s alerts', async () => {
    const cases = fixture.tables.cases as CaseRecord[];
    const awaitingArchive = cases.filter((c) => c.archived === 0 && c.closedAt !== null).map((c) => c.id);
    expect(awaitingArchive.length).toBeGreaterThan(0);
    expect(await db.cases.where('[archived+closedAt]').between([0, -Infinity], [0, Infinity]).primaryKeys()).toEqual(
      cases.filter((c) => awaitingArchive.includes(c.id)).sort((a, b) => a.closedAt! - b.closedAt!).map((c) => c.id),
    );
    const imported = cases.filter((c) => c.externalId !== undefined).sort((a, b) => (a.externalId! < b.externalId! ? -1 : 1));
    expect(await db.cases.orderBy('externalId').primaryKeys()).toEqual(imported.map((c) => c.id));
    // v5 marked one case as imported by hand; v6 imported two more through the store (a third row was a duplicate).
    expect(imported.length).toBe(version >= 6 ? 3 : version === 5 ? 1 : 0);
    // Since v6 an imported case names its job and row, and the job's chunk event lists it.
    const listed = (fixture.tables.audit as AuditEvent[])
      .filter((event) => event.command === 'imports.chunk')
      .flatMap((event) => (event.detail!.cases as [string, string, number][]).map(([id, , row]) => `${id}:${row}`));
    expect(listed.sort()).toEqual(
      cases.flatMap((c) => (c.importedFrom ? [`${c.id}:${c.importedFrom.row}`] : [])).sort(),
    );
    expect(listed.length).toBe(version >= 6 ? 2 : 0);

    // A customer's cases by contact key: the landline of era 1 finds the case era 7 registered with a hyphen.
    const hongda = cases.filter((c) => c.customerName === '宏达贸易有限公司').map((c) => c.id).sort();
    expect(hongda.length).toBe(version >= 7 ? 2 : 1);
    expect((await casesOfCustomer(db, { phone: '021-61234567', email: '' })).map((c) => c.id).sort()).toEqual(hongda);
    expect((await casesOfCustomer(db, { phone: '', email: 'PURCHASE@hongdatrade.cn' })).length).toBe(version >= 7 ? 1 : 0);
    expect(await db.cases.where('contactKeys').equals('').count()).toBe(0);

    const alerts = (fixture.tables.alerts ?? []) as AlertLogRecord[];
    expect(alerts.length > 0).toBe(version >= 3);
    for (const userId of new Set(alerts.map((row) => row.userId))) {
      const newestFirst = await db.alerts.where('[userId+raisedAt+id]').between([userId, -Infinity, -Infinity], [userId, Infinity, Infinity]).reverse().toArray();
      const expected = alerts.filter((row) => row.userId === userId).sort((a, b) => b.raisedAt - a.raisedAt || b.id - a.id);
      expect(newestFirst.map((row) => row.id)).toEqual(expected.map((row) => row.id));
    }
  });

  it('keeps every audit chain intact, each with its head', async () => {
    const events = fixture.tables.audit as AuditEvent[];
    const heads = fixture.tables.auditHeads as AuditHeadRecord[];
    const reports = verifyChains(await db.audit.toArray(), await db.auditHeads.toArray());
    expect([...reports.keys()].sort()).toEqual(heads.map((head) => head.subject).sort());
    for (const [subject, report] of reports) expect(report, subject).toEqual({ ok: true, events: events.filter((e) => e.subject === subject).length });
  });

  it('serves the store host on it: sign-in, the case list, the tracking table, each case', async () => {
    const hostName = `${name}-host`;
    await createAtVersion(fixture, hostName);
    const host = await startStoreHost(new DeskDb(hostName));
    try {
      const session: Session = { actor: null, token: null };
      ok(await host.dispatcher.dispatch('auth.signIn', fixture.signIn, session));
      expect(session.actor?.role).toBe('admin');
      const cases = fixture.tables.cases as CaseRecord[];
      // The host's housekeeping archives the cases closed a month before today (the fixture's are older): it is let finish first.
      const lifecycle = (fixture.tables.settings as Array<{ key: string; value: { archiveAfterDays: number } }>).find((row) => row.key === 'lifecycle');
      const cutoff = Date.now() - (lifecycle?.value.archiveAfterDays ?? 30) * DAY;
      const archivedNow = new Set(cases.filter((c) => c.archived === 0 && c.closedAt !== null && c.closedAt < cutoff).map((c) => c.id));
      await vi.waitFor(async () => expect(await host.db.cases.where('[archived+closedAt]').between([0, -Infinity], [0, cutoff]).count()).toBe(0));

      const list = ok<CasePage>(await host.dispatcher.dispatch('cases.list', { limit: 500 }, session));
      expect(list.total).toBe(cases.length);
      expect(list.rows.map((row) => row.id)).toEqual([...cases].sort((a, b) => b.receivedAt - a.receivedAt || (a.id < b.id ? 1 : -1)).map((c) => c.id));
      const tracking = ok<TrackingWindow>(await host.dispatcher.dispatch('tracking.rows', { query: { filter: { archived: 'all' } }, count: 1000 }, session));
      expect(tracking.rows.map((row) => row.id).sort()).toEqual(cases.map((c) => c.id).sort());
      const active = ok<TrackingWindow>(await host.dispatcher.dispatch('tracking.rows', { query: {} }, session));
      expect(active.total).toBe(cases.filter((c) => c.archived === 0 && !archivedNow.has(c.id)).length);

      // The cases of earlier versions get what the desk records since (store/core/older-cases.ts), once, in the background.
      await vi.waitFor(async () => expect(await host.db.counters.get(OLDER_CASES_REPAIRED)).toBeTruthy());
      const entries = (fixture.tables.entries ?? []) as CaseEntry[];
      for (const row of cases) {
        const got = ok<CaseRecord>(await host.dispatcher.dispatch('cases.get', { id: row.id }, session));
        if (archivedNow.has(row.id)) {
          expect(got, row.no).toMatchObject({ id: row.id, no: row.no, status: row.status, closedAt: row.closedAt, archived: 1 });
          continue;
        }
        // A handling completed before 处理结果 existed gets its summary: the text of one of its progress entries, at its time. Nothing else changes.
        const { outcome, ...rest } = (await encodeValue(got)) as CaseRecord;
        const { outcome: before, ...kept } = row;
        expect(withoutContacts(rest), row.no).toEqual(withoutContacts(kept));
        if (before !== undefined || typeof row.clocks.resolution?.completedAt !== 'number') expect(outcome, row.no).toEqual(before);
        else {
          const summaries = entries.filter((entry) => entry.caseId === row.id && entry.kind === 'progress').map((entry) => ({ summary: (entry as { text: string }).text, at: entry.at, by: entry.by }));
          expect(summaries, row.no).toContainEqual(outcome);
        }
      }
      // The archive appended to chains that came through the upgrade: they still verify.
      for (const [subject, report] of verifyChains(await host.db.audit.toArray(), await host.db.auditHeads.toArray())) expect(report.ok, subject).toBe(true);
    } finally {
      host.stop();
      host.db.close();
      await Dexie.delete(hostName);
    }
    // The sign-in runs the real password KDF.
  }, 20_000);
});

import {
  contactsOf,
  customerCaseLine,
  CustomerExportInput,
  CustomerKeyInput,
  matchesCustomer,
  newestFirst,
  sameAddress,
  sameKey,
  type CustomerCaseLine,
  type CustomerExport,
  type CustomerKey,
} from '../../../domain/privacy/customer';
import { DeskError } from '../../../domain/common/errors';
import { differingContacts, preselected, type ContactField } from '../../../domain/privacy/erasure-match';
import { maskContactFor, nameFor } from '../../../domain/privacy/mask';
import { TrackingQuerySchema } from '../../../domain/tracking/query';
import type { CaseRecord } from '../../../domain/cases/case';
import { withoutOtherCases } from '../../../domain/cases/links';
import { exportedAttachment } from '../../../domain/cases/attachment-withdrawal';
import type { ErasureRequest } from '../../../domain/privacy/erasure';
import { accountKeysOnEveryPlatform } from '../../../domain/cases/account';
import { casesOfCustomer } from '../../assist/repeats';
import { contactKeysBackfilled } from '../../core/backfill';
import { appendAudit } from '../../core/audit';
import type { DeskDb } from '../../db';
import { command, query, type StoreContext } from '../../rpc/define';
import { readAllRequests } from './requests';
import { caseIndexFor } from '../../search/case-index';

/**
 * The cases of one customer: by the phone, e-mail or account (the repeat rule's contact keys), or by exact
 * name or postal address. Names and addresses have no index of their own: the tracking index's
 * search finds the candidates in memory (in the contacts too, whatever the role: the export this
 * leads to is unmasked), the exact name or the same address decides.
 */
export async function casesOf(ctx: StoreContext, key: CustomerKey): Promise<CaseRecord[]> {
  const { db } = ctx;
  if (key.kind === 'phone') return casesOfCustomer(db, { phone: key.value, email: '' });
  if (key.kind === 'email') return casesOfCustomer(db, { phone: '', email: key.value });
  if (key.kind === 'account') return casesOfAccount(db, key.value);
  const actor = ctx.actor!;
  const asker = { id: actor.id, role: actor.role, contacts: true as const };
  const index = caseIndexFor(db);
  const search = TrackingQuerySchema.parse({ filter: { text: searchText(key), archived: 'all' } });
  const snapshot = await index.answer(search, asker, ctx.now());
  const rows = index.rows(snapshot, 0, snapshot.ordinals.length, asker);
  // A name is compared as the rows show it (a number written in it masked to the administrator:
  // `nameFor`), so only the cases of that name are read; then as stored.
  const shown = key.kind === 'name' ? nameFor(actor.role, key.value) : null;
  const ids = rows.filter((row) => shown === null || row.customerName === shown).map((row) => row.id);
  const found = (await db.cases.bulkGet(ids)).filter((record): record is CaseRecord => record !== undefined);
  if (key.kind === 'name') return found.filter((record) => record.customerName === key.value);
  return key.kind === 'address' ? found.filter((record) => sameAddress(record.address, key.value)) : found;
}

/**
 * The cases with the account on any platform: the key holds the handle as people quote it
 * (@ZhangSan_88 is zhangsan_88), and whoever asks seldom knows the network; the list shows the
 * name and number of each case, to tell two people with one handle apart.
 */
async function casesOfAccount(db: DeskDb, handle: string): Promise<CaseRecord[]> {
  const keys = accountKeysOnEveryPlatform(handle);
  if (keys.length === 0) return [];
  await contactKeysBackfilled(db);
  return db.cases.where('contactKeys').anyOf(keys).distinct().toArray();
}

/**
 * What the index is searched for: the name, or the end of the compacted address (the street,
 * number and door, what sets it apart), short enough for any address; `sameAddress` decides.
 */
function searchText(key: CustomerKey): string {
  return key.kind === 'address' ? key.value.slice(-ADDRESS_SEARCH_CHARS) : key.value;
}

const ADDRESS_SEARCH_CHARS = 24;

export interface CustomerMatches {
  /** Newest first, each with its contacts (masked for roles without `contacts.view`). */
  cases: CustomerCaseLine[];
  /** The fields in which they disagree: two people of one name, address or handle (`differingContacts`). */
  differing: ContactField[];
}

/** 查找客户: the customer's cases, newest first, with number, date, status and contacts, and whether they may be more than one person's. */
export const find = query(
  CustomerKeyInput,
  async (ctx, key): Promise<CustomerMatches> => {
    const records = (await casesOf(ctx, key)).sort(newestFirst);
    const role = ctx.actor!.role;
    return { cases: records.map((record) => customerCaseLine(record, maskContactFor(role, contactsOf(record)))), differing: differingContacts(records) };
  },
  { access: 'customers.export' },
);

/**
 * The cases an export covers: the ones chosen, each of which must be among those the key finds
 * (one corrected to another customer since is refused by number); without a choice, all found —
 * refused when they disagree on who the customer is, since one file would then hold another
 * person's data (two people of one name).
 */
function exportedIds(key: CustomerKey, found: readonly CaseRecord[], caseIds: readonly string[] | undefined): string[] {
  if (caseIds === undefined) {
    // As the list ticks them: all only when a phone or an e-mail finds them and they agree (a name finds two 王芳 of whom one left a phone, the other an e-mail).
    const differing = differingContacts(found);
    const ids = found.map((record) => record.id);
    if (preselected(key.kind, ids, differing).length !== ids.length) {
      throw new DeskError(differing.length > 0 ? { code: 'privacy.chooseCases', params: { fields: differing } } : { code: 'privacy.chooseCasesOfKey' });
    }
    return ids;
  }
  const foundIds = new Set(found.map((record) => record.id));
  const strays = caseIds.filter((id) => !foundIds.has(id));
  if (strays.length > 0) throw new DeskError({ code: 'privacy.notCustomersCase', params: { count: strays.length } });
  const chosen = new Set(caseIds);
  return found.filter((record) => chosen.has(record.id)).map((record) => record.id);
}

/**
 * The requests to delete the customer's data that still name them (not masked yet): found by the
 * same key (a request found by another person's phone, name or address is theirs, not this
 * customer's) and covering one of these cases that is still theirs (a case corrected to another
 * customer since takes nobody's request along). What their own export gives them of those requests.
 */
async function requestsHolding(db: DeskDb, key: CustomerKey, records: readonly CaseRecord[]): Promise<ErasureRequest[]> {
  const wanted = new Map(records.map((record) => [record.id, record]));
  const theirs = (request: ErasureRequest) =>
    sameKey(request.key, key) &&
    request.cases.some((c) => {
      const record = wanted.get(c.id);
      return record !== undefined && matchesCustomer(record, request.key);
    });
  return (await readAllRequests(db))
    .filter((request) => !request.masked && theirs(request))
    .sort(newestFirst);
}

async function exportedCases(db: DeskDb, records: CaseRecord[]): Promise<CustomerExport['cases']> {
  return Promise.all(
    records.map(async (record) => {
      const [entries, files] = await Promise.all([
        db.entries.where('[caseId+at]').between([record.id, -Infinity], [record.id, Infinity]).toArray(),
        db.attachments.where('caseId').equals(record.id).toArray(),
      ]);
      // What files are kept, not their contents (photos can be sent on request, one by one, from the case);
      // a withdrawn one without its name and reason, which may be another person's (exportedAttachment).
      const attachments = files.map(({ data: _data, ...meta }) => exportedAttachment(meta)).sort((a, b) => a.addedAt - b.addedAt);
      return { record: withoutOtherCases(record), entries, attachments };
    }),
  );
}

/**
 * 导出个人信息: everything the desk holds about one customer, unmasked — it answers the person's own
 * request — with their requests to delete it that still name them. Audited under `customer-export`
 * with the kind of key and the number of cases, never the data.
 */
export const exportCustomer = command(
  CustomerExportInput,
  async (ctx, { key, caseIds }): Promise<CustomerExport> => {
    const { db } = ctx;
    const actor = ctx.actor!;
    // Found first (a name is looked up in the tracking index, outside any transaction), then read whole in one.
    const ids = exportedIds(key, (await casesOf(ctx, key)).sort(newestFirst), caseIds);
    return db.transaction('rw', [db.cases, db.entries, db.attachments, db.settings, db.audit, db.auditHeads], async () => {
      const records = (await db.cases.bulkGet(ids)).filter((record): record is CaseRecord => record !== undefined);
      const cases = await exportedCases(db, records);
      const erasureRequests = await requestsHolding(db, key, records);
      const at = ctx.now();
      await appendAudit(db, {
        subject: 'customer-export',
        at,
        actor: { id: actor.id, name: actor.name, role: actor.role },
        command: 'customers.export',
        before: null,
        after: null,
        // Which cases left the desk, by number: whose data it was can be answered later without the key itself.
        detail: { key: key.kind, cases: cases.length, caseNos: records.map((record) => record.no) },
      });
      return {
        format: 'complaint-desk/customer-export',
        version: 1,
        exportedAt: at,
        exportedBy: { id: actor.id, name: actor.name },
        key,
        cases,
        erasureRequests,
      } satisfies CustomerExport;
    });
  },
  { access: 'customers.export' },
);

import { z } from 'zod';
import { SOCIAL_ACCOUNT_MAX, socialPlatformField } from '../../../domain/cases/account';
import type { AuditEvent } from '../../../domain/audit/chain';
import { toSummary, type CaseRecord, type CaseSummary } from '../../../domain/cases/case';
import { isWithinLastDays } from '../../../domain/assist/repeats';
import { RECENT_HOURS, RECENT_LISTED } from '../../../domain/cases/recent';
import type { AttachmentMeta, CaseEntry } from '../../../domain/cases/entries';
import { DeskError } from '../../../domain/common/errors';
import type { ImprovementRecord } from '../../../domain/improvements/schema';
import { improvementFor } from '../../../domain/improvements/masking';
import { currentImprovement } from '../../../domain/improvements/verifications';
import { maskAttachmentFor, maskCaseFor, maskEntryFor, maskEventFor, nameFor } from '../../../domain/privacy/mask';
import type { OwnerStanding } from '../../../domain/tracking/row';
import { may, type Role } from '../../../domain/users/roles';
import { casesOfCustomer } from '../../assist/repeats';
import { subjectEvents } from '../../core/audit';
import { ownerStandings } from '../../core/owner-standing';
import { readSettings } from '../../core/settings';
import type { DeskDb } from '../../db';
import { query } from '../../rpc/define';
import { shownEvents } from '../audit/anonymised';
import { openErasuresOf, type CaseErasure } from '../privacy/case-erasures';
import { maskedAboutOthers } from './link-privacy';
import { readCaseLinks, type CaseLinks } from './links-view';

const Cursor = z.object({ receivedAt: z.number(), id: z.string() });

const ListInput = z.object({
  /** The last row of the previous page; absent for the first page. */
  after: Cursor.optional(),
  limit: z.number().int().min(1).max(500).default(50),
});

/** A case's line in a list, its customer's name as `role` may read it (`nameFor`). */
const summaryFor = (role: Role, record: CaseRecord): CaseSummary => {
  const summary = toSummary(record);
  return { ...summary, customerName: nameFor(role, summary.customerName) };
};

export interface CasePage {
  rows: CaseSummary[];
  /** Cursor for the next page, or null at the end. */
  next: z.infer<typeof Cursor> | null;
  total: number;
}

/** Newest received first, keyset-paged on the [receivedAt+id] index. */
export const list = query(ListInput, async ({ db, actor }, { after, limit }): Promise<CasePage> => {
  const ordered = after
    ? db.cases.where('[receivedAt+id]').below([after.receivedAt, after.id]).reverse()
    : db.cases.orderBy('[receivedAt+id]').reverse();
  const [records, total] = await Promise.all([ordered.limit(limit + 1).toArray(), db.cases.count()]);
  const rows = records.slice(0, limit).map((record) => summaryFor(actor!.role, record));
  const last = rows.at(-1);
  return {
    rows,
    next: records.length > limit && last ? { receivedAt: last.receivedAt, id: last.id } : null,
    total,
  };
});

const IdInput = z.object({ id: z.string().min(1).max(100) });

/**
 * One case; phone and e-mail, and those written in its texts, masked for roles without
 * `contacts.view` (here, so the full values never reach their window).
 */
export const get = query(IdInput, async ({ db, actor }, { id }): Promise<CaseRecord> => {
  const record = await db.cases.get(id);
  if (!record) throw new DeskError({ code: 'cases.notFound' });
  return maskCaseFor(actor!.role, record);
});

export interface CaseDetail {
  record: CaseRecord;
  entries: CaseEntry[];
  attachments: AttachmentMeta[];
  events: AuditEvent[];
  improvements: ImprovementRecord[];
  /** 并入本单的投诉, the case a duplicate went into, and 关联投诉 (store/services/cases/links-view.ts). */
  links: CaseLinks;
  /** The customer's deletion requests still open for this case (store/services/privacy/case-erasures.ts). */
  erasures: CaseErasure[];
  /** Present when the owner can no longer carry the case out (deactivated, or moved to a role that does not handle cases). */
  ownerStanding?: OwnerStanding;
  /** Present when the plan's 负责人 can no longer carry the case out: approval would give the case to them, so it is refused (plans.approve). */
  planOwnerStanding?: OwnerStanding;
}

/**
 * Marks the case's owner, and the plan's 负责人, when they can no longer carry the case out, as the tracking
 * table marks its rows (read outside the case's transaction: the standings are held in memory).
 */
const withOwnerStanding =
  (db: DeskDb) =>
  async (shown: CaseDetail): Promise<CaseDetail> => {
    const { owner, plan } = shown.record;
    if (!owner && !plan) return shown;
    const standings = await ownerStandings(db);
    const ownerStanding = owner ? standings.get(owner.id) : undefined;
    const planOwnerStanding = plan ? standings.get(plan.owner.id) : undefined;
    return {
      ...shown,
      ...(ownerStanding ? { ownerStanding } : {}),
      ...(planOwnerStanding ? { planOwnerStanding } : {}),
    };
  };

/** Everything the case page shows, read in one transaction so the parts agree; contacts masked as by `cases.get`. */
export const detail = query(IdInput, async ({ db, actor }, { id }): Promise<CaseDetail> =>
  db.transaction('r', [db.cases, db.entries, db.attachments, db.audit, db.improvements, db.settings], async () => {
    const record = await db.cases.get(id);
    if (!record) throw new DeskError({ code: 'cases.notFound' });
    const role = actor!.role;
    const [entries, files, events, improvements, links, erasures] = await Promise.all([
      db.entries.where('[caseId+at]').between([id, -Infinity], [id, Infinity]).toArray(),
      db.attachments.where('caseId').equals(id).toArray(),
      // Shown as they may be: an anonymised case's history without the customer, notes about other cases as those cases allow.
      subjectEvents(db, id).then(async (chain) => maskedAboutOthers(db, role, await shownEvents(db, chain))),
      db.improvements.where('caseIds').equals(id).toArray(),
      readCaseLinks(db, role, record),
      openErasuresOf(db, record),
    ]);
    const attachments = files.map(({ data: _data, ...meta }) => meta).sort((a, b) => a.addedAt - b.addedAt);
    return {
      record: maskCaseFor(role, record),
      entries: entries.map((entry) => maskEntryFor(role, entry, record.address, record.socialAccount)),
      // Their names too: a recording is named after the caller's number, a scan after the ID card.
      attachments: attachments.map((meta) => maskAttachmentFor(role, meta, record.address, record.socialAccount)),
      events: events.map((event) => maskEventFor(role, event, record.address, record.socialAccount)),
      // As the improvements page reads them: one found not effective before verdicts were kept is open again,
      // identifiers in the texts masked to the reader.
      improvements: improvements.map((improvement) => improvementFor(role, currentImprovement(improvement))),
      links,
      erasures,
    };
  }).then(withOwnerStanding(db)),
);

/**
 * 我刚登记的: the newest cases the caller registered within the last `RECENT_HOURS` (by when they were
 * registered, not received; imports are not registrations), newest first — on the intake page, so an agent whose page was reloaded
 * or left sees that the complaint went in and does not register it twice.
 */
export const recentlyRegistered = query(z.object({}).default({}), async ({ db, actor, now }): Promise<CaseSummary[]> => {
  const since = now() - RECENT_HOURS * 3_600_000;
  // The caller's own commands of the period, by the audit log's index (a letter received last week and
  // registered now is there too); their registrations, newest first.
  const events = await db.audit.where('[actor.id+at+subject+n]').between([actor!.id, since], [actor!.id, Infinity]).toArray();
  const registered = events
    .filter((event) => event.command === 'cases.register')
    .sort((a, b) => b.at - a.at)
    .slice(0, RECENT_LISTED)
    .map((event) => event.subject);
  const records = await db.cases.bulkGet(registered);
  return records.filter((record): record is CaseRecord => record !== undefined).map((record) => summaryFor(actor!.role, record));
});

const RepeatInput = z.object({
  phone: z.string().max(40).default(''),
  email: z.string().max(254).default(''),
  socialPlatform: socialPlatformField().default(''),
  socialAccount: z.string().max(SOCIAL_ACCOUNT_MAX * 2).default(''),
  excludeId: z.string().max(100).optional(),
});

/** The newest earlier cases the intake hint lists; `total` counts them all. */
export const REPEAT_LISTED = 20;

export interface RepeatAnswer {
  /** The newest `REPEAT_LISTED`, newest first. */
  cases: CaseSummary[];
  /** Every earlier case in the window: the hint's count, which the list does not cap. */
  total: number;
}

/**
 * Earlier cases of the same customer (same phone, e-mail or account) received within the
 * repeat window (`assist.repeatWindowDays`) up to now, newest first: the
 * repeat-complainant hint at intake, for those who register. A role that may not look cases up by
 * a customer's contacts (a director, who registers too) learns how many there are, not which: the
 * tracking table's search refuses them the same lookup.
 */
export const findRepeat = query(
  RepeatInput,
  async ({ db, now, actor }, { excludeId, ...who }): Promise<RepeatAnswer> => {
    const [{ assist }, cases] = await Promise.all([readSettings(db), casesOfCustomer(db, who)]);
    const at = now();
    const earlier = cases
      .filter((record) => record.id !== excludeId && isWithinLastDays(record.receivedAt, at, assist.repeatWindowDays))
      .sort((a, b) => b.receivedAt - a.receivedAt);
    const role = actor!.role;
    const listed = may(role, 'contacts.view') ? earlier.slice(0, REPEAT_LISTED) : [];
    return { cases: listed.map((record) => summaryFor(role, record)), total: earlier.length };
  },
  { access: 'cases.register' },
);

import { z } from 'zod';
import type { CaseRecord, Person } from '../../../domain/cases/case';
import { mergedCasesOf, relatedCasesOf, type MergedInforming, type RelationKind } from '../../../domain/cases/links';
import { currentInforming, earlierInforming, informStateOf, mustInform, type InformState, uninformedMerged } from '../../../domain/cases/merged-informing';
import type { Channel, SocialPlatform } from '../../../domain/cases/vocabulary';
import { DeskError } from '../../../domain/common/errors';
import type { CaseStatus } from '../../../domain/lifecycle/machine';
import { maskCaseText, maskContactFor, mayViewContacts } from '../../../domain/privacy/mask';
import type { Role } from '../../../domain/users/roles';
import type { DeskDb } from '../../db';
import { query } from '../../rpc/define';

/** How much of a linked case's description its row shows. */
export const EXCERPT_CHARS = 80;

/** Another case as the case page and the tracking form show it beside this one: its customer masked for the reader's role. */
export interface LinkedCaseView {
  id: string;
  no: string;
  receivedAt: number;
  channel: Channel;
  status: CaseStatus;
  customerName: string;
  phone: string;
  email: string;
  address?: string;
  socialPlatform?: SocialPlatform;
  socialAccount?: string;
  /** The start of its description (identifiers in it masked for roles without `contacts.view`). */
  excerpt: string;
  anonymised: boolean;
}

/** A duplicate merged into this case: when, by whom, why; whether its customer must be told the result, and whether they were. */
export interface MergedCaseView extends LinkedCaseView {
  mergedAt: number;
  mergedBy: Person;
  /** Its termination note. */
  note: string;
  /** The case it was merged into first, when it came here with that one. */
  via: { id: string; no: string } | null;
  /** Another customer than this case's, still reachable: the primary is not closed before they are told. */
  mustInform: boolean;
  /** Where its customer stands (domain `informStateOf`). */
  state: InformState;
  /** How they were told this handling's result, or could not be reached. */
  informed: MergedInforming | null;
  /** What they heard before and is no longer the result: before a reopen, or from the case it came through. */
  earlier: MergedInforming | null;
}

export interface RelatedCaseView extends LinkedCaseView {
  kind: RelationKind;
  note: string;
  at: number;
  by: Person;
}

export interface CaseLinks {
  /** 并入本单的投诉, oldest first. */
  merged: MergedCaseView[];
  /** The numbers of those whose customers still wait for the result (`state` waiting): closing waits for them. */
  waiting: string[];
  /** For a duplicate: the case that handles it now, and whether its customer was told that case's result. */
  mergedInto: { id: string; no: string; mustInform: boolean; informed: MergedInforming | null } | null;
  /** 关联投诉, oldest first. */
  related: RelatedCaseView[];
}

/** A text about `cases` (one, or both of a link) as `role` may read it: each one's address and account masked where it is written. */
const textFor = (role: Role, cases: ReadonlyArray<Pick<CaseRecord, 'address' | 'socialAccount'>>, text: string) =>
  mayViewContacts(role) ? text : cases.reduce((masked, record) => maskCaseText(masked, record.address, record.socialAccount), text);

function excerpt(text: string): string {
  const chars = [...text.trim()];
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('')}…` : chars.join('');
}

function linkedView(role: Role, record: CaseRecord): LinkedCaseView {
  const contact = maskContactFor(role, {
    customerName: record.customerName,
    phone: record.phone,
    email: record.email,
    ...(record.address !== undefined ? { address: record.address } : {}),
    ...(record.socialAccount !== undefined ? { socialAccount: record.socialAccount } : {}),
  });
  return {
    id: record.id,
    no: record.no,
    receivedAt: record.receivedAt,
    channel: record.channel,
    status: record.status,
    ...contact,
    ...(record.socialPlatform !== undefined ? { socialPlatform: record.socialPlatform } : {}),
    excerpt: excerpt(textFor(role, [record], record.description)),
    anonymised: record.anonymisedAt !== undefined,
  };
}

const informedFor = (role: Role, about: CaseRecord[], informed: MergedInforming | undefined): MergedInforming | null =>
  informed ? { ...informed, note: textFor(role, about, informed.note) } : null;

/**
 * The cases tied to `record`, as `role` may see them: read inside the caller's transaction when
 * there is one (`cases.detail` reads the case and these together).
 */
export async function readCaseLinks(db: DeskDb, role: Role, record: CaseRecord): Promise<CaseLinks> {
  const merged = mergedCasesOf(record);
  const related = relatedCasesOf(record);
  const primaryId = record.termination?.duplicateOf?.id;
  const ids = [...merged.map((m) => m.id), ...related.map((r) => r.id), ...(primaryId ? [primaryId] : [])];
  if (ids.length === 0) return { merged: [], waiting: [], mergedInto: null, related: [] };
  const found = new Map((await db.cases.bulkGet(ids)).filter((r): r is CaseRecord => r !== undefined).map((r) => [r.id, r]));
  const primary = primaryId ? found.get(primaryId) : undefined;
  const entry = primary ? mergedCasesOf(primary).find((m) => m.id === record.id) : undefined;
  const mergedViews = merged.flatMap((m): MergedCaseView[] => {
    const other = found.get(m.id);
    if (!other) return [];
    const both = [record, other];
    return [
      {
        ...linkedView(role, other),
        mergedAt: m.at,
        mergedBy: m.by,
        note: textFor(role, both, other.termination?.note ?? ''),
        via: m.via ? { id: m.via.id, no: m.via.no } : null,
        mustInform: mustInform(record, m, other),
        state: informStateOf(record, m, other),
        informed: informedFor(role, both, currentInforming(record, m)),
        earlier: informedFor(role, both, earlierInforming(record, m)),
      },
    ];
  });
  return {
    merged: mergedViews,
    waiting: uninformedMerged(record, [...found.values()]).map((m) => m.no),
    // A duplicate ended before merges were recorded is not on its primary's list: nothing is owed there.
    mergedInto: primary
      ? {
          id: primary.id,
          no: primary.no,
          mustInform: entry !== undefined && mustInform(primary, entry, record),
          informed: informedFor(role, [primary, record], entry && currentInforming(primary, entry)),
        }
      : null,
    related: related.flatMap((r) => {
      const other = found.get(r.id);
      return other ? [{ ...linkedView(role, other), kind: r.kind, note: textFor(role, [record, other], r.note), at: r.at, by: r.by }] : [];
    }),
  };
}

/** 并入与关联 of one case (the feedback form asks whose customers still wait for the result). */
export const links = query(z.object({ caseId: z.string().min(1).max(100) }), async ({ db, actor }, { caseId }): Promise<CaseLinks> =>
  db.transaction('r', db.cases, async () => {
    const record = await db.cases.get(caseId);
    if (!record) throw new DeskError({ code: 'cases.notFound' });
    return readCaseLinks(db, actor!.role, record);
  }),
);

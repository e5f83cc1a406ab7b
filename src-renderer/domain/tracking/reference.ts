/**
 * The meaning of a tracking query, stated on whole case records. The store
 * host answers from a columnar index instead; tests hold that index to
 * exactly these answers on random data and random queries.
 */
import { repeatRelation } from '../assist/repeats';
import type { CaseRecord } from '../cases/case';
import { isHeld } from '../cases/legal-hold';
import type { Clock } from '../clocks/clock';
import { normalizedContacts } from '../cases/contact';
import { matchesReferralFilter, referralFactOf } from '../cases/referral-standing';
import { SEVERITY_RANK } from '../cases/vocabulary';
import { CASE_STATUSES, isPending } from '../lifecycle/machine';
import type { Role } from '../users/roles';
import { dueSoonWindowMs, type SortKey, type TrackingFilter, type TrackingQuery } from './query';
import { approvalsFor, chasesOf, isPaused, resolutionDueOf, satisfactionPoints, searchesContacts, surveyDeclinedOf } from './row';
import { contactHaystack, matchesTerms, searchTerms, textHaystack } from './search';
import { SATISFACTION_SCALE, unreachedSinceSurvey } from '../feedback/survey';

export interface Asker {
  id: string;
  role: Role;
  /** Searches the contacts whatever the role: the customer lookup, whose export is unmasked anyway. */
  contacts?: true;
}

/**
 * The cases that are repeat complaints (重复投诉): for each, the same customer (same phone, e-mail or account)
 * has another case received within `windowDays` before it (domain/assist/repeats.ts).
 */
export function repeatCaseIds(records: readonly CaseRecord[], windowDays: number): Set<string> {
  const groups = new Map<string, CaseRecord[]>();
  for (const record of records) {
    const { phone, email, account } = normalizedContacts(record);
    for (const key of [phone && `phone:${phone}`, email && `email:${email}`, account && `account:${account}`]) {
      if (!key) continue;
      const group = groups.get(key);
      if (group) group.push(record);
      else groups.set(key, [record]);
    }
  }
  const repeats = new Set<string>();
  for (const group of groups.values()) {
    for (const pivot of group) if (group.some((other) => repeatRelation(other, pivot, windowDays) === 'earlier')) repeats.add(pivot.id);
  }
  return repeats;
}

/** `repeats`: `repeatCaseIds` of all the cases, needed when the filter asks for repeat complaints. */
export function matchesFilter(record: CaseRecord, filter: TrackingFilter, asker: Asker, now: number, repeats?: ReadonlySet<string>): boolean {
  const has = <T>(list: readonly T[], value: T) => list.length === 0 || list.includes(value);
  if (!has(filter.statuses, record.status)) return false;
  if (filter.open && !isPending(record.status, record.nextDueAt)) return false;
  if (!has(filter.severities, record.severity)) return false;
  if (filter.categories.length > 0 && (record.category === null || !filter.categories.includes(record.category))) return false;
  if (filter.uncategorized && record.category !== null) return false;
  if (!has(filter.subCategories, record.subCategory)) return false;
  if (!has(filter.channels, record.channel)) return false;
  if (!has(filter.departments, record.department)) return false;
  const ownerId = record.owner?.id ?? '';
  if (filter.ownerIds.length > 0 && !filter.ownerIds.includes(ownerId)) return false;
  if (filter.mine && ownerId !== asker.id) return false;
  if (filter.clock.length > 0 && !filter.clock.some((state) => inClockState(record, state, filter, now))) return false;
  if (filter.referral.length > 0 && !matchesReferralFilter(referralFactOf(record), filter.referral, now)) return false;
  if (filter.receivedFrom !== null && record.receivedAt < filter.receivedFrom) return false;
  if (filter.receivedTo !== null && record.receivedAt >= filter.receivedTo) return false;
  if (filter.reopened && record.reopenCount === 0) return false;
  if (filter.unreached && !unreachedSinceSurvey(record)) return false;
  if (filter.chased && chasesOf(record) === 0) return false;
  if (filter.held && !isHeld(record)) return false;
  if (filter.repeated) {
    if (!repeats) throw new Error('a filter on repeat complaints needs the repeat cases');
    if (!repeats.has(record.id)) return false;
  }
  if (filter.clockCompleted !== null) {
    const { clock: kind, from, to, outcomes } = filter.clockCompleted;
    // A handling completed before a re-handling counts as well as the current one; not for 回访未联系上, which is said
    // of the latest handling's callback (a re-handled case not reached in May is not April's).
    const clocks = [...(kind === 'resolution' && !filter.unreached ? (record.earlierResolutions ?? []) : []), record.clocks[kind]];
    const hit = (clock: Clock | null | undefined) =>
      !!clock && clock.completedAt !== null && clock.completedAt >= from && clock.completedAt < to && (outcomes as readonly string[]).includes(clock.state);
    if (!clocks.some(hit)) return false;
  }
  if (filter.surveyedFrom !== null || filter.surveyedTo !== null) {
    // Any survey of the case: one the customer was not satisfied with before a re-handling too.
    const surveys = [...(record.earlierSurveys ?? []), ...(record.feedback ? [record.feedback] : [])];
    const hit = ({ at }: { at: number }) => (filter.surveyedFrom === null || at >= filter.surveyedFrom) && (filter.surveyedTo === null || at < filter.surveyedTo);
    if (!surveys.some(hit)) return false;
  }
  if (filter.satisfactionMin !== null || filter.satisfactionMax !== null) {
    const points = satisfactionPoints(record);
    if (points === 0) return false;
    if (filter.satisfactionMin !== null && points < filter.satisfactionMin * SATISFACTION_SCALE) return false;
    if (filter.satisfactionMax !== null && points > filter.satisfactionMax * SATISFACTION_SCALE) return false;
  }
  if (filter.archived === 'active' && record.archived === 1) return false;
  if (filter.archived === 'archived' && record.archived === 0) return false;
  // Only what this user can act on: not their own extension request, which they may not decide.
  if (filter.awaitingMyApproval && approvalsFor(record, asker).length === 0) return false;
  const terms = searchTerms(filter.text);
  if (terms.length > 0) {
    const contacts = searchesContacts(asker) ? contactHaystack(record) : null;
    if (!matchesTerms(terms, textHaystack(record), contacts)) return false;
  }
  return true;
}

function inClockState(record: CaseRecord, state: TrackingFilter['clock'][number], filter: TrackingFilter, now: number): boolean {
  const due = record.nextDueAt;
  if (state === 'paused') return isPaused(record);
  if (due === undefined) return false;
  if (state === 'overdue') return due < now;
  return due >= now && due < now + dueSoonWindowMs(filter);
}

const STATUS_RANK = Object.fromEntries(CASE_STATUSES.map((status, i) => [status, i])) as Record<CaseRecord['status'], number>;

/** The value a case sorts by, or null when it has none (such cases come last in either direction). */
export function sortValue(record: CaseRecord, key: SortKey): number | null {
  switch (key) {
    case 'receivedAt':
      return record.receivedAt;
    case 'updatedAt':
      return record.updatedAt;
    case 'responseDueAt':
      return record.responseDueAt ?? null;
    case 'resolutionDueAt':
      return resolutionDueOf(record);
    case 'nextDueAt':
      return record.nextDueAt ?? null;
    case 'closedAt':
      return record.closedAt;
    case 'severity':
      return SEVERITY_RANK[record.severity];
    case 'status':
      return STATUS_RANK[record.status];
    case 'satisfaction': {
      const points = satisfactionPoints(record);
      return points === 0 ? null : points;
    }
    case 'chases': {
      const chases = chasesOf(record);
      return chases === 0 ? null : chases;
    }
  }
}

function windowOf(days: number | undefined): number {
  if (days === undefined) throw new Error('a filter on repeat complaints needs the repeat window');
  return days;
}

interface Sortable {
  value: number;
  receivedAt: number;
  id: string;
}

/** Equal values: newest received first, then by id so the order is total (either direction). */
const compareTies = (a: Sortable, b: Sortable): number => b.receivedAt - a.receivedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Ascending order: by value, then `compareTies`. */
export function compareAscending(a: Sortable, b: Sortable): number {
  return a.value - b.value || compareTies(a, b);
}

/** Descending order: by value, largest first, then `compareTies`. */
export function compareDescending(a: Sortable, b: Sortable): number {
  return b.value - a.value || compareTies(a, b);
}

/**
 * The answer to a query by brute force: every matching record, sorted. Either way,
 * equal values show the newest received first; cases without a value follow,
 * newest received first (by satisfaction, a survey the customer declined is an
 * answer: those come before the cases never surveyed).
 */
export function answerByScan(records: readonly CaseRecord[], query: TrackingQuery, asker: Asker, now: number, repeatWindowDays?: number): CaseRecord[] {
  const repeats = query.filter.repeated ? repeatCaseIds(records, windowOf(repeatWindowDays)) : undefined;
  const matching = records.filter((record) => matchesFilter(record, query.filter, asker, now, repeats));
  const withValue: (Sortable & { record: CaseRecord })[] = [];
  const without: (Sortable & { record: CaseRecord })[] = [];
  for (const record of matching) {
    const value = sortValue(record, query.sort.key);
    const entry = { value: value ?? record.receivedAt, receivedAt: record.receivedAt, id: record.id, record };
    (value === null ? without : withValue).push(entry);
  }
  withValue.sort(query.sort.dir === 'desc' ? compareDescending : compareAscending);
  without.sort(compareAscending).reverse();
  const rest = query.sort.key === 'satisfaction' ? [...without.filter((e) => surveyDeclinedOf(e.record)), ...without.filter((e) => !surveyDeclinedOf(e.record))] : without;
  return [...withValue, ...rest].map((entry) => entry.record);
}

/**
 * Tracking filters compiled to checks on the index columns. Semantics are
 * those of domain/tracking/reference.ts; tests compare the two.
 */
import { repeatRelation } from '../../domain/assist/repeats';
import { matchesReferralFilter } from '../../domain/cases/referral-standing';
import { resolutionsOf, surveysOf } from '../../domain/dashboard/facts';
import { SEVERITY_RANK } from '../../domain/cases/vocabulary';
import { FINAL_STATUSES } from '../../domain/lifecycle/machine';
import { dueSoonWindowMs, type TrackingFilter } from '../../domain/tracking/query';
import type { Asker } from '../../domain/tracking/reference';
import { approvalKindsOf, BARRED_FOR_ASKER, searchesContacts } from '../../domain/tracking/row';
import { contactTerm, matchesTerms, searchTerms } from '../../domain/tracking/search';
import { SATISFACTION_SCALE } from '../../domain/feedback/survey';
import { APPROVAL_FLAG, CATEGORY_CODE, CHANNEL_CODE, FLAG, NO_CATEGORY, STATUS_CODE, type Columns } from './columns';

/** A lookup table code → allowed, or null when the filter does not restrict that field. */
function allowSet(codes: readonly number[] | null, size: number): Uint8Array | null {
  if (codes === null) return null;
  const allowed = new Uint8Array(size);
  for (const code of codes) allowed[code] = 1;
  return allowed;
}

function interned(codes: Map<string, number>, values: readonly string[]): number[] {
  return values.flatMap((value) => {
    const code = codes.get(value);
    return code === undefined ? [] : [code];
  });
}

/** What a filter on repeat complaints needs: each slot's previous case of the same customer (-1: none), and the window. */
export interface RepeatLinks {
  previous: Int32Array;
  windowDays: number;
}

/**
 * What a query left out, counted in the same pass. `archived`: archived cases that match everything
 * but the archive filter, counted when the archive is left out (the default) and any condition or a
 * search is given — a customer calling back after the archive finds no open case, a year's received
 * cases are mostly archived, and the table says where they are. Without any condition it is not counted.
 */
export interface Tally {
  archived: number;
}

/**
 * Returns the ordinals of every live case matching `filter`, in the order of
 * `order` (all ordinals, already sorted) or else in ordinal order. `repeats`
 * is needed when the filter asks for repeat complaints; `tally`, when given,
 * receives what the search left out.
 */
export function matchOrdinals(
  columns: Columns,
  filter: TrackingFilter,
  asker: Asker,
  now: number,
  order?: Int32Array,
  repeats?: RepeatLinks,
  tally?: Tally,
): Int32Array {
  if (filter.repeated && !repeats) throw new Error('a filter on repeat complaints needs the repeat links');
  const statuses = allowSet(filter.statuses.length > 0 ? filter.statuses.map((s) => STATUS_CODE[s]) : null, 256);
  // 未结 (open): not ended, or ended still owing a 12315 reply — the only clock an ended case keeps
  // running, so its due instant is the mark (reference.ts reads the same).
  const ended = filter.open ? allowSet(FINAL_STATUSES.map((s) => STATUS_CODE[s]), 256) : null;
  const severities = allowSet(filter.severities.length > 0 ? filter.severities.map((s) => SEVERITY_RANK[s]) : null, 256);
  // The "no category" code stays disallowed, so ungraded cases never match a category filter.
  const categories = allowSet(filter.categories.length > 0 ? filter.categories.map((c) => CATEGORY_CODE[c]) : null, 256);
  const channels = allowSet(filter.channels.length > 0 ? filter.channels.map((c) => CHANNEL_CODE[c]) : null, 256);
  const departments = allowSet(
    filter.departments.length > 0 ? interned(columns.departmentCodes, filter.departments) : null,
    columns.departments.length,
  );
  let ownerCodes: number[] | null = filter.ownerIds.length > 0 ? interned(columns.ownerCodes, filter.ownerIds) : null;
  if (filter.mine) {
    const me = columns.ownerCodes.get(asker.id);
    ownerCodes = (ownerCodes ?? (me === undefined ? [] : [me])).filter((code) => code === me);
  }
  const owners = allowSet(ownerCodes, columns.ownerIds.length);

  const wantOverdue = filter.clock.includes('overdue');
  const wantDueSoon = filter.clock.includes('dueSoon');
  const wantPaused = filter.clock.includes('paused');
  const clockFiltered = filter.clock.length > 0;
  const soonUntil = now + dueSoonWindowMs(filter);
  const from = filter.receivedFrom ?? -Infinity;
  const to = filter.receivedTo ?? Infinity;
  const satisfactionFiltered = filter.satisfactionMin !== null || filter.satisfactionMax !== null;
  const minPoints = (filter.satisfactionMin ?? 1) * SATISFACTION_SCALE;
  const maxPoints = (filter.satisfactionMax ?? 5) * SATISFACTION_SCALE;
  const archivedWanted = filter.archived === 'archived' ? FLAG.archived : filter.archived === 'active' ? 0 : -1;
  const approvalMask = filter.awaitingMyApproval ? approvalKindsOf(asker.role).reduce((mask, kind) => mask | APPROVAL_FLAG[kind], 0) : -1;
  // Approvals the asker may not give where they asked for them; -1 never matches a code (the asker has none yet).
  const barredMask = BARRED_FOR_ASKER.reduce((mask, kind) => mask | APPROVAL_FLAG[kind], 0);
  const askerCode = columns.askerCodes.get(asker.id) ?? -1;
  const subCategories = filter.subCategories.length > 0 ? new Set(filter.subCategories) : null;
  const completed = filter.clockCompleted;
  const completedOutcomes: readonly string[] = completed?.outcomes ?? [];
  const surveyed = filter.surveyedFrom !== null || filter.surveyedTo !== null;
  const surveyedFrom = filter.surveyedFrom ?? -Infinity;
  const surveyedTo = filter.surveyedTo ?? Infinity;
  const referral = filter.referral.length > 0 ? filter.referral : null;
  const byFacts = subCategories !== null || filter.reopened || filter.unreached || filter.repeated || completed !== null || surveyed || referral !== null;
  const terms = searchTerms(filter.text);
  const contactTerms = terms.map(contactTerm);
  const showContacts = searchesContacts(asker);
  // Every condition but the archive, as compiled above: the whole table unfiltered says nothing of the archive.
  const narrowed =
    statuses !== null ||
    ended !== null ||
    severities !== null ||
    categories !== null ||
    filter.uncategorized ||
    channels !== null ||
    departments !== null ||
    owners !== null ||
    from !== -Infinity ||
    to !== Infinity ||
    approvalMask !== -1 ||
    clockFiltered ||
    filter.chased ||
    filter.held ||
    satisfactionFiltered ||
    byFacts ||
    terms.length > 0;
  // Counted in this pass, not by a second scan: an archived case goes through the same checks and is counted, not listed.
  const tallyArchived = tally !== undefined && archivedWanted === 0 && narrowed;
  let archivedMatches = 0;

  const { alive, status, severity, category, channel, department, owner, flags, approvalAsker, nextDueAt, receivedAt, satisfaction, chases, held, texts, contacts, facts } =
    columns;
  const length = order ? order.length : columns.size;
  const out = new Int32Array(length);
  let count = 0;
  for (let n = 0; n < length; n += 1) {
    const i = order ? order[n]! : n;
    if (alive[i] === 0) continue;
    if (statuses !== null && statuses[status[i]!] === 0) continue;
    if (ended !== null && ended[status[i]!] === 1 && Number.isNaN(nextDueAt[i]!)) continue;
    if (severities !== null && severities[severity[i]!] === 0) continue;
    if (categories !== null && categories[category[i]!] !== 1) continue;
    if (filter.uncategorized && category[i] !== NO_CATEGORY) continue;
    if (channels !== null && channels[channel[i]!] === 0) continue;
    if (departments !== null && departments[department[i]!] !== 1) continue;
    if (owners !== null && owners[owner[i]!] !== 1) continue;
    const received = receivedAt[i]!;
    if (received < from || received >= to) continue;
    const flag = flags[i]!;
    let leftOut = false;
    if (archivedWanted !== -1 && (flag & FLAG.archived) !== archivedWanted) {
      if (!tallyArchived) continue;
      leftOut = true;
    }
    if (approvalMask !== -1) {
      const mine = approvalAsker[i] === askerCode ? flag & approvalMask & ~barredMask : flag & approvalMask;
      if (mine === 0) continue;
    }
    if (clockFiltered) {
      const due = nextDueAt[i]!;
      const hit =
        (wantPaused && (flag & FLAG.paused) !== 0) ||
        (wantOverdue && due < now) ||
        (wantDueSoon && due >= now && due < soonUntil);
      if (!hit) continue;
    }
    if (filter.chased && chases[i] === 0) continue;
    if (filter.held && held[i] === 0) continue;
    if (satisfactionFiltered) {
      const points = satisfaction[i]!;
      if (points === 0 || points < minPoints || points > maxPoints) continue;
    }
    if (byFacts) {
      const fact = facts[i]!;
      if (subCategories !== null && !subCategories.has(fact.subCategory)) continue;
      if (filter.reopened && !fact.reopened) continue;
      if (filter.unreached && !fact.unreached) continue;
      if (filter.repeated) {
        const earlier = repeats!.previous[i]!;
        if (earlier < 0 || repeatRelation(facts[earlier]!, fact, repeats!.windowDays) !== 'earlier') continue;
      }
      if (completed !== null) {
        // Not reached is said of the latest handling's callback: with it, only that handling's completion counts (as the figure does).
        const handlings = filter.unreached ? (fact.resolution === null ? [] : [fact.resolution]) : resolutionsOf(fact);
        const rounds = completed.clock === 'resolution' ? handlings : fact.response === null ? [] : [fact.response];
        if (!rounds.some((done) => done.at >= completed.from && done.at < completed.to && completedOutcomes.includes(done.outcome))) continue;
      }
      if (surveyed && !surveysOf(fact).some((taken) => taken.at >= surveyedFrom && taken.at < surveyedTo)) continue;
      if (referral !== null && !matchesReferralFilter(fact.referral, referral, now)) continue;
    }
    // The same terms and the same contacts rule for the cases left out: a role that may not search by phone counts none by it.
    if (terms.length > 0 && !matchesTerms(terms, texts[i]!, showContacts ? contacts[i]! : null, contactTerms)) continue;
    if (leftOut) {
      archivedMatches += 1;
      continue;
    }
    out[count] = i;
    count += 1;
  }
  if (tally) tally.archived = archivedMatches;
  return out.subarray(0, count);
}

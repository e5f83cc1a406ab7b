/**
 * The free texts of a case and of its entries: what a customer said or an agent wrote, where a
 * phone number, an e-mail address or an ID number may have been typed. Anonymisation redacts
 * them for good; masking shows them, to roles without `contacts.view`, with those masked.
 */
import type { CaseRecord, InfoRequest, PlanRecord, ReturnNote } from '../cases/case';
import { CLOCK_KINDS, type Clock } from '../clocks/clock';
import type { CaseEntry } from '../cases/entries';
import type { LegalHold } from '../cases/legal-hold';
import type { MergedCase } from '../cases/links';
import type { VerificationRequest } from '../verification/requests';

/** Called for each free text with its field's name (dotted for nested ones, `plan.measures` for every measure). */
export type TextMap = (text: string, field: string) => string;

function mapFields<T extends object>(value: T, keys: ReadonlyArray<keyof T & string>, prefix: string, map: TextMap): T {
  let next: T | undefined;
  for (const key of keys) {
    const text = value[key];
    if (typeof text !== 'string') continue;
    const mapped = map(text, `${prefix}${key}`);
    if (mapped !== text) (next ??= { ...value })[key] = mapped as T[typeof key];
  }
  return next ?? value;
}

/** A grading or plan with `map` applied to the reasons it was sent back for. */
function mapReturns<T extends { returns?: ReturnNote[] }>(value: T, prefix: string, map: TextMap): T {
  if (!value.returns) return value;
  const returns = value.returns.map((note) => mapFields(note, ['reason'], `${prefix}returns.`, map));
  return returns.some((note, i) => note !== value.returns![i]) ? { ...value, returns } : value;
}

/** A clock with `map` applied to why it was paused (the pause entries hold the same texts). */
function mapPauses(clock: Clock, prefix: string, map: TextMap): Clock {
  const pauses = clock.pauses.map((pause) => mapFields(pause, ['reason'], `${prefix}pauses.`, map));
  return pauses.some((pause, i) => pause !== clock.pauses[i]) ? { ...clock, pauses } : clock;
}

function mapClocks(clocks: CaseRecord['clocks'], map: TextMap): CaseRecord['clocks'] {
  let next: CaseRecord['clocks'] | undefined;
  for (const kind of CLOCK_KINDS) {
    const clock = clocks[kind];
    if (!clock) continue;
    const mapped = mapPauses(clock, 'clocks.', map);
    if (mapped !== clock) (next ??= { ...clocks })[kind] = mapped;
  }
  return next ?? clocks;
}

function mapLegalHold(hold: LegalHold, map: TextMap): LegalHold {
  const placed = mapFields(hold, ['reason', 'reference'], 'legalHolds.', map);
  const released = hold.released && mapFields(hold.released, ['note'], 'legalHolds.released.', map);
  return released === hold.released ? placed : { ...placed, released };
}

/** A plan with `map` applied to its measures, resources, returns and legal's opinions (current and revised). */
function mapPlan(value: PlanRecord, prefix: string, map: TextMap): PlanRecord {
  let plan = mapReturns(mapFields(value, ['resources', 'returnReason'], prefix, map), prefix, map);
  const measures = plan.measures.map((measure) => map(measure, `${prefix}measures`));
  const legalOpinion = plan.legalOpinion && mapFields(plan.legalOpinion, ['text'], `${prefix}legalOpinion.`, map);
  // The opinions legal revised are kept on the plan (domain/plans/opinions.ts), with their words.
  const earlierOpinions = plan.earlierOpinions?.map((opinion) => mapFields(opinion, ['text'], `${prefix}earlierOpinions.`, map));
  const revised = earlierOpinions?.some((opinion, i) => opinion !== plan.earlierOpinions![i]) === true;
  // 赔付确认: a note or a reference (an account, a waybill) may carry the customer's details.
  const confirmations = plan.compensationConfirmations?.map((c) => mapFields(c, ['note', 'reference'], `${prefix}compensationConfirmations.`, map));
  const confirmed = confirmations?.some((c, i) => c !== plan.compensationConfirmations![i]) === true;
  if (measures.some((m, i) => m !== plan.measures[i]) || legalOpinion !== plan.legalOpinion || revised || confirmed) {
    plan = { ...plan, measures, legalOpinion, ...(earlierOpinions ? { earlierOpinions } : {}), ...(confirmations ? { compensationConfirmations: confirmations } : {}) };
  }
  return plan;
}

/**
 * The texts of a case about another case's customer: a related case's note, how a merged case's
 * customer was told (here, or by the case it came through). Masking withholds them from roles
 * without `contacts.view` (the other case's address is not this one's); the case page shows them
 * masked with both cases' identifiers (store/services/cases/links-view.ts).
 */
export const ABOUT_OTHER_CASES: ReadonlySet<string> = new Set(['relatedCases.note', 'mergedCases.informed.note', 'mergedCases.via.informed.note']);

function mapMerged(merged: MergedCase, map: TextMap): MergedCase {
  const informed = merged.informed && mapFields(merged.informed, ['note'], 'mergedCases.informed.', map);
  const viaInformed = merged.via?.informed && mapFields(merged.via.informed, ['note'], 'mergedCases.via.informed.', map);
  if (informed === merged.informed && viaInformed === merged.via?.informed) return merged;
  return { ...merged, ...(informed ? { informed } : {}), ...(merged.via && viaInformed ? { via: { ...merged.via, informed: viaInformed } } : {}) };
}

function mapInfoRequest(request: InfoRequest, map: TextMap): InfoRequest {
  const asked = mapFields(request, ['missing'], 'infoRequests.', map);
  const received = request.received && mapFields(request.received, ['note'], 'infoRequests.received.', map);
  return received === request.received ? asked : { ...asked, received };
}

/** 核实请求: the question put to the department and why it was withdrawn (the answer is a check entry). */
function mapVerificationRequest(request: VerificationRequest, map: TextMap): VerificationRequest {
  const asked = mapFields(request, ['question'], 'verificationRequests.', map);
  const withdrawal = request.withdrawal && mapFields(request.withdrawal, ['reason'], 'verificationRequests.withdrawal.', map);
  return withdrawal === request.withdrawal ? asked : { ...asked, withdrawal };
}

/** The case with `map` applied to each of its free texts; the same object when nothing changed. */
export function mapCaseTexts(record: CaseRecord, map: TextMap): CaseRecord {
  let next = mapFields(record, ['description', 'demandNote'], '', map);
  const screening = next.screening && mapFields(next.screening, ['reason', 'referredTo', 'missing'], 'screening.', map);
  const verification = next.verification && mapFields(next.verification, ['conclusion'], 'verification.', map);
  const verificationRequests = next.verificationRequests?.map((request) => mapVerificationRequest(request, map));
  const grading = next.grading && mapReturns(mapFields(next.grading, ['rationale', 'returnReason'], 'grading.', map), 'grading.', map);
  const plan = next.plan && mapPlan(next.plan, 'plan.', map);
  // The approved plans a re-handling replaced (domain/plans/earlier.ts): what the customer was promised before.
  const earlierPlans = next.earlierPlans?.map((earlier) => mapPlan(earlier, 'earlierPlans.', map));
  const extensions = next.extensions.map((e) => mapFields(e, ['reason', 'decisionNote'], 'extensions.', map));
  const feedback = next.feedback && mapFields(next.feedback, ['result', 'comment'], 'feedback.', map);
  const outcome = next.outcome && mapFields(next.outcome, ['summary'], 'outcome.', map);
  const termination = next.termination && mapFields(next.termination, ['note'], 'termination.', map);
  // 法律保留: why, the court's or regulator's reference, why it was released.
  const legalHolds = next.legalHolds?.map((hold) => mapLegalHold(hold, map));
  const earlierSurveys = next.earlierSurveys?.map((survey) => mapFields(survey, ['result', 'comment'], 'earlierSurveys.', map));
  const clocks = mapClocks(next.clocks, map);
  const earlierResolutions = next.earlierResolutions?.map((clock) => mapPauses(clock, 'earlierResolutions.', map));
  // What the customer was asked for at 初审, and the note on what came.
  const infoRequests = next.infoRequests?.map((request) => mapInfoRequest(request, map));
  // Why registered details were corrected: the reason may repeat the number that was wrong.
  const corrections = next.corrections?.map((note) => mapFields(note, ['reason'], 'corrections.', map));
  // 回复转办单位: what the regulator was told may name the customer.
  const referralReplies = next.referralReplies?.map((reply) => mapFields(reply, ['text'], 'referralReplies.', map));
  // 关联投诉 and the telling of a merged case's customer: notes staff wrote, which may name someone.
  const relatedCases = next.relatedCases?.map((link) => mapFields(link, ['note'], 'relatedCases.', map));
  const mergedCases = next.mergedCases?.map((merged) => mapMerged(merged, map));
  const changed =
    clocks !== next.clocks ||
    earlierResolutions?.some((c, i) => c !== next.earlierResolutions![i]) === true ||
    screening !== next.screening ||
    verification !== next.verification ||
    verificationRequests?.some((r, i) => r !== next.verificationRequests![i]) === true ||
    grading !== next.grading ||
    plan !== next.plan ||
    extensions.some((e, i) => e !== next.extensions[i]) ||
    feedback !== next.feedback ||
    outcome !== next.outcome ||
    termination !== next.termination ||
    legalHolds?.some((h, i) => h !== next.legalHolds![i]) === true ||
    earlierSurveys?.some((s, i) => s !== next.earlierSurveys![i]) === true ||
    earlierPlans?.some((p, i) => p !== next.earlierPlans![i]) === true ||
    corrections?.some((c, i) => c !== next.corrections![i]) === true ||
    referralReplies?.some((r, i) => r !== next.referralReplies![i]) === true ||
    infoRequests?.some((r, i) => r !== next.infoRequests![i]) === true ||
    relatedCases?.some((r, i) => r !== next.relatedCases![i]) === true ||
    mergedCases?.some((m, i) => m !== next.mergedCases![i]) === true;
  if (changed) {
    next = {
      ...next,
      screening,
      verification,
      grading,
      plan,
      extensions,
      feedback,
      clocks,
      ...(outcome ? { outcome } : {}),
      ...(termination ? { termination } : {}),
      ...(legalHolds ? { legalHolds } : {}),
      ...(earlierSurveys ? { earlierSurveys } : {}),
      ...(earlierResolutions ? { earlierResolutions } : {}),
      ...(corrections ? { corrections } : {}),
      ...(referralReplies ? { referralReplies } : {}),
      ...(earlierPlans ? { earlierPlans } : {}),
      ...(infoRequests ? { infoRequests } : {}),
      ...(verificationRequests ? { verificationRequests } : {}),
      ...(relatedCases ? { relatedCases } : {}),
      ...(mergedCases ? { mergedCases } : {}),
    };
  }
  return next;
}

/** The free texts of each kind of entry. */
const ENTRY_TEXTS: { [K in CaseEntry['kind']]: ReadonlyArray<keyof Extract<CaseEntry, { kind: K }> & string> } = {
  check: ['checked', 'finding'],
  contact: ['summary'],
  progress: ['text'],
  pause: ['reason'],
  resume: ['note'],
  feedbackAttempt: ['note'],
  reopen: ['reason'],
  qualityReturn: ['reason'],
};

/** The entry with `map` applied to each of its free texts (fields named `<kind>.<field>`). */
export function mapEntryTexts(entry: CaseEntry, map: TextMap): CaseEntry {
  return mapFields(entry, ENTRY_TEXTS[entry.kind] as ReadonlyArray<keyof CaseEntry & string>, `${entry.kind}.`, map);
}

/** Every string inside a recorded value (an audit event's before or after, nested records and lists too) through `map`. */
export function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  return value;
}

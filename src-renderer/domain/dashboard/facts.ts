/**
 * What the dashboard and the monthly report need to know about one case,
 * derived from its record once per change (the store host keeps these in its
 * case index). Every figure is computed from these facts alone.
 */
import { normalizedContacts } from '../cases/contact';
import { referralFactOf, type ReferralFact } from '../cases/referral-standing';
import type { CaseRecord, FeedbackRecord } from '../cases/case';
import { SURVEY_DIMENSIONS, type Category, type Channel, type Severity } from '../cases/vocabulary';
import { unreachedSinceSurvey, type SurveyScores } from '../feedback/survey';
import type { Clock, ClockKind } from '../clocks/clock';
import type { CaseStatus } from '../lifecycle/machine';
import { overdueSpansOf, type OverdueSpan } from '../reports/overdue';

/** The two clocks the on-time rates are stated for. */
export const RATED_CLOCKS = ['response', 'resolution'] as const satisfies readonly ClockKind[];
export type RatedClock = (typeof RATED_CLOCKS)[number];

export const CLOCK_OUTCOMES = ['met', 'missed'] as const;
export type ClockOutcome = (typeof CLOCK_OUTCOMES)[number];

/** A completed clock: when, whether on time, and the time it counted (pauses excluded, business hours when it counts those). */
export interface CompletedClock {
  at: number;
  outcome: ClockOutcome;
  tookMs: number;
}

export interface CaseFacts {
  id: string;
  /** The case number: orders cases received at the same instant (repeat complaints). */
  no: string;
  receivedAt: number;
  /** The customer's phone and e-mail as a repeat complaint is recognised by ('' where none identifies anybody). */
  phone: string;
  email: string;
  /** … and their social or app account (`accountKey`); absent when the case has none. */
  account?: string;
  channel: Channel;
  severity: Severity;
  category: Category | null;
  subCategory: string;
  department: string;
  status: CaseStatus;
  archived: boolean;
  reopened: boolean;
  /** Earliest deadline among running clocks; null when none runs. */
  nextDueAt: number | null;
  response: CompletedClock | null;
  resolution: CompletedClock | null;
  /** Handlings completed before a re-handling, oldest first: each counts in the period it was completed in. */
  earlierResolutions: CompletedClock[];
  /** The (latest) satisfaction survey: when it was taken and its four scores. */
  survey: SurveyFact | null;
  /** Surveys taken before it (the customer surveyed again after re-handling), oldest first: they count too. */
  earlierSurveys: SurveyFact[];
  /** Called back without reaching the customer, and no survey taken yet. */
  unreached: boolean;
  /** A 12315 referral's reply deadline and where it stands (the report's 12315 section, the filter 转办反馈); absent without one. */
  referral?: ReferralFact;
  /** When one of its clocks was overdue (the report's 期末超时未办结量); absent when none ever was. */
  overdueSpans?: OverdueSpan[];
}

export interface SurveyFact {
  at: number;
  scores: SurveyScores;
}

const surveyFact = (survey: FeedbackRecord): SurveyFact => ({
  at: survey.at,
  // Scores saved before a question could go unanswered are numbers; a missing one reads as unanswered.
  scores: Object.fromEntries(SURVEY_DIMENSIONS.map((d) => [d, survey.scores[d] ?? null])) as SurveyScores,
});

function completedClock(clock: Clock | null | undefined): CompletedClock | null {
  if (!clock || clock.completedAt === null || (clock.state !== 'met' && clock.state !== 'missed')) return null;
  return { at: clock.completedAt, outcome: clock.state, tookMs: clock.consumedMs };
}

const completed = (record: CaseRecord, kind: RatedClock): CompletedClock | null => completedClock(record.clocks[kind]);

/** Every survey of a fact, the latest last: what the satisfaction figures count. */
export function surveysOf(fact: Pick<CaseFacts, 'survey' | 'earlierSurveys'>): SurveyFact[] {
  return fact.survey === null ? fact.earlierSurveys : [...fact.earlierSurveys, fact.survey];
}

/** When each handling of a case was completed (its 处理时限 met or missed), oldest first: what the fact's resolutions are made of. */
export function handlingsCompletedAt(record: Pick<CaseRecord, 'clocks' | 'earlierResolutions'>): number[] {
  return [...(record.earlierResolutions ?? []), record.clocks.resolution].flatMap((clock) => completedClock(clock)?.at ?? []);
}

/** Every completed handling of a fact, the current one last: what the resolution figures count. */
export function resolutionsOf(fact: Pick<CaseFacts, 'resolution' | 'earlierResolutions'>): CompletedClock[] {
  return fact.resolution === null ? fact.earlierResolutions : [...fact.earlierResolutions, fact.resolution];
}

export function caseFacts(record: CaseRecord): CaseFacts {
  const contacts = normalizedContacts(record);
  const referral = referralFactOf(record);
  const overdueSpans = overdueSpansOf(record);
  return {
    id: record.id,
    no: record.no,
    receivedAt: record.receivedAt,
    phone: contacts.phone,
    email: contacts.email,
    ...(contacts.account !== '' ? { account: contacts.account } : {}),
    channel: record.channel,
    severity: record.severity,
    category: record.category,
    subCategory: record.subCategory,
    department: record.department,
    status: record.status,
    archived: record.archived === 1,
    reopened: record.reopenCount > 0,
    nextDueAt: record.nextDueAt ?? null,
    response: completed(record, 'response'),
    resolution: completed(record, 'resolution'),
    earlierResolutions: (record.earlierResolutions ?? []).flatMap((clock) => completedClock(clock) ?? []),
    survey: record.feedback ? surveyFact(record.feedback) : null,
    earlierSurveys: (record.earlierSurveys ?? []).map(surveyFact),
    unreached: unreachedSinceSurvey(record),
    ...(referral ? { referral } : {}),
    ...(overdueSpans ? { overdueSpans } : {}),
  };
}

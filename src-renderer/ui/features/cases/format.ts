import type { TFunction } from 'i18next';
import type { CaseRecord, FeedbackRecord, Person } from '../../../domain/cases/case';
import type { CaseEntry } from '../../../domain/cases/entries';
import { SURVEY_DIMENSIONS } from '../../../domain/cases/vocabulary';
import { surveyDeclined } from '../../../domain/feedback/survey';
import { formatDateTime } from '../../components/format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How a span is cut to its shown units. A countdown or lateness rounds down so
 * “剩余 X” never claims time that is not there; a statistic (a mean, a P90, a
 * change against last month) rounds to the nearest shown unit, so a measured
 * 5 days a few ms short still reads 5天 rather than 4天23小时.
 */
export type DurationRounding = 'down' | 'nearest';

/** A span of time in its two largest units (“1天3小时”, “2 h 5 min”); minutes are the finest unit a deadline needs. */
export function formatDuration(t: TFunction, ms: number, rounding: DurationRounding = 'down'): string {
  const total = shownSpan(Math.abs(ms), rounding);
  if (total < MINUTE) return t('flow.duration.lessThanMinute');
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  const minutes = Math.floor((total % HOUR) / MINUTE);
  const parts: string[] = [];
  if (days > 0) parts.push(t('flow.duration.d', { count: days }));
  if (hours > 0) parts.push(t('flow.duration.h', { count: hours }));
  if (minutes > 0 && days === 0) parts.push(t('flow.duration.m', { count: minutes }));
  const [first = '', second] = parts;
  return second === undefined ? first : t('flow.duration.pair', { first, second });
}

/**
 * The span cut to its finest shown unit (hours from a day up, minutes below),
 * so the units split from it carry over whole: 1天23小时40分 rounds to 2天,
 * never 1天24小时, and 59分40秒 to 1小时, never 60分钟.
 */
export function shownSpan(total: number, rounding: DurationRounding): number {
  const cut = rounding === 'down' ? Math.floor : Math.round;
  const toMinutes = cut(total / MINUTE) * MINUTE;
  return toMinutes >= DAY ? cut(total / HOUR) * HOUR : toMinutes;
}

/** “张三 · 2026-11-23 14:05”: who did something and when. */
export function byAt(by: Person | null | undefined, at: number | null | undefined): string {
  if (!by || !at) return '';
  return `${by.name} · ${formatDateTime(at)}`;
}

type Attempt = Extract<CaseEntry, { kind: 'feedbackAttempt' }>;

/** When a callback that did not get through was made (recorded before the desk asked: when it was recorded). */
export const attemptAt = (attempt: Attempt): number => attempt.calledAt ?? attempt.at;

/** Why a callback did not get through, and the agent's note: 无人接听 · 响铃一分钟无人接. */
export function attemptText(t: TFunction, attempt: Attempt): string {
  return [attempt.reason ? t(`flow.unreachableReason.${attempt.reason}`) : '', attempt.note].filter(Boolean).join(' · ');
}

/**
 * A contact detail of the customer as recorded; on an anonymised case one that is empty reads
 * 已清除（匿名化）, so a reader does not take it for a detail intake missed. '' when never given.
 */
export function customerDetail(t: TFunction, record: Pick<CaseRecord, 'phone' | 'email' | 'orderNo' | 'anonymisedAt'>, field: 'phone' | 'email' | 'orderNo'): string {
  const value = record[field];
  if (value !== '') return value;
  return record.anonymisedAt !== undefined ? t('case.erased') : '';
}

/** A question's answer: “4 分”, or 未回答. */
export function scoreText(t: TFunction, score: number | null | undefined): string {
  return score === null || score === undefined ? t('flow.survey.notAnswered') : t('flow.survey.points', { count: score });
}

/**
 * “处理效率 2、解决程度 1、沟通态度 未回答、补偿合理性 1”: a survey's four scores on one line;
 * 客户不愿评分 when none was answered.
 */
export function surveyScoresText(t: TFunction, scores: FeedbackRecord['scores']): string {
  if (surveyDeclined(scores)) return t('flow.survey.declined');
  return SURVEY_DIMENSIONS.map((dimension) =>
    scores[dimension] === null
      ? t('flow.feedback.scoreItemUnanswered', { dimension: t(`flow.survey.${dimension}`) })
      : t('flow.feedback.scoreItem', { dimension: t(`flow.survey.${dimension}`), score: scores[dimension] }),
  ).join(t('flow.listSeparator'));
}

/** “联系电话、通信地址”: the fields a correction changed, named as the case history names them. */
export function correctedFieldsText(t: TFunction, fields: readonly string[]): string {
  return fields.map((field) => t(`flow.field.${field}`, { defaultValue: field })).join(t('flow.listSeparator'));
}

type ContactEntry = Extract<CaseEntry, { kind: 'contact' }>;

/** How a contact was made, as the contacts table and the 跟踪表 say it: 电话 · 客户来电/来访 for one the customer made. */
export function contactWayText(t: TFunction, entry: Pick<ContactEntry, 'channel' | 'inbound'>): string {
  const channel = t(`channel.${entry.channel}`);
  return entry.inbound ? t('flow.contact.inboundWay', { channel }) : channel;
}

/** What was said, marked 【催办】 when the customer chased the case. */
export function contactSummaryText(t: TFunction, entry: Pick<ContactEntry, 'summary' | 'chase'>): string {
  return entry.chase ? t('flow.contact.chased', { summary: entry.summary }) : entry.summary;
}

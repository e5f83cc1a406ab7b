import type { TFunction } from 'i18next';
import type { CaseEntry } from '../../../../domain/cases/entries';
import { byAt } from '../format';
import type { ReturnEntry } from './ReopenSection';

/**
 * Why the case was handled again after the survey taken at `surveyAt` (and before the next one, at
 * `nextAt`): the reopen a customer not satisfied caused, or the quality review that sent a case
 * closed as satisfied back. The case keeps the surveys (`earlierSurveys`, `feedback`) and the
 * entries apart, so they are matched by time: a return is written after the survey it follows.
 */
export function returnAfter(entries: readonly CaseEntry[], surveyAt: number, nextAt = Infinity): ReturnEntry | undefined {
  return entries.find((e): e is ReturnEntry => (e.kind === 'reopen' || e.kind === 'qualityReturn') && e.at >= surveyAt && e.at < nextAt);
}

/** “记录不全（主管老陈 · 2026-11-23 14:05）”: why the case went back, who sent it and when. */
export function returnNote(t: TFunction, entry: ReturnEntry): string {
  return entry.reason + t('flow.returnedByAt', { byAt: byAt(entry.by, entry.at) });
}

/**
 * Why a survey was followed by a re-handling, for a column of reasons: a reopen needs only its
 * reason (the survey beside it says 不满意); a quality return says so, and who sent it back when.
 */
export function returnText(t: TFunction, entry: ReturnEntry): string {
  return entry.kind === 'reopen' ? entry.reason : t('flow.feedback.qualityReturned', { note: returnNote(t, entry) });
}

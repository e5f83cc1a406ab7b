/**
 * The 5-point satisfaction survey (满意度调查): four questions, each scored 1–5, or left unanswered
 * when the customer would not answer it; a customer may decline to score at all (客户不愿评分).
 */
import { SURVEY_DIMENSIONS, type SurveyDimension } from '../cases/vocabulary';

/** A question's score 1–5, or null: the customer did not answer it. */
export type SurveyScores = Record<SurveyDimension, number | null>;

/** The scores the customer gave, in the order of the questions. */
export const answeredScores = (scores: SurveyScores): number[] => SURVEY_DIMENSIONS.flatMap((dimension) => scores[dimension] ?? []);

/** The customer answered none of the questions. */
export const surveyDeclined = (scores: SurveyScores): boolean => answeredScores(scores).length === 0;

/**
 * A survey's satisfaction as an exact whole number: the mean of the answered scores × 12 (12–60), 0
 * when none was answered. 12 is divisible by every count of answers (1–4), so the mean of 1, 2, 3 or
 * 4 scores is held, sorted and filtered without rounding, in one byte.
 */
export const SATISFACTION_SCALE = 12;

export function satisfactionPointsOf(scores: SurveyScores): number {
  const answered = answeredScores(scores);
  if (answered.length === 0) return 0;
  return (answered.reduce((sum, score) => sum + score, 0) * SATISFACTION_SCALE) / answered.length;
}

/** The mean score (1–5) that points stand for; null for none. */
export const satisfactionOfPoints = (points: number): number | null => (points === 0 ? null : points / SATISFACTION_SCALE);

/**
 * 回访未联系上: a callback failed and no survey answered it since — none at all, or a failed call
 * recorded after the latest survey (a re-handled case's callback, after its earlier unsatisfied
 * survey or a quality return): a survey drops `lastUnreachableAt`, answering every call before it.
 * Cases of versions before that was kept count only without any survey, as then.
 */
/** The case as a survey leaves it: every failed call recorded before it answered (`lastUnreachableAt` dropped). */
export function answeredCalls<T extends { lastUnreachableAt?: number }>(record: T): Omit<T, 'lastUnreachableAt'> {
  const { lastUnreachableAt: _answered, ...rest } = record;
  return rest;
}

export function unreachedSinceSurvey(record: { unreachableAttempts: number; lastUnreachableAt?: number; feedback: unknown }): boolean {
  if (record.unreachableAttempts === 0) return false;
  return record.feedback === null || record.lastUnreachableAt !== undefined;
}

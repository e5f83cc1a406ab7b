import { z } from 'zod';
import { splitRepeats } from '../../../domain/assist/repeats';
import type { CaseRecord } from '../../../domain/cases/case';
import type { Category, Severity } from '../../../domain/cases/vocabulary';
import { DeskError } from '../../../domain/common/errors';
import type { CaseStatus } from '../../../domain/lifecycle/machine';
import { casesOfCustomer } from '../../assist/repeats';
import { contactKeysProgress, type BackfillProgress } from '../../core/backfill';
import { readSettings } from '../../core/settings';
import { query, type ServiceModule } from '../../rpc/define';

/** What `assist.contactKeysProgress` answers while the backfill runs (the windows show it). */
export type { BackfillProgress };

/** A shared placeholder number can tie hundreds of cases together; the panel lists this many of each side. */
export const REPEATS_LISTED = 50;

/**
 * One of the customer's other cases, as the repeat panel shows it. Deliberately
 * without name, phone or e-mail: roles that may not see contacts must not learn
 * them from which cases were matched.
 */
export interface RepeatSummary {
  id: string;
  no: string;
  receivedAt: number;
  status: CaseStatus;
  severity: Severity;
  category: Category | null;
  subCategory: string;
  closedAt: number | null;
  /** The customer's answer at the feedback call; null before there was one. */
  satisfied: boolean | null;
}

export interface RepeatsAnswer {
  /** The window the cases were matched in (`assist.repeatWindowDays`). */
  windowDays: number;
  /** Received within the window before this case (it is a repeat of these), newest first. */
  earlier: RepeatSummary[];
  /** Received within the window after it (each is a repeat of this one), newest first. */
  later: RepeatSummary[];
  /** How many there are in all (the lists stop at `REPEATS_LISTED`). */
  earlierCount: number;
  laterCount: number;
}

function toRepeatSummary(record: CaseRecord): RepeatSummary {
  const { id, no, receivedAt, status, severity, category, subCategory, closedAt } = record;
  return { id, no, receivedAt, status, severity, category, subCategory, closedAt, satisfied: record.feedback?.satisfied ?? null };
}

const RepeatsInput = z.object({ caseId: z.string().min(1).max(100) });

/** 重复投诉: the other complaints of this case's customer (same phone or e-mail) within the window around it. */
const repeats = query(RepeatsInput, async ({ db }, { caseId }): Promise<RepeatsAnswer> => {
  const record = await db.cases.get(caseId);
  if (!record) throw new DeskError({ code: 'cases.notFound' });
  const [{ assist }, cases] = await Promise.all([readSettings(db), casesOfCustomer(db, record)]);
  const { earlier, later } = splitRepeats(cases, record, assist.repeatWindowDays);
  return {
    windowDays: assist.repeatWindowDays,
    earlier: earlier.slice(0, REPEATS_LISTED).map(toRepeatSummary),
    later: later.slice(0, REPEATS_LISTED).map(toRepeatSummary),
    earlierCount: earlier.length,
    laterCount: later.length,
  };
});

/**
 * How far the contact keys of the cases from before the update are filled in (store/core/backfill.ts),
 * null when that is done: until then every lookup of a customer's cases waits, and the windows say why.
 */
const contactKeys = query(z.object({}), async ({ db }): Promise<BackfillProgress | null> => contactKeysProgress(db));

export const repeatsHandlers = {
  'assist.repeats': repeats,
  'assist.contactKeysProgress': contactKeys,
} satisfies ServiceModule;

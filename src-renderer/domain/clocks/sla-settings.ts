import { z } from 'zod';
import type { Severity } from '../cases/vocabulary';
import { DEFAULT_CALENDAR } from './calendar';
import type { ClockMode, SlaClockKind } from './clock';

const HOUR = 3_600_000;

/** Time limits of a centre, editable by the admin in Settings. */
export interface SlaSettings {
  responseHours: Record<Severity, number>;
  /** Hours for the stage time nodes, counted from the start of each stage. */
  nodeHours: { verification: number; grading: number; planApproval: number; callback: number };
  modes: Record<SlaClockKind, ClockMode>;
  /**
   * 转办反馈时限 offered for a 12315 referral at intake, in working days from receipt (the order's
   * own date or number is typed over it). Absent in settings saved before it existed: read as
   * `DEFAULT_REFERRAL_REPLY_DAYS` (`referralReplyDaysOf`).
   */
  referralReplyDays?: number;
}

/** What 12315 work orders commonly allow. */
export const DEFAULT_REFERRAL_REPLY_DAYS = 7;
export const MAX_REFERRAL_REPLY_DAYS = 60;

export function referralReplyDaysOf(sla: Pick<SlaSettings, 'referralReplyDays'>): number {
  return sla.referralReplyDays ?? DEFAULT_REFERRAL_REPLY_DAYS;
}

/** 回访: two working days (of 8 hours) after the handling is complete. */
const DEFAULT_CALLBACK_HOURS = 16;
const DEFAULT_CALLBACK_MODE: ClockMode = 'business';

export const DEFAULT_SLA: SlaSettings = {
  responseHours: { general: 24, serious: 12, major: 2 },
  nodeHours: { verification: 24, grading: 16, planApproval: 16, callback: DEFAULT_CALLBACK_HOURS },
  modes: { response: 'calendar', verification: 'business', grading: 'business', planApproval: 'business', resolution: 'calendar', callback: DEFAULT_CALLBACK_MODE },
  referralReplyDays: DEFAULT_REFERRAL_REPLY_DAYS,
};

export const hours = (h: number) => h * HOUR;

/**
 * The time limits as saved, with what was added since filled in: settings saved before 回访时限
 * existed have no `callback` among their node hours and modes, and count it by the default.
 */
type Older<T extends { callback: unknown }> = Omit<T, 'callback'> & Partial<Pick<T, 'callback'>>;
export function slaWithDefaults(saved: Omit<SlaSettings, 'nodeHours' | 'modes'> & { nodeHours: Older<SlaSettings['nodeHours']>; modes: Older<SlaSettings['modes']> }): SlaSettings {
  return {
    ...saved,
    nodeHours: { callback: DEFAULT_CALLBACK_HOURS, ...saved.nodeHours },
    modes: { callback: DEFAULT_CALLBACK_MODE, ...saved.modes },
  };
}

const Hours = z.number({ error: 'validation.required' }).min(0.25, { error: 'validation.hoursRange' }).max(24 * 90, { error: 'validation.hoursRange' });
const Mode = z.enum(['calendar', 'business'], { error: 'validation.chooseOne' });
const Minutes = z.number().int().min(0).max(24 * 60);
/** Working days of a referral's reply deadline: the intake's field and the centre's default alike. */
export const ReferralDays = z
  .number({ error: 'validation.required' })
  .int({ error: 'validation.wholeNumber' })
  .min(1, { error: 'validation.referralDaysRange' })
  .max(MAX_REFERRAL_REPLY_DAYS, { error: 'validation.referralDaysRange' });
const DAY_FORM = /^\d{4}-\d{2}-\d{2}$/;
const DayKey = z.string().regex(DAY_FORM, { error: 'validation.dateFormat' });

export const SlaSettingsSchema = z.object({
  responseHours: z.object({ general: Hours, serious: Hours, major: Hours }),
  nodeHours: z.object({ verification: Hours, grading: Hours, planApproval: Hours, callback: Hours.default(DEFAULT_CALLBACK_HOURS) }),
  modes: z.object({ response: Mode, verification: Mode, grading: Mode, planApproval: Mode, resolution: Mode, callback: Mode.default(DEFAULT_CALLBACK_MODE) }),
  referralReplyDays: ReferralDays.default(DEFAULT_REFERRAL_REPLY_DAYS),
});

export const CalendarSettingsSchema = z
  .object({
    dayStart: Minutes,
    dayEnd: Minutes,
    breakStart: Minutes.nullable(),
    breakEnd: Minutes.nullable(),
    extraHolidays: z.array(DayKey).max(1000),
    extraWorkdays: z.array(DayKey).max(1000),
  })
  .superRefine((value, ctx) => {
    if (value.dayEnd <= value.dayStart) ctx.addIssue({ code: 'custom', path: ['dayEnd'], message: 'validation.workingHours' });
    if ((value.breakStart === null) !== (value.breakEnd === null)) {
      ctx.addIssue({ code: 'custom', path: ['breakEnd'], message: 'validation.workingHours' });
    }
    if (value.breakStart !== null && value.breakEnd !== null) {
      if (!(value.breakStart > value.dayStart && value.breakEnd < value.dayEnd && value.breakStart < value.breakEnd)) {
        ctx.addIssue({ code: 'custom', path: ['breakStart'], message: 'validation.workingHours' });
      }
    }
    for (const path of ['extraHolidays', 'extraWorkdays'] as const) {
      const days = value[path];
      const unreal = days.find((day) => DAY_FORM.test(day) && !isRealDay(day));
      if (unreal) ctx.addIssue({ code: 'custom', path: [path], message: 'validation.dayNotReal', params: { day: unreal } });
      const twice = days.find((day, i) => days.indexOf(day) !== i);
      if (twice) ctx.addIssue({ code: 'custom', path: [path], message: 'validation.dayTwice', params: { day: twice } });
    }
    const clash = value.extraHolidays.find((d) => value.extraWorkdays.includes(d));
    if (clash) ctx.addIssue({ code: 'custom', path: ['extraWorkdays'], message: 'validation.dayBothWays', params: { day: clash } });
  });

/** `2026-02-30` has the form of a day but is none. */
function isRealDay(key: string): boolean {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export { DEFAULT_CALENDAR };

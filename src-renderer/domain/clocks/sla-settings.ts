import { z } from 'zod';
import type { Severity } from '../cases/vocabulary';
import { DEFAULT_CALENDAR } from './calendar';
import type { ClockKind, ClockMode } from './clock';

const HOUR = 3_600_000;

/** Time limits of a centre, editable by the admin in Settings. */
export interface SlaSettings {
  responseHours: Record<Severity, number>;
  /** Hours for the stage time nodes, counted from the start of each stage. */
  nodeHours: { verification: number; grading: number; planApproval: number };
  modes: Record<ClockKind, ClockMode>;
}

export const DEFAULT_SLA: SlaSettings = {
  responseHours: { general: 24, serious: 12, major: 2 },
  nodeHours: { verification: 24, grading: 16, planApproval: 16 },
  modes: { response: 'calendar', verification: 'business', grading: 'business', planApproval: 'business', resolution: 'calendar' },
};

export const hours = (h: number) => h * HOUR;

const Hours = z.number({ error: 'validation.required' }).min(0.25, { error: 'validation.hoursRange' }).max(24 * 90, { error: 'validation.hoursRange' });
const Mode = z.enum(['calendar', 'business'], { error: 'validation.chooseOne' });
const Minutes = z.number().int().min(0).max(24 * 60);
const DayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.dateFormat' });

export const SlaSettingsSchema = z.object({
  responseHours: z.object({ general: Hours, serious: Hours, major: Hours }),
  nodeHours: z.object({ verification: Hours, grading: Hours, planApproval: Hours }),
  modes: z.object({ response: Mode, verification: Mode, grading: Mode, planApproval: Mode, resolution: Mode }),
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
    const clash = value.extraHolidays.find((d) => value.extraWorkdays.includes(d));
    if (clash) ctx.addIssue({ code: 'custom', path: ['extraWorkdays'], message: 'validation.dayBothWays', params: { day: clash } });
  });

export { DEFAULT_CALENDAR };

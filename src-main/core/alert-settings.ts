/**
 * The centre's alert policy as the admin sets it in Settings (提醒), with its
 * defaults. Kept by the store host (settings key `alerts`), sent to the alert
 * runtime with the deadline feed. Error codes are the app's i18n codes.
 */
import { z } from 'zod';

const Minutes = (max: number) =>
  z
    .number({ error: 'validation.invalid' })
    .int({ error: 'validation.invalid' })
    .min(0, { error: 'validation.invalid' })
    .max(max, { error: 'validation.invalid' });

/** `HH:mm`, local time of this desktop. */
const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.invalid' });

export const AlertPolicySettings = z
  .object({
    /** Due-soon warning this many minutes before the deadline, per severity. */
    leadMinutes: z.object({ general: Minutes(7 * 24 * 60), serious: Minutes(7 * 24 * 60), major: Minutes(7 * 24 * 60) }),
    /** Reminder every this many minutes while overdue and unacknowledged; 0 = no reminders. */
    repeatMinutes: Minutes(24 * 60),
    /** Overdue cases reach the department supervisor, then its director, this long after the deadline. */
    escalation: z
      .object({ supervisorAfterMinutes: Minutes(30 * 24 * 60), directorAfterMinutes: Minutes(30 * 24 * 60) })
      .refine((e) => e.directorAfterMinutes >= e.supervisorAfterMinutes, {
        error: 'validation.escalationOrder',
        path: ['directorAfterMinutes'],
      }),
    /** 应急小组: user ids alerted about every 重大 case, at once. */
    emergencyGroup: z.array(z.string().min(1).max(100)).max(200),
    /** Alerts (except 重大) are held during these hours and delivered as one summary when they end. */
    quietHours: z.object({ enabled: z.boolean(), from: TimeOfDay, to: TimeOfDay }),
    /** More alerts than this at one moment become one notification. */
    coalesceAbove: z.number().int().min(1, { error: 'validation.invalid' }).max(100, { error: 'validation.invalid' }),
  })
  .strict();
export type AlertPolicySettings = z.infer<typeof AlertPolicySettings>;

export const DEFAULT_ALERT_POLICY: AlertPolicySettings = {
  leadMinutes: { general: 120, serious: 60, major: 30 },
  repeatMinutes: 30,
  escalation: { supervisorAfterMinutes: 30, directorAfterMinutes: 120 },
  emergencyGroup: [],
  quietHours: { enabled: false, from: '22:00', to: '07:00' },
  coalesceAbove: 3,
};

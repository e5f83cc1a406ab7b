import { z } from 'zod';
import { ALERT_KINDS, SNOOZE_MINUTES } from '../../../../src-main/core/alert-feed';
import { AlertPolicySettings } from '../../../../src-main/core/alert-settings';
import { SEVERITIES } from '../../../domain/cases/vocabulary';
import { DeskError } from '../../../domain/common/errors';
import { id } from '../../../domain/common/fields';
import { erasureKey, isErasureNumber } from '../../../domain/privacy/erasure';
import type { Role } from '../../../domain/users/roles';
import { FOLLOW_PREF, FollowPrefs, POLICY_KEY, readFollow, readPolicy } from '../../alerts/context';
import { logAcknowledged, logSnoozed } from '../../alerts/log';
import { unacknowledgedKeys } from '../../alerts/unacknowledged';
import { readSettings, writeSetting } from '../../core/settings';
import type { AlertLogRecord } from '../../db';
import { command, query, type ServiceModule, type StoreContext } from '../../rpc/define';

/** Who reads everyone's alerts in the log; everyone else reads their own. */
const SEES_EVERYONES: readonly Role[] = ['supervisor', 'director', 'ops_director', 'admin'];
export const MAX_LOG_PAGE = 200;
const MINUTE_MS = 60_000;

const policy = query(z.object({}).default({}), (ctx) => readPolicy(ctx.db));

/** 提醒设置 (admin): the policy every desktop's alerts follow; members of the emergency group must be active users. */
const savePolicy = command(AlertPolicySettings, async (ctx, next) => {
  const { db } = ctx;
  return db.transaction('rw', db.settings, db.users, db.audit, db.auditHeads, async () => {
    const members = await db.users.bulkGet(next.emergencyGroup);
    const unknown = members.findIndex((user) => !user || user.active !== 1);
    if (unknown >= 0) {
      throw new DeskError({ code: 'validation.failed', fields: [{ field: 'emergencyGroup', code: 'validation.unknownUser' }] });
    }
    await writeSetting(ctx, POLICY_KEY, next, 'alerts.savePolicy');
    return next;
  });
}, { access: 'settings.update' });

/** 我的提醒: the severities and departments the caller follows in a supervising role. */
const follow = query(z.object({}).default({}), (ctx) => readFollow(ctx.db, ctx.actor!.id));

const saveFollow = command(FollowPrefs, async (ctx, input) => {
  const { db } = ctx;
  const { departments: configured } = await readSettings(db);
  const fields = input.departments.flatMap((department, n) =>
    configured.includes(department) ? [] : [{ field: `departments.${n}`, code: 'validation.notInList' }],
  );
  if (fields.length > 0) throw new DeskError({ code: 'validation.failed', fields });
  // Kept in the vocabulary's order, so the same choice always reads the same.
  const value: FollowPrefs = { severities: SEVERITIES.filter((s) => input.severities.includes(s)), departments: input.departments };
  const userId = ctx.actor!.id;
  await db.prefs.put({ userId, name: FOLLOW_PREF, value });
  ctx.changed('prefs', userId);
  return value;
});

const Instant = z.number({ error: 'validation.invalid' }).finite({ error: 'validation.invalid' });
const LogCursor = z.object({ raisedAt: Instant, id: z.number().int() });
export type AlertLogCursor = z.infer<typeof LogCursor>;

const LogInput = z.object({
  userId: id().optional(),
  caseId: id().optional(),
  caseNo: z.string().trim().max(60, { error: 'validation.tooLong' }).optional(),
  kind: z.enum(ALERT_KINDS, { error: 'validation.chooseOne' }).optional(),
  /** Raised at or after `from` and before `to`. */
  from: Instant.optional(),
  to: Instant.optional(),
  unacknowledgedOnly: z.boolean().default(false),
  cursor: LogCursor.optional(),
  limit: z.number().int().min(1).max(MAX_LOG_PAGE).default(50),
});

export interface AlertLogPage {
  rows: AlertLogRecord[];
  /** Where the next page starts; null on the last one. */
  next: AlertLogCursor | null;
}

async function caseIdOf(ctx: StoreContext, input: z.output<typeof LogInput>): Promise<string | null | undefined> {
  if (input.caseId) return input.caseId;
  if (!input.caseNo) return undefined;
  // A deletion request's number (SC-…) names its reply deadline's alerts.
  if (isErasureNumber(input.caseNo)) return erasureKey(input.caseNo.toUpperCase());
  const [found] = await ctx.db.cases.where('no').equals(input.caseNo.toUpperCase()).limit(1).primaryKeys();
  return found ?? null;
}

/**
 * 提醒记录, newest first, a page at a time by keyset (raisedAt, id). The most
 * selective index (the case, else the user, else time) bounds the read; kind
 * and "unacknowledged only" are checked on the rows of that range.
 */
const log = query(LogInput, async (ctx, input): Promise<AlertLogPage> => {
  const actor = ctx.actor!;
  const userId = SEES_EVERYONES.includes(actor.role) ? input.userId : actor.id;
  const caseId = await caseIdOf(ctx, input);
  if (caseId === null) return { rows: [], next: null };

  const [index, prefix] =
    caseId !== undefined
      ? (['[caseId+raisedAt+id]', [caseId]] as const)
      : userId !== undefined
        ? (['[userId+raisedAt+id]', [userId]] as const)
        : (['[raisedAt+id]', []] as const);
  const { from, to, cursor } = input;
  const lower = [...prefix, from ?? -Infinity, -Infinity];
  // Before the cursor (the last row of the previous page), else before `to`, else to the end.
  const [upper, includeUpper] =
    cursor && (to === undefined || cursor.raisedAt < to)
      ? [[...prefix, cursor.raisedAt, cursor.id], false]
      : to !== undefined
        ? [[...prefix, to, -Infinity], false]
        : [[...prefix, Infinity, Infinity], true];

  const byCase = caseId !== undefined && userId !== undefined;
  const checks = byCase || input.kind !== undefined || input.unacknowledgedOnly;
  let range = ctx.db.alerts.where(index).between(lower, upper, true, includeUpper).reverse();
  if (checks) {
    range = range.and(
      (row) =>
        (!byCase || row.userId === userId) &&
        (input.kind === undefined || row.kind === input.kind) &&
        (!input.unacknowledgedOnly || row.acknowledgedAt === null),
    );
  }
  const rows = await range.limit(input.limit + 1).toArray();
  const more = rows.length > input.limit;
  if (more) rows.length = input.limit;
  const last = rows.at(-1);
  return { rows, next: more && last ? { raisedAt: last.raisedAt, id: last.id } : null };
});

/** The caller's overdue alerts still waiting for 确认 (one per deadline): the count beside 提醒 in the navigation. */
const unacknowledged = query(z.object({}).default({}), async (ctx) => {
  const keys = await unacknowledgedKeys(ctx.db, ctx.actor!.id, ctx.now());
  return { count: keys.length };
});

const Keys = z.array(z.string().min(3).max(200)).min(1).max(1000);

/** The caller acknowledges the alerts of these deadlines: their repeats stop (also on this desktop's runtime at once). */
const acknowledge = command(z.object({ keys: Keys }), async (ctx, { keys }) => {
  const { db } = ctx;
  const actor = ctx.actor!;
  await db.transaction('rw', [db.alerts, db.alertStates, db.cases, db.settings], () => logAcknowledged(db, actor, keys, ctx.now()));
  for (const key of keys) ctx.changed('alerts', key);
  return null;
});

/** The caller is reminded of these deadlines once more after `minutes`. */
const snooze = command(z.object({ keys: Keys, minutes: z.number().int().min(1).max(240).default(SNOOZE_MINUTES) }), async (ctx, { keys, minutes }) => {
  const { db } = ctx;
  const until = ctx.now() + minutes * MINUTE_MS;
  await db.transaction('rw', [db.alertStates, db.cases, db.settings], () => logSnoozed(db, ctx.actor!, keys, until));
  for (const key of keys) ctx.changed('alerts', key);
  return { until };
});

/** 提醒: the policy, what each user follows, the alert log, and acknowledging or snoozing alerts from the app. */
export const alertsService = {
  'alerts.policy': policy,
  'alerts.savePolicy': savePolicy,
  'alerts.follow': follow,
  'alerts.saveFollow': saveFollow,
  'alerts.log': log,
  'alerts.unacknowledged': unacknowledged,
  'alerts.acknowledge': acknowledge,
  'alerts.snooze': snooze,
} satisfies ServiceModule;

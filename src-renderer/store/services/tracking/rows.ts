import { z } from 'zod';
import { TrackingQuerySchema, type TrackingQuery } from '../../../domain/tracking/query';
import type { Asker } from '../../../domain/tracking/reference';
import { ownerStandingOf, type OwnerStanding, type TrackingRow } from '../../../domain/tracking/row';
import { ownerStandings } from '../../core/owner-standing';
import { DeskError } from '../../../domain/common/errors';
import { query, type StoreContext } from '../../rpc/define';
import { readSettings } from '../../core/settings';
import { caseIndexFor } from '../../search/case-index';

export const MAX_WINDOW = 1_000;

const RowsInput = z.object({
  query: TrackingQuerySchema,
  /** First row wanted, counted from 0 in the sorted result. */
  start: z.number().int().min(0).default(0),
  count: z.number().int().min(0).max(MAX_WINDOW).default(100),
  /** Keyset: continue after this case (instead of `start`). */
  after: z.string().min(1).max(100).optional(),
  /** Read from this earlier answer, as it was (an export reads one consistent result). */
  snapshot: z.string().min(1).max(40).optional(),
});

export interface TrackingWindow {
  /** How many cases match. */
  total: number;
  /**
   * Archived cases that the query (any condition or a search, archived cases left out) would also find:
   * the table offers to show them. 0 without any condition or when the filter already includes the archive.
   */
  archivedMatches: number;
  start: number;
  rows: TrackingRow[];
  /** Names this answer, to read further windows of exactly it. */
  snapshot: string;
}

/** The answer to a query of the table for the caller: `snapshot` names an earlier one to read as it was, while it is kept. */
async function answerFor(ctx: StoreContext, tableQuery: TrackingQuery, snapshot: string | undefined) {
  const actor = ctx.actor!;
  const asker: Asker = { id: actor.id, role: actor.role };
  const repeatWindowDays = tableQuery.filter.repeated ? (await readSettings(ctx.db)).assist.repeatWindowDays : undefined;
  return { asker, snapshot: await caseIndexFor(ctx.db).answer(tableQuery, asker, ctx.now(), { snapshot, repeatWindowDays }) };
}

/** Marks the rows whose owner can no longer carry the case out: deactivated, or now in a role that does not handle cases. */
async function withOwnerStanding(db: StoreContext['db'], found: TrackingRow[]): Promise<TrackingRow[]> {
  const standing = await ownerStandings(db);
  if (standing.size === 0) return found;
  return found.map((row) => {
    const state = standing.get(row.ownerId);
    return state ? { ...row, ownerStanding: state } : row;
  });
}

/**
 * One window of the tracking table: filter, search, count and sort run in the
 * store host's index; only the rows asked for cross to the UI.
 */
export const rows = query(RowsInput, async (ctx, args): Promise<TrackingWindow> => {
  const index = caseIndexFor(ctx.db);
  const { asker, snapshot } = await answerFor(ctx, args.query, args.snapshot);
  let start = args.start;
  if (args.after !== undefined) {
    const position = index.positionOf(snapshot, args.after);
    if (position < 0) throw new DeskError({ code: 'tracking.cursorLost' });
    start = position + 1;
  }
  return {
    total: snapshot.ordinals.length,
    archivedMatches: snapshot.archivedMatches,
    start,
    rows: await withOwnerStanding(ctx.db, index.rows(snapshot, start, args.count, asker)),
    snapshot: snapshot.id,
  };
});

/** A selection is made among the rows of one table: at most every case it shows. */
export const MAX_ORDERED = 100_000;

/**
 * Chosen cases (the selection of the table) in the order the table shows them: the answer to `query`,
 * read from `snapshot` while the store keeps it, so an export of the selection lists its rows as the
 * table does, not in the order they were ticked. Cases no longer in the answer follow, in the order given.
 */
export const tableOrder = query(
  z.object({
    query: TrackingQuerySchema,
    snapshot: z.string().min(1).max(40).optional(),
    ids: z.array(z.string().min(1).max(100)).min(1, { error: 'validation.casesRequired' }).max(MAX_ORDERED, { error: 'validation.tooMany' }),
  }),
  async (ctx, args): Promise<string[]> => {
    const { snapshot } = await answerFor(ctx, args.query, args.snapshot);
    const wanted = new Map<number, string>();
    for (const id of args.ids) {
      const ordinal = snapshot.columns.ordinals.get(id);
      if (ordinal !== undefined) wanted.set(ordinal, id);
    }
    const ordered: string[] = [];
    for (const ordinal of snapshot.ordinals) {
      if (ordered.length === wanted.size) break;
      const id = wanted.get(ordinal);
      if (id !== undefined) ordered.push(id);
    }
    const placed = new Set(ordered);
    const rest = [...new Set(args.ids)].filter((id) => !placed.has(id));
    return [...ordered, ...rest];
  },
);

export interface TrackingIds {
  /** Every case of the answer, in the table's order. */
  ids: string[];
  snapshot: string;
}

/**
 * 选择全部: every case an answer of the table holds (read from `snapshot` while the store keeps it, so
 * the selection is the cases the user saw counted), in the table's order; at most MAX_ORDERED.
 */
export const ids = query(
  z.object({ query: TrackingQuerySchema, snapshot: z.string().min(1).max(40).optional() }),
  async (ctx, args): Promise<TrackingIds> => {
    const { snapshot } = await answerFor(ctx, args.query, args.snapshot);
    if (snapshot.ordinals.length > MAX_ORDERED) throw new DeskError({ code: 'validation.tooMany' });
    return { ids: Array.from(snapshot.ordinals, (ordinal) => snapshot.columns.ids[ordinal]!), snapshot: snapshot.id };
  },
);

/** The current rows of chosen cases (the selection of the table), in the order given. */
export const rowsByIds = query(
  z.object({ ids: z.array(z.string().min(1).max(100)).min(1, { error: 'validation.casesRequired' }).max(MAX_WINDOW, { error: 'validation.tooMany' }) }),
  async (ctx, { ids }): Promise<TrackingRow[]> => {
    const actor = ctx.actor!;
    return withOwnerStanding(ctx.db, await caseIndexFor(ctx.db).rowsOf(ids, { id: actor.id, role: actor.role }));
  },
);

export interface TrackingOptions {
  departments: string[];
  /** Staff and whoever owns a case; `standing` marks one who can no longer carry cases out, as the rows do. */
  owners: { id: string; name: string; standing?: OwnerStanding }[];
  /** Who a case can be handed to (分配负责人): active colleagues who carry cases out. */
  assignees: { id: string; name: string }[];
}

/** The choices of the department and owner filters: configured departments and staff, plus any found on cases. */
export const options = query(z.object({}), async ({ db }): Promise<TrackingOptions> => {
  const [facets, users, settings] = await Promise.all([caseIndexFor(db).facets(), db.users.toArray(), readSettings(db)]);
  const departmentList = [...new Set([...settings.departments, ...facets.departments])];
  const owners = new Map<string, string>();
  for (const user of users) if (user.role !== 'admin') owners.set(user.id, user.name);
  for (const owner of facets.owners) if (!owners.has(owner.id)) owners.set(owner.id, owner.name);
  const standings = new Map(users.map((user) => [user.id, ownerStandingOf(user)]));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');
  return {
    departments: departmentList,
    owners: [...owners]
      .map(([id, name]) => {
        const standing = standings.get(id);
        return standing ? { id, name, standing } : { id, name };
      })
      .sort(byName),
    assignees: users
      .filter((user) => ownerStandingOf(user) === null)
      .map(({ id, name }) => ({ id, name }))
      .sort(byName),
  };
});

import { z } from 'zod';
import { toSummary, type CaseRecord, type CaseSummary } from '../../../domain/cases/case';
import { DeskError } from '../../../domain/common/errors';
import { query } from '../../rpc/define';

const Cursor = z.object({ receivedAt: z.number(), id: z.string() });

const ListInput = z.object({
  /** The last row of the previous page; absent for the first page. */
  after: Cursor.optional(),
  limit: z.number().int().min(1).max(500).default(50),
});

export interface CasePage {
  rows: CaseSummary[];
  /** Cursor for the next page, or null at the end. */
  next: z.infer<typeof Cursor> | null;
  total: number;
}

/** Newest received first, keyset-paged on the [receivedAt+id] index. */
export const list = query(ListInput, async ({ db }, { after, limit }): Promise<CasePage> => {
  const ordered = after
    ? db.cases.where('[receivedAt+id]').below([after.receivedAt, after.id]).reverse()
    : db.cases.orderBy('[receivedAt+id]').reverse();
  const [records, total] = await Promise.all([ordered.limit(limit + 1).toArray(), db.cases.count()]);
  const rows = records.slice(0, limit).map(toSummary);
  const last = rows.at(-1);
  return {
    rows,
    next: records.length > limit && last ? { receivedAt: last.receivedAt, id: last.id } : null,
    total,
  };
});

export const get = query(z.object({ id: z.string().min(1).max(100) }), async ({ db }, { id }): Promise<CaseRecord> => {
  const record = await db.cases.get(id);
  if (!record) throw new DeskError({ code: 'cases.notFound' });
  return record;
});

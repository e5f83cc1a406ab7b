import { z } from 'zod';
import { SIMILAR_DEFAULT_LIMIT, SIMILAR_MAX_LIMIT, similarityText, toSimilarCase, type SimilarCase } from '../../../domain/assist/similar';
import { DESCRIPTION_MAX } from '../../../domain/cases/registration';
import { DeskError } from '../../../domain/common/errors';
import { isIndexed, similarIndexFor } from '../../assist/similar-index';
import { subjectEvents } from '../../core/audit';
import { query, type ServiceModule } from '../../rpc/define';

const SimilarInput = z
  .object({
    /** A case on file: its description and product are compared, and it is left out of the answer. */
    caseId: z.string().min(1).max(100).optional(),
    /** A description being written (intake, plan). */
    text: z.string().max(DESCRIPTION_MAX + 200, { error: 'validation.tooLong' }).optional(),
    limit: z
      .number({ error: 'validation.invalid' })
      .int({ error: 'validation.invalid' })
      .min(1, { error: 'validation.range' })
      .max(SIMILAR_MAX_LIMIT, { error: 'validation.range' })
      .default(SIMILAR_DEFAULT_LIMIT),
  })
  .refine((input) => input.caseId !== undefined || input.text !== undefined, { error: 'validation.required', path: ['text'] });

/**
 * 相似案例: the closed cases closest by text, best first, with how each was
 * resolved and whether the customer was satisfied. The answer names no
 * customer (see `toSimilarCase`), so every signed-in role may ask.
 */
const similar = query(SimilarInput, async ({ db }, { caseId, text, limit }): Promise<SimilarCase[]> => {
  let compared = text ?? '';
  if (caseId !== undefined) {
    const record = await db.cases.get(caseId);
    if (!record) throw new DeskError({ code: 'cases.notFound' });
    compared = text ?? similarityText(record);
  }
  if (compared.trim() === '') return [];
  const hits = await similarIndexFor(db).search(compared, limit, caseId);
  const records = await db.cases.bulkGet(hits.map((hit) => hit.id));
  // Each case's history too: a name or address corrected since is still in the texts it was copied into.
  const histories = await Promise.all(records.map((record) => (record ? subjectEvents(db, record.id) : [])));
  return hits.flatMap((hit, n) => {
    const record = records[n];
    // The index was current when it answered; a case reopened since is no longer a resolved example.
    return record && isIndexed(record) ? [toSimilarCase(record, hit.score, histories[n])] : [];
  });
});

export const similarHandlers = {
  'assist.similar': similar,
} satisfies ServiceModule;

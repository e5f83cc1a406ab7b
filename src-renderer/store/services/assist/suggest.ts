import { z } from 'zod';
import { matchRules } from '../../../domain/assist/category-rules';
import { assessEmotion } from '../../../domain/assist/emotion';
import type { AssistStatus } from '../../../domain/assist/status';
import { isColdStart, suggestCategories, suggestSeverity, SuggestInput, unfamiliarPhrases, type Suggestions } from '../../../domain/assist/suggestions';
import { wordCharacters } from '../../../domain/assist/text';
import { DeskError } from '../../../domain/common/errors';
import { maskCaseFor } from '../../../domain/privacy/mask';
import { assistModelsFor } from '../../assist/models';
import { earlierCases } from '../../assist/repeats';
import { readSettings } from '../../core/settings';
import { query, type ServiceModule } from '../../rpc/define';

/**
 * 智能建议: category, severity and emotion for a description, at intake (as it
 * is typed) and at grading (a case by id). Read-only: the suggestions are never
 * stored; what the agent then chooses is, and that is what the models learn.
 */
const suggest = query(SuggestInput, async ({ db, now, actor }, args): Promise<Suggestions> => {
  const record = args.caseId === undefined ? undefined : await db.cases.get(args.caseId);
  if (args.caseId !== undefined && !record) throw new DeskError({ code: 'cases.notFound' });
  // A registered case speaks for itself: its own contacts (never masked here: they only find its repeats), channel and
  // time. Its description is answered (the emotion's text, whose phrases are highlighted) as the case page shows it to
  // the reader: masked for a role without `contacts.view`.
  const text = record && args.text.trim() === '' ? maskCaseFor(actor!.role, record).description : args.text;
  const contacts = record ?? { phone: args.phone, email: args.email, socialPlatform: args.socialPlatform, socialAccount: args.socialAccount };
  const channel = record ? record.channel : args.channel;
  const before = record ? record.receivedAt : now();
  const { assist } = await readSettings(db);
  // Never held up by the contact-key backfill after an update: until it ends, the repeats counted are the ones already keyed.
  const earlier = await earlierCases(db, contacts, before, assist.repeatWindowDays, record?.id, { complete: false });
  const repeatCount = earlier.length + 1;
  const emotion = assessEmotion(text, assist.lexicon, { repeatCount, ...(channel ? { channel } : {}) });
  const hits = matchRules(text);
  const models = await assistModelsFor(db).views(
    text,
    record,
    hits.map((hit) => hit.term),
  );
  return {
    // Without a word (！！！？？？, 😡😡😡) the model would answer with its bare prior.
    categories: wordCharacters(text) > 0 ? suggestCategories(hits, models.category) : [],
    severity: suggestSeverity(emotion, models.severity),
    emotion,
    repeatCount,
    model: {
      coldStart: isColdStart(models.category.examples, models.category.perLabel),
      examples: models.category.examples,
      unfamiliar: unfamiliarPhrases(hits, models.category),
    },
  };
});

/** What the models know: examples, labels, size, cold start, when they were built. */
const status = query(z.object({}), async ({ db }): Promise<AssistStatus> => assistModelsFor(db).status());

export const suggestHandlers = {
  'assist.suggest': suggest,
  'assist.status': status,
} satisfies ServiceModule;

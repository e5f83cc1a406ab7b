import type { CaseRecord } from '../../domain/cases/case';
import type { DeskDb } from '../db';
import type { ChangeEvent } from '../rpc/define';
import { forgetHotspotTexts } from '../assist/hotspots';
import { assistModelsFor } from '../assist/models';
import { similarIndexFor } from '../assist/similar-index';
import { caseIndexFor } from './case-index';

/**
 * Every committed change passes here before it is published, so the tracking
 * index never answers from data older than what a subscriber was told about.
 */
export function noteChanges(db: DeskDb, events: readonly ChangeEvent[]): void {
  for (const event of events) if (event.area === 'cases') caseIndexFor(db).markChanged(event.ids);
  for (const event of events) if (event.area === 'cases') similarIndexFor(db).markChanged(event.ids);
  for (const event of events) if (event.area === 'cases') assistModelsFor(db).markChanged(event.ids);
  for (const event of events) if (event.area === 'cases') forgetHotspotTexts(db, event.ids);
}

/**
 * Cases a background import just committed. The tracking index takes the records as they are
 * (read back, 100k imported cases held the import's next batches up while windows re-queried);
 * the similar-cases index and the suggestion models read them again (see `learnWritten`).
 */
export function noteWritten(db: DeskDb, records: readonly CaseRecord[]): void {
  caseIndexFor(db).markWritten(records);
  const ids = records.map((record) => record.id);
  similarIndexFor(db).markChanged(ids);
  assistModelsFor(db).markChanged(ids);
}

/**
 * A background import has stopped: the similar-cases index and the suggestion models learn its
 * cases now, paced in the background, instead of when somebody next asks. Left to the next
 * request, 100,000 imported cases made the first 相似案例 wait 13 s and the first suggestion 4 s.
 */
export function learnWritten(db: DeskDb): void {
  // A database closed meanwhile (the host stopping, a restore switching databases) is no failure.
  const failed = (what: string) => (error: unknown) => void (db.isOpen() && console.error(what, error));
  void similarIndexFor(db).prepare().catch(failed('learning the imported cases for similar cases failed'));
  void assistModelsFor(db).prepare().catch(failed('learning the imported cases for the suggestions failed'));
}

import { Paper } from '@mantine/core';
import type { CaseRecord } from '../../../domain/cases/case';
import { FINAL_STATUSES } from '../../../domain/lifecycle/machine';
import { EmotionReasons } from './EmotionReasons';
import { useSuggestions } from './useSuggestions';

/**
 * The emotion flag of a registered complaint, under its description on the case page: whoever
 * screens and verifies it while the response clock runs sees the threat to go to the media, the
 * regulator or court and the safety words (highlighted) that intake saw, not only whoever grades
 * it. While the case is worked; nothing for a calm text or an ended case. The description is the
 * one the reader is shown (masked without `contacts.view`, by the store host).
 */
export function CaseEmotion({ record }: { record: Pick<CaseRecord, 'id' | 'status'> }) {
  const worked = !FINAL_STATUSES.includes(record.status);
  const { data } = useSuggestions(worked ? { caseId: record.id } : { text: '' });
  const emotion = worked ? data?.emotion : undefined;
  if (!emotion || (emotion.level === 'calm' && emotion.hits.length === 0)) return null;
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="case-emotion">
      <EmotionReasons assessment={emotion} />
    </Paper>
  );
}

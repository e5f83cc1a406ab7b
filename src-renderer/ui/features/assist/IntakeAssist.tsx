import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../domain/cases/vocabulary';
import { CategorySuggestions } from './CategorySuggestions';
import { EmotionReasons } from './EmotionReasons';
import type { SuggestionState } from './useSuggestions';

/**
 * What the desk suggests under a description: category chips, the emotion
 * flag when the customer is upset or may escalate (its phrases highlighted),
 * and a muted line saying where the suggestions come from. Never in the way:
 * nothing while there is nothing to say, a quiet line when asking failed.
 */
export function IntakeAssist({ state, category, onChooseCategory }: { state: SuggestionState; category: Category | null; onChooseCategory(category: Category): void }) {
  const { t } = useTranslation();
  const { data, failed } = state;
  if (!data) {
    return failed ? (
      <Text size="xs" c="dimmed">
        {t('suggest.unavailable')}
      </Text>
    ) : null;
  }
  const source = data.model.coldStart ? t('suggest.source.rules') : t('suggest.source.model', { count: data.model.examples });
  const anything = data.categories.length > 0 || data.emotion.level !== 'calm';
  return (
    <Stack gap={6} data-testid="intake-assist">
      <CategorySuggestions suggestions={data.categories} value={category} onChoose={onChooseCategory} />
      {data.emotion.level !== 'calm' && <EmotionReasons assessment={data.emotion} />}
      {anything && (
        <Text size="xs" c="dimmed">
          {failed ? t('suggest.unavailable') : source}
        </Text>
      )}
    </Stack>
  );
}

import { Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Suggestions } from '../../../domain/assist/suggestions';
import type { Category } from '../../../domain/cases/vocabulary';
import { CategorySuggestions } from './CategorySuggestions';
import { EmotionReasons } from './EmotionReasons';
import type { SuggestionState } from './useSuggestions';

/**
 * What the desk suggests under a description: category chips, the emotion
 * flag when the customer is upset or may escalate (its phrases highlighted),
 * and a muted line saying where the suggestions come from (naming the phrases
 * the desk's own cases barely mention, for which the built-in rules spoke). Never in the way:
 * nothing while there is nothing to say, a quiet line when asking failed.
 */
function sourceLine(t: TFunction, model: Suggestions['model']): string {
  if (model.coldStart) return t('suggest.source.rules');
  if (model.unfamiliar.length === 0) return t('suggest.source.model', { count: model.examples });
  const phrases = model.unfamiliar.map((phrase) => t('suggest.source.phrase', { phrase })).join(t('suggest.source.phraseSeparator'));
  return t('suggest.source.modelWithRules', { count: model.examples, phrases });
}

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
  const source = sourceLine(t, data.model);
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

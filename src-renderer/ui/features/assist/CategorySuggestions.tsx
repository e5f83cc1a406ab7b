import { Button, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategorySuggestion } from '../../../domain/assist/suggestions';
import type { Category } from '../../../domain/cases/vocabulary';

/**
 * 建议类别: up to three likely categories with their confidence, as buttons
 * that fill the category field (the chosen one shows pressed). Only a
 * proposal: the field stays the agent's to set.
 */
export function CategorySuggestions({
  suggestions,
  value,
  onChoose,
}: {
  suggestions: readonly CategorySuggestion[];
  value: Category | null;
  onChoose(category: Category): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (suggestions.length === 0) return null;
  return (
    <Group gap={6} role="group" aria-labelledby={id} wrap="wrap">
      <Text id={id} size="sm" c="dimmed">
        {t('suggest.categories')}
      </Text>
      {suggestions.map(({ category, probability }) => {
        const percent = Math.round(probability * 100);
        const chosen = value === category;
        return (
          <Button
            key={category}
            size="compact-sm"
            radius="xl"
            variant={chosen ? 'filled' : 'light'}
            aria-pressed={chosen}
            title={t('suggest.chipTitle', { percent })}
            onClick={() => onChoose(category)}
          >
            {t('suggest.chip', { category: t(`category.${category}`), percent })}
          </Button>
        );
      })}
    </Group>
  );
}

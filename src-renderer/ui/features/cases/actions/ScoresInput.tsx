import { Group, Input, Rating, SimpleGrid, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SURVEY_DIMENSIONS, type SurveyDimension } from '../../../../domain/cases/vocabulary';

/** The four questions of the 5-point satisfaction survey. */
export function ScoresInput<V extends { scores: Record<SurveyDimension, number> }>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation();
  const scores = form.getValues().scores;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      {SURVEY_DIMENSIONS.map((dimension) => {
        const path = `scores.${dimension}`;
        const error = form.errors[path];
        const labelId = `score-${dimension}`;
        return (
          <Input.Wrapper
            key={dimension}
            label={t(`flow.survey.${dimension}`)}
            id={labelId}
            labelProps={{ id: `${labelId}-label` }}
            errorProps={{ id: `${labelId}-error` }}
            withAsterisk
            error={error}
          >
            <Group gap="xs" mt={2}>
              {/* The question names its five stars, and a missing score marks them (focus goes there on a refused save). */}
              <div
                role="radiogroup"
                aria-labelledby={`${labelId}-label`}
                aria-required
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${labelId}-error` : undefined}
              >
                <Rating
                  value={scores[dimension]}
                  onChange={(value) => form.setFieldValue(path, value as never)}
                  getSymbolLabel={(value) => t('flow.survey.points', { count: value })}
                />
              </div>
              <Text size="sm" c="dimmed">
                {scores[dimension] > 0 ? t('flow.survey.points', { count: scores[dimension] }) : t('flow.survey.unrated')}
              </Text>
            </Group>
          </Input.Wrapper>
        );
      })}
    </SimpleGrid>
  );
}

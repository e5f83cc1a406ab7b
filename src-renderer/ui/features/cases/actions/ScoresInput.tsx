import { Checkbox, Input, SegmentedControl, SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_DIMENSIONS, type SurveyDimension } from '../../../../domain/cases/vocabulary';

/** A question in the form: 1–5 scored, 0 not scored yet (refused on saving), null the customer did not answer it. */
export type ScoreValue = number | null;
export const UNSCORED: Record<SurveyDimension, ScoreValue> = { efficiency: 0, resolution: 0, attitude: 0, compensation: 0 };
const UNANSWERED: Record<SurveyDimension, ScoreValue> = { efficiency: null, resolution: null, attitude: null, compensation: null };
const POINTS = [1, 2, 3, 4, 5] as const;
const NOT_ANSWERED = 'none';

/**
 * The four questions of the 5-point satisfaction survey, each answered 1–5 分 or 未回答 (a question left
 * blank by mistake is refused); 客户不愿评分 answers all four 未回答.
 */
export function ScoresInput<V extends { scores: Record<SurveyDimension, ScoreValue> }>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation();
  const scores = form.getValues().scores;
  const declined = SURVEY_DIMENSIONS.every((dimension) => scores[dimension] === null);
  // The questions fold away only when 客户不愿评分 is ticked: answering the last one 未回答 leaves them
  // where they are (folding them then would take the focus out of the dialog with them).
  const [folded, setFolded] = useState(declined);
  const setScores = (next: Record<SurveyDimension, ScoreValue>) => {
    form.setFieldValue('scores', next as never);
    form.clearFieldError('scores');
    for (const dimension of SURVEY_DIMENSIONS) form.clearFieldError(`scores.${dimension}`);
  };
  return (
    <Stack gap={6}>
      <Checkbox
        label={t('flow.survey.declinedAll')}
        checked={declined}
        onChange={(event) => {
          const ticked = event.currentTarget.checked;
          setFolded(ticked);
          setScores(ticked ? UNANSWERED : UNSCORED);
        }}
      />
      {!(folded && declined) && (
        <SimpleGrid cols={1} spacing="xs">
          {SURVEY_DIMENSIONS.map((dimension) => {
            const path = `scores.${dimension}`;
            const error = form.errors[path];
            const labelId = `score-${dimension}`;
            const score = scores[dimension];
            return (
              <Input.Wrapper
                key={dimension}
                label={t(`flow.survey.${dimension}`)}
                id={labelId}
                labelProps={{ id: `${labelId}-label` }}
                errorProps={{ id: `${labelId}-error` }}
                withAsterisk
                error={error}
                // The radios are hidden points: the browser would scroll only that point into a tall dialog's
                // view (at 200 % zoom the focused question sat half cut off at its bottom edge). The whole question shows.
                onFocus={(event) => event.currentTarget.scrollIntoView?.({ block: 'nearest' })}
              >
                {/* Native radios: the arrow keys choose, as in any radio group; 未回答 is one of the answers. */}
                <SegmentedControl
                  mt={2}
                  size="xs"
                  aria-labelledby={`${labelId}-label`}
                  aria-required
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${labelId}-error` : undefined}
                  value={score === null ? NOT_ANSWERED : score === 0 ? '' : String(score)}
                  onChange={(value) => {
                    form.setFieldValue(path, (value === NOT_ANSWERED ? null : Number(value)) as never);
                    form.clearFieldError(path);
                  }}
                  data={[
                    ...POINTS.map((points) => ({ value: String(points), label: t('flow.survey.points', { count: points }) })),
                    { value: NOT_ANSWERED, label: t('flow.survey.notAnswered') },
                  ]}
                />
              </Input.Wrapper>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}

import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PlanValues } from './planValues';

const MAX_MEASURES = 30;

/** The plan's measures, one line each, added and removed as the plan takes shape. */
export function MeasuresInput({ form }: { form: UseFormReturnType<PlanValues> }) {
  const { t } = useTranslation();
  const measures = form.getValues().measures;
  return (
    // “At least one measure” is shown under the first line, which it marks (so focus goes there on a refused save).
    <Input.Wrapper label={t('flow.form.measures')} withAsterisk>
      <Stack gap="xs" mt={4}>
        {measures.map((_, index) => (
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              style={{ flex: 1 }}
              aria-label={t('flow.form.measureN', { n: index + 1 })}
              placeholder={t('flow.form.measureN', { n: index + 1 })}
              {...form.getInputProps(`measures.${index}`)}
              {...(index === 0 && form.errors.measures && !form.errors['measures.0'] ? { error: form.errors.measures } : {})}
              onChange={(event) => {
                // “At least one measure” is the list's error: typing into a line answers it.
                form.clearFieldError('measures');
                form.setFieldValue(`measures.${index}`, event.currentTarget.value);
              }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('flow.form.removeMeasure', { n: index + 1 })}
              disabled={measures.length === 1}
              onClick={() => form.removeListItem('measures', index)}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="light"
          size="xs"
          style={{ alignSelf: 'flex-start' }}
          disabled={measures.length >= MAX_MEASURES}
          onClick={() => form.insertListItem('measures', '')}
        >
          {t('flow.form.addMeasure')}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}

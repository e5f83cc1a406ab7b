import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanValues } from './planValues';

const MAX_MEASURES = 30;

/**
 * The plan's measures, one line each, added and removed as the plan takes shape. The first line
 * has focus when the dialog opens; a line added gets it, and a line removed leaves it to the line
 * now in its place (the one before, for the last), so the keyboard stays in the list.
 */
export function MeasuresInput({ form }: { form: UseFormReturnType<PlanValues> }) {
  const { t } = useTranslation();
  const measures = form.getValues().measures;
  const list = useRef<HTMLDivElement>(null);
  /** The line to focus once the list shows the add or removal (`count` lines; a render may come before). */
  const focusLine = useRef<{ line: number; count: number } | null>(null);
  useEffect(() => {
    const pending = focusLine.current;
    if (pending === null || measures.length !== pending.count) return;
    focusLine.current = null;
    list.current?.querySelector<HTMLInputElement>(`input[data-measure="${pending.line}"]`)?.focus();
  });
  return (
    // “At least one measure” is shown under the first line, which it marks (so focus goes there on a refused save).
    <Input.Wrapper label={t('flow.form.measures')} withAsterisk>
      <Stack gap="xs" mt={4} ref={list}>
        {measures.map((_, index) => (
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              style={{ flex: 1 }}
              aria-label={t('flow.form.measureN', { n: index + 1 })}
              placeholder={t('flow.form.measureN', { n: index + 1 })}
              data-measure={index}
              data-autofocus={index === 0 || undefined}
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
              onClick={() => {
                focusLine.current = { line: Math.min(index, measures.length - 2), count: measures.length - 1 };
                form.removeListItem('measures', index);
              }}
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
          onClick={() => {
            focusLine.current = { line: measures.length, count: measures.length + 1 };
            form.insertListItem('measures', '');
          }}
        >
          {t('flow.form.addMeasure')}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}

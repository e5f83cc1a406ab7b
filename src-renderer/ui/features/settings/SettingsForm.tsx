import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUnsavedChanges } from '../../components/unsaved';
import { useSettingsBase } from './HeldWhileEdited';
import type { SettingsFormState } from './useSettingsForm';

/** One titled settings section: its fields, the store's refusal if any, and a save button; unsaved edits hold the page (see unsaved.tsx). */
export function SettingsForm<V>({
  title,
  hint,
  state,
  children,
}: {
  title: string;
  hint?: ReactNode;
  state: SettingsFormState<V>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { form, onSubmit, failure, submitting } = state;
  useUnsavedChanges(() => form.isDirty());
  // Edits held against a value changed elsewhere are undone to the latest value, not to the stale one they started from.
  const held = useSettingsBase()?.discardHeld;
  return (
    <Paper withBorder p="lg" component="section" aria-label={title}>
      <form noValidate onSubmit={onSubmit} aria-label={title}>
        <Stack>
          <div>
            <Title order={3} size="h4">
              {title}
            </Title>
            {hint && (
              <Text size="sm" c="dimmed" mt={4}>
                {hint}
              </Text>
            )}
          </div>
          <ErrorAlert error={failure} />
          {children}
          <Group justify="flex-end">
            {form.isDirty() && (
              <Button variant="default" onClick={() => (held ? held() : form.reset())} disabled={submitting}>
                {t('admin.actions.revert')}
              </Button>
            )}
            <Button type="submit" loading={submitting}>
              {t('admin.actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

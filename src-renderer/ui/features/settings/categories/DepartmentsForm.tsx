import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

/** Departments: rename in place, remove, add. */
export function DepartmentsForm({ departments }: { departments: string[] }) {
  const { t } = useTranslation();
  const state = useSettingsForm('departments', { departments } satisfies KeyedValues<'departments'>, (values) => values.departments);
  const { form } = state;
  const list = form.values.departments;

  return (
    <SettingsForm title={t('admin.categories.departmentsTitle')} hint={t('admin.categories.departmentsHint')} state={state}>
      <Stack gap="xs" maw={520}>
        {list.map((_, index) => (
          <Group key={form.key(`departments.${index}`)} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              flex={1}
              aria-label={`${t('admin.categories.departmentName')} ${index + 1}`}
              {...form.getInputProps(`departments.${index}`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`${t('admin.actions.remove')} ${list[index] ?? ''}`}
              disabled={list.length <= 1}
              onClick={() => form.removeListItem('departments', index)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {form.errors.departments && <Input.Error>{form.errors.departments}</Input.Error>}
        <Group>
          <Button variant="light" onClick={() => form.insertListItem('departments', '')}>
            {t('admin.categories.addDepartment')}
          </Button>
        </Group>
      </Stack>
    </SettingsForm>
  );
}

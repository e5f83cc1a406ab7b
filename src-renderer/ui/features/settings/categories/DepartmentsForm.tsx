import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { followDepartments, type DepartmentInUse, type DepartmentRename } from '../../../../domain/settings/departments';
import type { Settings } from '../../../../domain/settings/settings';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm } from '../useSettingsForm';
import { useHeldDepartments, type DepartmentValues } from './heldDepartments';

function renamesOf({ departments, origins }: DepartmentValues): DepartmentRename[] {
  return departments.flatMap((name, index) => {
    const from = origins[index] ?? null;
    const to = name.trim();
    return from !== null && to !== '' && to !== from ? [{ from, to }] : [];
  });
}

/** Said before sending, naming the categories (the store host refuses too, naming the department only). */
function InUse({ inUse }: { inUse: DepartmentInUse[] }) {
  const { t } = useTranslation();
  const sentence = ({ department, categories }: DepartmentInUse) =>
    t('admin.categories.departmentInUse', { department, categories: categories.map((c) => t(`category.${c}`)).join(t('case.listSeparator')) });
  return <>{inUse.map(sentence).join(' ')}</>;
}

/** Departments: rename in place (the categories' defaults follow), remove, add; one open cases still name comes back in its row. */
export function DepartmentsForm({ departments, categories }: { departments: string[]; categories: Settings['categories'] }) {
  const { t } = useTranslation();
  const initialValues: DepartmentValues = { departments, origins: departments };
  const state = useSettingsForm(
    'departments',
    initialValues,
    (values) => values.departments,
    {
      renames: renamesOf,
      validate: (values) => {
        const next = values.departments.map((name) => name.trim());
        const { inUse } = followDepartments(categories, departments, next, renamesOf(values));
        return inUse.length > 0 ? { departments: <InUse inUse={inUse} /> } : {};
      },
    },
  );
  const { form } = state;
  useHeldDepartments(form, state.failure, departments);
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
              onClick={() => {
                form.removeListItem('departments', index);
                form.removeListItem('origins', index);
              }}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {form.errors.departments && <Input.Error>{form.errors.departments}</Input.Error>}
        <Group>
          <Button
            variant="light"
            onClick={() => {
              form.insertListItem('departments', '');
              form.insertListItem('origins', null);
            }}
          >
            {t('admin.categories.addDepartment')}
          </Button>
        </Group>
      </Stack>
    </SettingsForm>
  );
}

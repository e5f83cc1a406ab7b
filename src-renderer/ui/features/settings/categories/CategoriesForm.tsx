import { Select, SimpleGrid, Stack, TagsInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../../../../domain/cases/vocabulary';
import type { Settings } from '../../../../domain/settings/settings';
import { SettingsForm } from '../SettingsForm';
import { useEffect, useRef } from 'react';
import { useSettingsForm, type KeyedValues, type SettingsFormState } from '../useSettingsForm';

/** For each category: its sub-categories and the department proposed at grading. */
export function CategoriesForm({ categories, departments }: { categories: Settings['categories']; departments: string[] }) {
  const { t } = useTranslation();
  const state = useSettingsForm('categories', { categories } satisfies KeyedValues<'categories'>, (values) => values.categories);
  const { form } = state;
  useStoredCategories(form, categories);

  return (
    <SettingsForm title={t('admin.categories.categoriesTitle')} hint={t('admin.categories.categoriesHint')} state={state}>
      <Stack gap="lg">
        {CATEGORIES.map((category) => {
          const path = `categories.${category}`;
          const department = form.values.categories[category].department;
          const stale = department !== '' && !departments.includes(department);
          // Sub-category errors come back per item (`….subCategories.2`) or for the list.
          const subError =
            form.errors[`${path}.subCategories`] ??
            Object.entries(form.errors).find(([key]) => key.startsWith(`${path}.subCategories.`))?.[1];
          return (
            <Stack key={category} gap={4} data-category={category}>
              <Text fw={600}>{t(`category.${category}`)}</Text>
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <TagsInput
                  style={{ gridColumn: 'span 2' }}
                  label={t('admin.categories.subCategories')}
                  description={t('admin.categories.subCategoriesHint')}
                  aria-label={`${t(`category.${category}`)} · ${t('admin.categories.subCategories')}`}
                  {...form.getInputProps(`${path}.subCategories`)}
                  error={subError}
                />
                <Select
                  label={t('admin.categories.department')}
                  aria-label={`${t(`category.${category}`)} · ${t('admin.categories.department')}`}
                  data={stale ? [department, ...departments] : departments}
                  {...form.getInputProps(`${path}.department`)}
                  error={form.errors[`${path}.department`] ?? (stale ? t('admin.categories.notADepartment', { department }) : undefined)}
                />
              </SimpleGrid>
            </Stack>
          );
        })}
      </Stack>
    </SettingsForm>
  );
}

/**
 * Follows the stored categories without losing an edit: untouched, the form shows them; with
 * unsaved edits, it takes only what changed underneath — a department renamed in 部门 above
 * renames the default it chose — and keeps the rest as typed.
 */
function useStoredCategories(form: SettingsFormState<KeyedValues<'categories'>>['form'], categories: Settings['categories']): void {
  const previous = useRef(categories);
  useEffect(() => {
    const before = previous.current;
    previous.current = categories;
    if (before === categories) return;
    const edited = form.isDirty();
    const values = form.getValues();
    form.setInitialValues({ categories });
    if (!edited) {
      form.setValues({ categories });
      form.resetDirty({ categories });
      return;
    }
    for (const category of CATEGORIES) {
      const [was, now] = [before[category].department, categories[category].department];
      if (was !== now && values.categories[category].department === was) form.setFieldValue(`categories.${category}.department`, now);
    }
  }, [categories, form]);
}

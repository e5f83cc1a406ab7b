import { Stack } from '@mantine/core';
import { SettingsLoader } from '../SettingsLoader';
import { CategoriesForm } from './CategoriesForm';
import { DepartmentsForm } from './DepartmentsForm';

/** 分类与部门: the departments, and each category's sub-categories and default responsible department. */
export function CategoriesTab() {
  return (
    <SettingsLoader>
      {(settings) => (
        <Stack>
          <DepartmentsForm key={JSON.stringify(settings.departments)} departments={settings.departments} categories={settings.categories} />
          {/* Not keyed on the categories: a rename in 部门 reaches them, and must not throw away edits here. */}
          <CategoriesForm categories={settings.categories} departments={settings.departments} />
        </Stack>
      )}
    </SettingsLoader>
  );
}

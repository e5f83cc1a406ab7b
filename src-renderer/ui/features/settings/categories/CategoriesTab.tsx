import { Stack } from '@mantine/core';
import { SettingsLoader } from '../SettingsLoader';
import { HeldWhileEdited } from '../HeldWhileEdited';
import { CategoriesForm } from './CategoriesForm';
import { DepartmentsForm } from './DepartmentsForm';

/** 分类与部门: the departments, and each category's sub-categories and default responsible department. */
export function CategoriesTab() {
  return (
    <SettingsLoader>
      {(settings) => (
        <Stack>
          <HeldWhileEdited value={settings.departments}>
            {(departments) => <DepartmentsForm key={JSON.stringify(departments)} departments={departments} categories={settings.categories} />}
          </HeldWhileEdited>
          {/* Not keyed on the categories: a rename in 部门 reaches them, and must not throw away edits here. */}
          <CategoriesForm categories={settings.categories} departments={settings.departments} />
        </Stack>
      )}
    </SettingsLoader>
  );
}

import { Input, SegmentedControl, Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../../../domain/cases/vocabulary';
import { useStore, useStoreQuery } from '../../../data/hooks';
import { IntakeAssist } from '../../assist/IntakeAssist';
import { SeveritySuggestion } from '../../assist/SeveritySuggestion';
import { useSuggestions } from '../../assist/useSuggestions';
import { PendingReturn } from '../sections/Returns';
import { CommandForm } from './CommandForm';
import type { ActionProps } from './types';

interface Values {
  category: Category | '';
  subCategory: string;
  severity: Severity;
  rationale: string;
  department: string;
}

/**
 * 分类定级: category and sub-category from the centre's settings, severity
 * with its rationale, and the responsible department (the category's own by
 * default). A grading sent back opens with what was proposed before and the
 * reason it was sent back; a first
 * grading with the category chosen at intake (初判类别). The desk's suggestions
 * for the case's description sit under the category and beside the severity.
 * A sub-category or department retired since it was proposed stays shown, marked (see `choices`).
 */
export function SubmitGradingForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const settings = useStoreQuery('settings.get', {}, 'settings').data;
  const previous = record.grading;
  const form = useForm<Values>({
    initialValues: {
      category: previous?.category ?? record.category ?? '',
      subCategory: previous?.subCategory ?? '',
      severity: previous?.severity ?? record.severity,
      rationale: previous?.rationale ?? '',
      department: previous?.department ?? '',
    },
  });
  const category = form.values.category;
  const subCategories = category && settings ? settings.categories[category].subCategories : [];
  const subChoices = choices(t, subCategories, form.values.subCategory, settings !== undefined);
  const departmentChoices = choices(t, settings?.departments ?? [], form.values.department, settings !== undefined);
  const assist = useSuggestions({ caseId: record.id });

  // A category taken over from intake brings its department, as choosing it does, once the settings are read.
  const inherited = previous === null && record.category !== null;
  const departmentOfCategory = inherited && settings ? settings.categories[record.category!].department : '';
  useEffect(() => {
    if (!departmentOfCategory || form.getValues().department) return;
    // Part of what the dialog opens with, not an edit: closing it untouched asks nothing.
    const untouched = !form.isDirty();
    form.setFieldValue('department', departmentOfCategory);
    if (untouched) form.resetDirty({ ...form.getValues(), department: departmentOfCategory });
    // Only when the settings arrive; `form` is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [departmentOfCategory]);

  function chooseCategory(value: string | null) {
    const next = (value ?? '') as Category | '';
    form.setFieldValue('category', next);
    form.setFieldValue('subCategory', '');
    if (next && settings) form.setFieldValue('department', settings.categories[next].department);
  }

  return (
    <CommandForm
      form={form}
      run={(values) => store.send('grading.submit', { caseId: record.id, ...values, category: values.category as Category })}
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.grading.submit')}
      submitLabel={t('flow.command.grading.submit')}
    >
      {/* Revising after a return: why, from whom, where the fields are changed. */}
      <PendingReturn record={previous} />
      <Select
        label={t('flow.form.category')}
        withAsterisk
        data={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
        data-autofocus
        {...form.getInputProps('category')}
        onChange={chooseCategory}
      />
      <IntakeAssist state={assist} category={category || null} onChooseCategory={chooseCategory} />
      <Select
        label={t('flow.form.subCategory')}
        clearable
        disabled={subChoices.data.length === 0}
        placeholder={category && subCategories.length === 0 ? t('flow.form.noSubCategories') : undefined}
        data={subChoices.data}
        {...form.getInputProps('subCategory')}
        error={subChoices.error ?? form.errors.subCategory}
        onChange={(value) => form.setFieldValue('subCategory', value ?? '')}
      />
      <Input.Wrapper label={t('flow.form.severity')} withAsterisk error={form.errors.severity}>
        <div>
          <SegmentedControl data={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))} {...form.getInputProps('severity')} />
        </div>
      </Input.Wrapper>
      {assist.data && (
        <SeveritySuggestion
          suggestion={assist.data.severity}
          repeatCount={assist.data.repeatCount}
          current={form.values.severity}
          onAdopt={(severity) => form.setFieldValue('severity', severity)}
        />
      )}
      <Textarea label={t('flow.form.rationale')} withAsterisk autosize minRows={3} {...form.getInputProps('rationale')} />
      <Select
        label={t('flow.form.responsibleDepartment')}
        withAsterisk
        searchable
        data={departmentChoices.data}
        {...form.getInputProps('department')}
        error={departmentChoices.error ?? form.errors.department}
      />
    </CommandForm>
  );
}

/**
 * A choice among the centre's settings, holding `value`. One the settings no longer list (retired
 * since a grading sent back proposed it) stays shown as an option marked 已停用, which cannot be
 * chosen again, and with a message naming it: the store host takes only what the settings list,
 * and a field must never hold a value it does not show.
 */
function choices(t: TFunction, current: readonly string[], value: string, loaded: boolean) {
  const data = current.map((name) => ({ value: name, label: name }));
  if (!loaded || value === '' || current.includes(value)) return { data, error: undefined };
  return {
    data: [{ value, label: t('flow.form.retiredOption', { value }), disabled: true }, ...data],
    error: t('flow.form.retiredChoice', { value }),
  };
}

import { SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FORMS_LANGUAGES, PAPER_SIZES, type Settings } from '../../../../domain/settings/settings';
import { settingsRange } from '../numberField';
import { RangeNumberInput } from '../RangeNumberInput';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

/** A choice among a few codes, labelled (and described, with `hint`) for screen readers as on screen. */
function LabelledChoice({ id, label, hint, options, value, onChange }: { id: string; label: string; hint?: string; options: { value: string; label: string }[]; value: string; onChange(value: string): void }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={`${id}-label`}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={`${id}-label`} {...(hint && { 'aria-describedby': `${id}-hint` })} data={options} value={value} onChange={onChange} />
      {hint && (
        <Text size="xs" c="dimmed" id={`${id}-hint`}>
          {hint}
        </Text>
      )}
    </Stack>
  );
}

/** The paper the forms are printed on, its margins (the page header and page numbers sit inside them), and the forms' language. */
export function PrintForm({ print }: { print: Settings['print'] }) {
  const { t } = useTranslation();
  const state = useSettingsForm('print', { print } satisfies KeyedValues<'print'>, (values) => values.print, {
    numbers: ['print.marginsMm'],
  });
  const paper = state.form.getInputProps('print.paper');
  const language = state.form.getInputProps('print.formsLanguage');
  return (
    <SettingsForm title={t('admin.centre.printTitle')} hint={t('admin.centre.printHint')} state={state}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <LabelledChoice
          id="print-paper"
          label={t('admin.centre.paper')}
          options={PAPER_SIZES.map((size) => ({ value: size, label: t(`admin.centre.paperSizes.${size}`) }))}
          value={paper.value as string}
          onChange={paper.onChange as (value: string) => void}
        />
        <RangeNumberInput label={t('admin.centre.marginsMm')} range={settingsRange('print.marginsMm')} {...state.form.getInputProps('print.marginsMm')} />
        <LabelledChoice
          id="print-language"
          label={t('admin.centre.formsLanguage')}
          hint={t('admin.centre.formsLanguageHint')}
          options={FORMS_LANGUAGES.map((value) => ({ value, label: t(`admin.centre.formsLanguages.${value}`) }))}
          value={(language.value as string | undefined) ?? 'zh-CN'}
          onChange={language.onChange as (value: string) => void}
        />
      </SimpleGrid>
    </SettingsForm>
  );
}

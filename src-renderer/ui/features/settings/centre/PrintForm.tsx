import { SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FORMS_LANGUAGES, PAPER_SIZES, type Settings } from '../../../../domain/settings/settings';
import { settingsRange } from '../numberField';
import { RangeNumberInput } from '../RangeNumberInput';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

/** The paper the forms are printed on and its margins (the page header and page numbers sit inside them). */
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
        <Stack gap={4}>
          <Text size="sm" fw={500} id="print-paper-label">
            {t('admin.centre.paper')}
          </Text>
          <SegmentedControl
            aria-labelledby="print-paper-label"
            data={PAPER_SIZES.map((size) => ({ value: size, label: t(`admin.centre.paperSizes.${size}`) }))}
            value={paper.value as string}
            onChange={paper.onChange as (value: string) => void}
          />
        </Stack>
        <RangeNumberInput label={t('admin.centre.marginsMm')} range={settingsRange('print.marginsMm')} {...state.form.getInputProps('print.marginsMm')} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="print-language-label">
            {t('admin.centre.formsLanguage')}
          </Text>
          <SegmentedControl
            aria-labelledby="print-language-label"
            aria-describedby="print-language-hint"
            data={FORMS_LANGUAGES.map((value) => ({ value, label: t(`admin.centre.formsLanguages.${value}`) }))}
            value={(language.value as string | undefined) ?? 'zh-CN'}
            onChange={language.onChange as (value: string) => void}
          />
          <Text size="xs" c="dimmed" id="print-language-hint">
            {t('admin.centre.formsLanguageHint')}
          </Text>
        </Stack>
      </SimpleGrid>
    </SettingsForm>
  );
}

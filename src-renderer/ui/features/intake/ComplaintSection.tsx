import { Fieldset, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DESCRIPTION_MAX } from '../../../domain/cases/registration';
import { CATEGORIES, type Category } from '../../../domain/cases/vocabulary';
import { MoneyInput } from '../../components/MoneyInput';
import { IntakeAssist } from '../assist/IntakeAssist';
import type { SuggestionState } from '../assist/useSuggestions';
import type { RegistrationValues } from './registration-values';
import { DemandChoices } from './DemandChoices';

/**
 * 三、投诉事项: what it is about, what happened, the agent's first view of the
 * category (with the desk's suggestions as the description is typed), and
 * what the customer asks for.
 */
export function ComplaintSection({ form, assist }: { form: UseFormReturnType<RegistrationValues>; assist: SuggestionState }) {
  const { t } = useTranslation();
  const length = form.values.description.length;
  const otherChosen = form.values.demands.includes('other');
  return (
    <Fieldset legend={t('intake.sections.complaint')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('intake.product')} autoComplete="off" {...form.getInputProps('product')} />
          <TextInput label={t('intake.orderNo')} autoComplete="off" {...form.getInputProps('orderNo')} />
          <MoneyInput
            label={t('intake.amount')}
            {...form.getInputProps('amount')}
          />
        </SimpleGrid>
        <Textarea
          label={t('intake.description')}
          placeholder={t('intake.descriptionPlaceholder')}
          withAsterisk
          autosize
          minRows={5}
          maxRows={16}
          description={t('intake.characters', { count: length, max: DESCRIPTION_MAX })}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          styles={{ description: { textAlign: 'right', color: length > DESCRIPTION_MAX ? 'var(--mantine-color-red-7)' : undefined } }}
          {...form.getInputProps('description')}
        />
        <IntakeAssist state={assist} category={form.values.category || null} onChooseCategory={(category) => form.setFieldValue('category', category)} />
        <Select
          label={t('suggest.category')}
          placeholder={t('suggest.categoryPlaceholder')}
          clearable
          maw={320}
          data={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          value={form.values.category || null}
          onChange={(value) => form.setFieldValue('category', (value ?? '') as Category | '')}
          error={form.errors.category}
        />
        <DemandChoices {...form.getInputProps('demands')} />
        <TextInput
          label={t('intake.demandNote')}
          description={otherChosen ? undefined : t('intake.demandNoteHint')}
          withAsterisk={otherChosen}
          autoComplete="off"
          {...form.getInputProps('demandNote')}
        />
      </Stack>
    </Fieldset>
  );
}

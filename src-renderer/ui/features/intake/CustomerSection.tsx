import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { RegistrationValues } from './registration-values';
import { CustomerTypeChoice } from './CustomerTypeChoice';

/** 二、客户信息: who complains and how to reach them (phone, e-mail, a postal address: at least one). */
export function CustomerSection({ form }: { form: UseFormReturnType<RegistrationValues> }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('intake.sections.customer')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('intake.customerName')} withAsterisk autoComplete="off" {...form.getInputProps('customerName')} />
        <CustomerTypeChoice value={form.values.customerType} onChange={(type) => form.setFieldValue('customerType', type)} />
        <TextInput
          label={t('intake.phone')}
          placeholder={t('intake.phonePlaceholder')}
          inputMode="tel"
          autoComplete="off"
          {...form.getInputProps('phone')}
        />
        <TextInput label={t('intake.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
      </SimpleGrid>
      <TextInput
        mt="sm"
        label={t('intake.address')}
        placeholder={t('intake.addressPlaceholder')}
        autoComplete="off"
        {...form.getInputProps('address')}
      />
    </Fieldset>
  );
}

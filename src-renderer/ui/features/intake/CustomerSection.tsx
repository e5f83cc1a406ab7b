import { Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_CHANNELS } from '../../../domain/cases/account';
import type { RegistrationValues } from './registration-values';
import { CustomerTypeChoice } from './CustomerTypeChoice';
import { SocialAccountFields } from './SocialAccountFields';

/**
 * 二、客户信息: who complains and how to reach them (phone, e-mail, a postal address, a social or
 * app account: at least one). The account is asked for on every channel (a caller may prefer
 * WeChat); when the complaint came in by social media, the app or online chat, where it is often
 * the only way back, it comes before the postal address and says so.
 */
export function CustomerSection({ form }: { form: UseFormReturnType<RegistrationValues> }) {
  const { t } = useTranslation();
  const online = form.values.channel !== '' && ACCOUNT_CHANNELS.includes(form.values.channel);
  const account = (
    <SocialAccountFields
      platform={form.values.socialPlatform}
      account={form.values.socialAccount}
      onPlatformChange={(platform) => form.setFieldValue('socialPlatform', platform)}
      onAccountChange={(value) => form.setFieldValue('socialAccount', value)}
      platformError={form.errors.socialPlatform}
      accountError={form.errors.socialAccount}
      {...(online ? { description: t('socialAccount.channelHint') } : {})}
    />
  );
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
      {online && <Stack mt="sm">{account}</Stack>}
      <TextInput
        mt="sm"
        label={t('intake.address')}
        placeholder={t('intake.addressPlaceholder')}
        autoComplete="off"
        {...form.getInputProps('address')}
      />
      {!online && <Stack mt="sm">{account}</Stack>}
    </Fieldset>
  );
}

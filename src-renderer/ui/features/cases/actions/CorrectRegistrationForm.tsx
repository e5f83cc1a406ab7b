import { Box, Fieldset, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import { CORRECTABLE_FIELDS, registeredValue, type CorrectableField, type CorrectionInput } from '../../../../domain/cases/correction';
import { DESCRIPTION_MAX } from '../../../../domain/cases/registration';
import { REFERRAL_CHANNEL } from '../../../../domain/cases/referral-reply';
import { CHANNELS, type Channel } from '../../../../domain/cases/vocabulary';
import { MoneyInput } from '../../../components/MoneyInput';
import { useStore } from '../../../data/hooks';
import { useAuth } from '../../auth/AuthGate';
import { CommandForm } from './CommandForm';
import type { ActionProps } from './types';
import { DemandChoices } from '../../intake/DemandChoices';
import type { RegistrationValues } from '../../intake/registration-values';
import { CustomerTypeChoice } from '../../intake/CustomerTypeChoice';
import { ReferralDeadlineInput } from '../../intake/ReferralDeadlineInput';
import { referralDeadlineInput, referralDeadlineValues, type ReferralDeadlineValues } from '../../intake/referral-deadline-values';
import { SocialAccountFields } from '../../intake/SocialAccountFields';

/** What masking leaves in a text (138****5678, c***@example.com). */
const MASKED = /\*{3,}/;

/** The registration form's values of the correctable fields (a channel is always chosen), and why. */
interface CorrectionValues extends Omit<Pick<RegistrationValues, CorrectableField>, 'channel'> {
  channel: Channel;
  reason: string;
  /** 转办反馈时限: corrected beside the registered fields (its clock follows). */
  referralDeadline: ReferralDeadlineValues;
}

function valuesOf(record: CaseRecord): CorrectionValues {
  const registered = Object.fromEntries(CORRECTABLE_FIELDS.map((field) => [field, registeredValue(record, field)]));
  return {
    ...(registered as Omit<CorrectionValues, 'reason' | 'amount' | 'referralDeadline'>),
    amount: record.amount ?? '',
    reason: '',
    referralDeadline: referralDeadlineValues(record.referralDeadline),
  };
}

const asInput = (field: CorrectableField, value: CorrectionValues[CorrectableField]) =>
  field === 'amount' ? (value === '' ? null : Number(value)) : value;

/** The fields the user changed, as the command takes them; the rest are left out and stay as registered. */
export function changedFields(initial: CorrectionValues, values: CorrectionValues): Partial<CorrectionInput> {
  const changes: Record<string, unknown> = {};
  for (const field of CORRECTABLE_FIELDS) {
    const before = initial[field];
    const after = values[field];
    const same = Array.isArray(before) && Array.isArray(after) ? [...before].sort().join() === [...after].sort().join() : before === after;
    if (!same) changes[field] = asInput(field, after);
  }
  return changes as Partial<CorrectionInput>;
}

/** The deadline when the user changed it (null removes it); nothing otherwise. */
export function changedDeadline(initial: CorrectionValues, values: CorrectionValues): Pick<CorrectionInput, 'referralDeadline'> {
  const before = referralDeadlineInput(initial.referralDeadline);
  const after = referralDeadlineInput(values.referralDeadline);
  return JSON.stringify(before) === JSON.stringify(after) ? {} : { referralDeadline: after };
}

/**
 * 更正登记信息: the registration's fields as they stand, to put right what is wrong, and why.
 * Only what was changed is sent. A role that sees contacts masked gets them read-only: it cannot
 * know what it would be replacing.
 */
export function CorrectRegistrationForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const { can } = useAuth();
  const contacts = can('contacts.view');
  const initial = valuesOf(record);
  const form = useForm<CorrectionValues>({ initialValues: initial });
  const contactProps = (field: 'phone' | 'email' | 'address') =>
    contacts ? form.getInputProps(field) : { value: initial[field], readOnly: true, variant: 'filled' as const };
  // A text read with identifiers masked would be saved masked: read-only then (the store refuses it too).
  const textProps = (field: 'customerName' | 'description' | 'demandNote') =>
    contacts || !MASKED.test(initial[field]) ? form.getInputProps(field) : { value: initial[field], readOnly: true, variant: 'filled' as const };
  const length = form.values.description.length;
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('cases.correct', { caseId: record.id, reason: values.reason, ...changedFields(initial, values), ...changedDeadline(initial, values) })}
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.cases.correct')}
      submitLabel={t('flow.command.cases.correct')}
    >
      <Fieldset legend={t('intake.sections.reception')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('intake.channel')}
            withAsterisk
            allowDeselect={false}
            data-autofocus
            data={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            {...form.getInputProps('channel')}
          />
          <TextInput label={t('intake.referralNo')} autoComplete="off" {...form.getInputProps('referralNo')} />
        </SimpleGrid>
        {(form.values.channel === REFERRAL_CHANNEL || record.referralDeadline) && (
          <Box mt="sm">
            <ReferralDeadlineInput
              value={form.values.referralDeadline}
              onChange={(value) => form.setFieldValue('referralDeadline', value)}
              receivedAt={record.receivedAt}
              error={form.errors['referralDeadline.days'] ?? form.errors['referralDeadline.dueAt'] ?? form.errors.referralDeadline}
            />
          </Box>
        )}
      </Fieldset>
      <Fieldset legend={t('intake.sections.customer')}>
        <Stack gap="sm">
          {!contacts && (
            <Text size="sm" c="dimmed">
              {t('flow.help.cases.correctContactsHidden')}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('intake.customerName')} withAsterisk autoComplete="off" {...textProps('customerName')} />
            <CustomerTypeChoice value={form.values.customerType} onChange={(type) => form.setFieldValue('customerType', type)} />
            <TextInput label={t('intake.phone')} inputMode="tel" autoComplete="off" {...contactProps('phone')} />
            <TextInput label={t('intake.email')} type="email" autoComplete="off" {...contactProps('email')} />
          </SimpleGrid>
          <TextInput label={t('intake.address')} autoComplete="off" {...contactProps('address')} />
          <SocialAccountFields
            platform={contacts ? form.values.socialPlatform : initial.socialPlatform}
            account={contacts ? form.values.socialAccount : initial.socialAccount}
            onPlatformChange={(platform) => form.setFieldValue('socialPlatform', platform)}
            onAccountChange={(value) => form.setFieldValue('socialAccount', value)}
            platformError={form.errors.socialPlatform}
            accountError={form.errors.socialAccount}
            readOnly={!contacts}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('intake.sections.complaint')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('intake.product')} autoComplete="off" {...form.getInputProps('product')} />
            <TextInput label={t('intake.orderNo')} autoComplete="off" {...form.getInputProps('orderNo')} />
            <MoneyInput label={t('intake.amount')} {...form.getInputProps('amount')} />
          </SimpleGrid>
          <Textarea
            label={t('intake.description')}
            withAsterisk
            autosize
            minRows={3}
            maxRows={10}
            description={t('intake.characters', { count: length, max: DESCRIPTION_MAX })}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...textProps('description')}
          />
          <DemandChoices {...form.getInputProps('demands')} />
          <TextInput label={t('intake.demandNote')} autoComplete="off" {...textProps('demandNote')} />
        </Stack>
      </Fieldset>
      <Textarea label={t('flow.text.cases.correct')} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
    </CommandForm>
  );
}

import { Box, Fieldset, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { REFERRAL_CHANNEL } from '../../../domain/cases/referral-reply';
import { CHANNELS } from '../../../domain/cases/vocabulary';
import { may } from '../../../domain/users/roles';
import { useStoreQuery } from '../../data/hooks';
import { useAuth } from '../auth/AuthGate';
import { blankReferralDeadline } from './referral-deadline-values';
import { ReferralDeadlineInput } from './ReferralDeadlineInput';
import { EARLIEST_DAY, pickerLatestDay } from '../cases/actions/dates';
import type { RegistrationValues } from './registration-values';

/**
 * 一、受理信息. While the form waits for a call, 受理时间 follows the clock; it stops when the
 * agent begins the registration (RegistrationForm), and may be set by hand.
 */
export function ReceptionSection({
  form,
  now,
  receivedAt,
  onReceivedAtChange,
}: {
  form: UseFormReturnType<RegistrationValues>;
  now: number;
  receivedAt: string;
  onReceivedAtChange(value: string): void;
}) {
  const { t } = useTranslation();
  const { actor } = useAuth();
  const handlesCases = may(actor.role, 'screening.accept');
  const directory = useStoreQuery('users.directory', {}, 'directory').data ?? [];
  const owners = directory
    .filter((user) => may(user.role, 'screening.accept'))
    .map((user) => ({ value: user.id, label: t('flow.form.ownerOption', { name: user.name, role: t(`role.${user.role}`), department: user.department }) }));
  return (
    <Fieldset legend={t('intake.sections.reception')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateTimePicker
          label={t('intake.receivedAt')}
          description={t('intake.receivedAtHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          withAsterisk
          valueFormat="YYYY-MM-DD HH:mm"
          minDate={EARLIEST_DAY}
          maxDate={pickerLatestDay(now)}
          value={receivedAt}
          error={form.errors.receivedAt}
          onChange={(value) => onReceivedAtChange(value ?? '')}
        />
        <Select
          label={t('intake.channel')}
          withAsterisk
          data={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
          {...form.getInputProps('channel')}
        />
        <TextInput label={t('intake.intakeAgent')} value={actor.name} readOnly variant="filled" tabIndex={-1} />
        {/* A director registers but does not screen: the case goes to the agent or supervisor named here. */}
        {!handlesCases && (
          <Select
            label={t('intake.owner')}
            description={t('intake.ownerHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk
            searchable
            // Focus comes here after a refused save: the list opened on focus would cover the reason.
            openOnFocus={false}
            data={owners}
            value={form.values.ownerId || null}
            error={form.errors.ownerId}
            onChange={(value) => {
              form.setFieldValue('ownerId', value ?? '');
              form.clearFieldError('ownerId');
            }}
          />
        )}
        {/* A 12315 referral comes with its work order's number (the store host refuses one without). */}
        <TextInput
          label={t('intake.referralNo')}
          placeholder={t(form.values.channel === REFERRAL_CHANNEL ? 'intake.referralNoPlaceholderReferral' : 'intake.referralNoPlaceholder')}
          withAsterisk={form.values.channel === REFERRAL_CHANNEL}
          autoComplete="off"
          {...form.getInputProps('referralNo')}
        />
      </SimpleGrid>
      {form.values.channel === REFERRAL_CHANNEL && (
        <Box mt="sm">
          <ReferralDeadlineInput
            value={form.values.referralDeadline ?? blankReferralDeadline()}
            onChange={(value) => form.setFieldValue('referralDeadline', value)}
            receivedAt={dayjs(receivedAt).valueOf()}
            error={form.errors['referralDeadline.days'] ?? form.errors['referralDeadline.dueAt'] ?? form.errors.referralDeadline}
          />
        </Box>
      )}
    </Fieldset>
  );
}

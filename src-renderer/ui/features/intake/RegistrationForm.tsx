import { Alert, Anchor, Button, Group, Paper, Select, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import { DESCRIPTION_MAX, registrationSchema, type RegistrationInput } from '../../../domain/cases/registration';
import { CHANNELS, SEVERITIES, type Channel, type Severity } from '../../../domain/cases/vocabulary';
import { toFieldErrors } from '../../../domain/common/validation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrorNodes } from '../../components/FieldErrorText';
import { formatDateTime } from '../../components/format';
import { useNow, useStore } from '../../data/hooks';
import { StoreError } from '../../data/store-client';

interface FormValues {
  receivedAt: string;
  channel: Channel | '';
  customerName: string;
  phone: string;
  email: string;
  description: string;
  severity: Severity;
}

const blank = (): FormValues => ({
  receivedAt: dayjs().format('YYYY-MM-DD HH:mm:ss'),
  channel: 'phone',
  customerName: '',
  phone: '',
  email: '',
  description: '',
  severity: 'general',
});

function toInput(values: FormValues): RegistrationInput {
  return { ...values, receivedAt: dayjs(values.receivedAt).valueOf(), channel: values.channel as Channel };
}

/** The host's schema, checked against the clock at the moment of submitting. */
function validateAtSubmit(input: RegistrationInput) {
  return registrationSchema(Date.now()).safeParse(input);
}

/**
 * 客户投诉登记: validates with the same schema the store host enforces, then
 * registers through the store. Nothing typed is lost when the store refuses.
 */
export function RegistrationForm() {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm<FormValues>({ initialValues: blank() });
  const [saved, setSaved] = useState<CaseRecord | null>(null);
  const [failure, setFailure] = useState<StoreError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const now = useNow();

  async function submit(values: FormValues) {
    setFailure(null);
    setSaved(null);
    const input = toInput(values);
    const local = validateAtSubmit(input);
    if (!local.success) {
      form.setErrors(fieldErrorNodes(toFieldErrors(local.error)));
      return;
    }
    setSubmitting(true);
    try {
      const record = await store.send('cases.register', input);
      setSaved(record);
      form.setValues({ ...blank(), channel: values.channel });
      form.resetDirty();
    } catch (error) {
      const storeError = error instanceof StoreError ? error : new StoreError({ code: 'store.internal' });
      form.setErrors(fieldErrorNodes(storeError.data.fields));
      setFailure(storeError);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Paper withBorder p="lg" maw={880}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate aria-label={t('intake.title')}>
        <Stack gap="md">
          <div>
            <Title order={2}>{t('intake.title')}</Title>
            <Text c="dimmed" size="sm">
              {t('intake.hint')}
            </Text>
          </div>
          {saved && (
            <Alert color="teal" role="status" title={t('intake.saved', { no: saved.no })}>
              <Text size="sm">{t('intake.savedDetail', { due: formatDateTime(saved.clocks.response?.dueAt ?? saved.receivedAt) })}</Text>
              <Anchor href={`#/cases/${saved.id}`}>{t('intake.openCase')}</Anchor>
            </Alert>
          )}
          <ErrorAlert error={failure} />
          <Group grow align="flex-start">
            <DateTimePicker
              label={t('intake.receivedAt')}
              withAsterisk
              valueFormat="YYYY-MM-DD HH:mm"
              maxDate={dayjs(now).format('YYYY-MM-DD HH:mm:ss')}
              {...form.getInputProps('receivedAt')}
              onChange={(value) => form.setFieldValue('receivedAt', value ?? '')}
            />
            <Select
              label={t('intake.channel')}
              withAsterisk
              allowDeselect={false}
              data={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
              {...form.getInputProps('channel')}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('intake.customerName')} withAsterisk autoComplete="off" {...form.getInputProps('customerName')} />
            <TextInput
              label={t('intake.phone')}
              placeholder={t('intake.phonePlaceholder')}
              inputMode="tel"
              autoComplete="off"
              {...form.getInputProps('phone')}
            />
            <TextInput label={t('intake.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
          </Group>
          <Textarea
            label={t('intake.description')}
            placeholder={t('intake.descriptionPlaceholder')}
            withAsterisk
            autosize
            minRows={5}
            maxRows={16}
            description={t('intake.characters', { count: form.values.description.length, max: DESCRIPTION_MAX })}
            {...form.getInputProps('description')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="severity-label">
              {t('intake.severity')}
            </Text>
            <SegmentedControl
              aria-labelledby="severity-label"
              data={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
              {...form.getInputProps('severity')}
            />
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => form.setValues(blank())} disabled={submitting}>
              {t('intake.reset')}
            </Button>
            <Button type="submit" loading={submitting}>
              {t('intake.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

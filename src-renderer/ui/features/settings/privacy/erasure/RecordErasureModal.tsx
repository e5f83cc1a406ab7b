import { Alert, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../../../../../domain/cases/vocabulary';
import { ANONYMISED_NAME } from '../../../../../domain/privacy/anonymise';
import { nameShownMasked } from '../../../../../domain/privacy/mask';
import { CUSTOMER_KEYS, type CustomerKeyInput, type CustomerKeyKind } from '../../../../../domain/privacy/customer';
import { ERASURE_GROUNDS, IDENTITY_CHECKS, type ErasureGround, type IdentityCheck } from '../../../../../domain/privacy/erasure';
import { preselected } from '../../../../../domain/privacy/erasure-match';
import type { ErasurePreview, ErasureView } from '../../../../../store/services/privacy/erasure-views';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { ModalActions } from '../../../../components/ModalActions';
import { MountedModal } from '../../../../components/MountedModal';
import { useCommandSubmit } from '../../../../components/useCommandSubmit';
import { useStore, useStoreQuery } from '../../../../data/hooks';
import { useAuth } from '../../../auth/AuthGate';
import { CustomerLookupPending } from '../../../assist/ContactIndexNotice';
import { pickerLatestDay, pickerNow, toInstant } from '../../../cases/actions/dates';
import { CustomerKeyForm } from '../CustomerKeyForm';
import { ErasureCasesTable } from './ErasureCasesTable';
import { differingText } from './lineText';

interface Values {
  requester: string;
  receivedAt: string;
  channel: string;
  verification: string;
  verificationNote: string;
  grounds: string;
  note: string;
}

interface Done {
  onDone(view: ErasureView): void;
  onCancel(): void;
}

/**
 * The name the requester most likely gave: the searched one, else the newest case's (an anonymised
 * one names nobody) — none when the cases found bear different names, or when a role that sees
 * names masked (an old ledger's 王先生13511112222 to the administrator) sees this one so: its
 * masked copy is not a name.
 */
function likelyName(searched: CustomerKeyInput, { cases, differing }: ErasurePreview, seesContacts: boolean): string {
  if (searched.name) return searched.name;
  if (differing.includes('customerName')) return '';
  const shown = cases.find((line) => line.customerName !== ANONYMISED_NAME)?.customerName ?? '';
  return !seesContacts && nameShownMasked(shown) ? '' : shown;
}

/** The kind of key searched by. */
const kindOf = (searched: CustomerKeyInput): CustomerKeyKind => CUSTOMER_KEYS.find((kind) => searched[kind]) ?? 'phone';

/**
 * The cases found, ticked only when found by a phone or e-mail they all agree on (`preselected`),
 * and how the request came in; the store host checks it all again.
 */
function RequestFields({ searched, preview, onDone, onCancel }: Done & { searched: CustomerKeyInput; preview: ErasurePreview }) {
  const { t } = useTranslation();
  const store = useStore();
  const { can } = useAuth();
  const lines = preview.cases;
  const kind = kindOf(searched);
  const ids = lines.map((line) => line.id);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(preselected(kind, ids, preview.differing)));
  const form = useForm<Values>({
    initialValues: { requester: likelyName(searched, preview, can('contacts.view')), receivedAt: pickerNow(), channel: '', verification: '', verificationNote: '', grounds: '', note: '' },
  });
  const { submit, failure, submitting } = useCommandSubmit(form, (values: Values) =>
    store.send('erasure.record', {
      key: searched,
      // In the order listed, so a refusal names the first case as the table shows it.
      caseIds: lines.filter((line) => selected.has(line.id)).map((line) => line.id),
      requester: values.requester,
      receivedAt: toInstant(values.receivedAt),
      channel: values.channel as Channel,
      verification: values.verification as IdentityCheck,
      verificationNote: values.verificationNote,
      grounds: values.grounds as ErasureGround,
      note: values.note,
    }),
  );
  const options = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const title = t('erasure.form.title');

  return (
    <form
      noValidate
      aria-label={title}
      onSubmit={form.onSubmit(async (values) => {
        const recorded = await submit(values);
        if (recorded) onDone(recorded);
      })}
    >
      <Stack>
        {preview.differing.length > 0 && (
          <Alert color="orange" variant="light">
            {t('erasure.form.differing', { fields: differingText(t, preview.differing) })}
          </Alert>
        )}
        {preview.differing.length === 0 && kind !== 'phone' && kind !== 'email' && (
          <Text size="sm" c="orange.8">
            {t('erasure.form.noneTicked')}
          </Text>
        )}
        <ErasureCasesTable
          label={t('erasure.form.cases')}
          lines={lines}
          selection={{
            selected,
            onSelect: (next) => {
              setSelected(next);
              form.clearFieldError('caseIds');
            },
          }}
        />
        <Text size="sm" c={form.errors.caseIds ? 'red.7' : 'dimmed'} role={form.errors.caseIds ? 'alert' : undefined}>
          {form.errors.caseIds ?? t('erasure.form.chosen', { count: selected.size })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('erasure.form.requester')} withAsterisk autoComplete="off" {...form.getInputProps('requester')} />
          <DateTimePicker
            label={t('erasure.form.receivedAt')}
            withAsterisk
            valueFormat="YYYY-MM-DD HH:mm"
            maxDate={pickerLatestDay()}
            {...form.getInputProps('receivedAt')}
            onChange={(value) => form.setFieldValue('receivedAt', value ?? '')}
          />
          <Select label={t('erasure.form.channel')} withAsterisk data={options(CHANNELS, 'channel')} {...form.getInputProps('channel')} />
          <Select label={t('erasure.form.verification')} withAsterisk data={options(IDENTITY_CHECKS, 'erasure.verification')} {...form.getInputProps('verification')} />
        </SimpleGrid>
        <TextInput
          label={t('erasure.form.verificationNote')}
          description={t('erasure.form.verificationNoteHint')}
          withAsterisk={form.values.verification === 'other'}
          {...form.getInputProps('verificationNote')}
        />
        <Select label={t('erasure.form.grounds')} withAsterisk data={options(ERASURE_GROUNDS, 'erasure.grounds')} {...form.getInputProps('grounds')} />
        <Textarea label={t('erasure.form.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <ErrorAlert error={failure} />
        <ModalActions onCancel={onCancel} submitLabel={t('erasure.form.submit')} submitting={submitting} disabled={selected.size === 0} />
      </Stack>
    </form>
  );
}

/** The customer's cases as the export finds them, each with what the request would do with it. */
function FoundCases({ searched, ...done }: Done & { searched: CustomerKeyInput }) {
  const { t } = useTranslation();
  const found = useStoreQuery('erasure.preview', { key: searched }, JSON.stringify(searched));
  if (found.error) return <ErrorAlert error={found.error} />;
  if (!found.data) return <CustomerLookupPending />;
  if (found.data.cases.length === 0) return <Text size="sm">{t('erasure.form.none')}</Text>;
  return <RequestFields searched={searched} preview={found.data} {...done} />;
}

/** 记录删除请求: find the customer, choose their cases, say how the request came in. */
export function RecordErasureModal({ onDone, onCancel }: Done) {
  const { t } = useTranslation();
  const [searched, setSearched] = useState<CustomerKeyInput | null>(null);
  return (
    <MountedModal size="xl" title={t('erasure.form.title')} onClose={onCancel}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('erasure.form.hint')}
        </Text>
        <CustomerKeyForm label={t('erasure.form.find')} onSearch={setSearched} />
        {searched && <FoundCases key={JSON.stringify(searched)} searched={searched} onDone={onDone} onCancel={onCancel} />}
      </Stack>
    </MountedModal>
  );
}

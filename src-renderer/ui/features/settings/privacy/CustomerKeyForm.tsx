import { Button, Group, Input, SegmentedControl, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_KEYS, type CustomerKeyInput, type CustomerKeyKind } from '../../../../domain/privacy/customer';
import { FieldErrorText } from '../../../components/FieldErrorText';

/**
 * 查找客户: by phone, e-mail, account, exact name or whole address — the one search of a customer's
 * data, for their export and for their request to delete it.
 */
export function CustomerKeyForm({ label, onSearch }: { label: string; onSearch(key: CustomerKeyInput): void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { kind: 'phone' as CustomerKeyKind, value: '' },
    validate: { value: (value) => (value.trim() ? null : <FieldErrorText error={{ field: 'value', code: 'validation.required' }} />) },
  });
  return (
    <form noValidate aria-label={label} onSubmit={form.onSubmit(({ kind, value }) => onSearch({ [kind]: value.trim() }))}>
      <Group align="flex-end">
        <Input.Wrapper label={t('privacy.lookup.by')}>
          <SegmentedControl
            display="flex"
            aria-label={t('privacy.lookup.by')}
            data={CUSTOMER_KEYS.map((kind) => ({ value: kind, label: t(`privacy.lookup.kinds.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
        </Input.Wrapper>
        <TextInput label={t('privacy.lookup.value')} miw={260} {...form.getInputProps('value')} />
        <Button type="submit">{t('privacy.lookup.search')}</Button>
      </Group>
    </form>
  );
}

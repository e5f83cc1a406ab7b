import { Button, Group, Input, SegmentedControl, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_KEYS, type CustomerKeyInput, type CustomerKeyKind } from '../../../../domain/privacy/customer';
import { FieldErrorText } from '../../../components/FieldErrorText';
import { CustomerResults } from './CustomerResults';
import { Panel } from '../../../components/Panel';

/** 客户信息查询与导出: find a customer's cases by phone, e-mail, account, exact name or address, then export all they hold. */
export function CustomerLookup() {
  const { t } = useTranslation();
  const [searched, setSearched] = useState<CustomerKeyInput | null>(null);
  const form = useForm({
    initialValues: { kind: 'phone' as CustomerKeyKind, value: '' },
    validate: { value: (value) => (value.trim() ? null : <FieldErrorText error={{ field: 'value', code: 'validation.required' }} />) },
  });
  const title = t('privacy.lookup.title');

  return (
    <Panel title={title} hint={t('privacy.lookup.hint')}>
      <form noValidate aria-label={title} onSubmit={form.onSubmit(({ kind, value }) => setSearched({ [kind]: value.trim() }))}>
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
      {searched && <CustomerResults searched={searched} />}
    </Panel>
  );
}

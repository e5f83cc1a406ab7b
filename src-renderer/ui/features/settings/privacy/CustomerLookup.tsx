import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerKeyInput } from '../../../../domain/privacy/customer';
import { Panel } from '../../../components/Panel';
import { CustomerKeyForm } from './CustomerKeyForm';
import { CustomerResults } from './CustomerResults';

/** 客户信息查询与导出: find a customer's cases by phone, e-mail, account, exact name or address, then export all they hold. */
export function CustomerLookup() {
  const { t } = useTranslation();
  const [searched, setSearched] = useState<CustomerKeyInput | null>(null);
  const title = t('privacy.lookup.title');

  return (
    <Panel title={title} hint={t('privacy.lookup.hint')}>
      <CustomerKeyForm label={title} onSearch={setSearched} />
      {searched && <CustomerResults searched={searched} />}
    </Panel>
  );
}

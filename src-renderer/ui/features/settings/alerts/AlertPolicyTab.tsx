import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useStoreQuery } from '../../../data/hooks';
import { AlertPolicyForm } from './AlertPolicyForm';

/** 提醒: the centre's alert policy, kept fresh; a save elsewhere replaces the form. */
export function AlertPolicyTab() {
  const { t } = useTranslation();
  const policy = useStoreQuery('alerts.policy', {}, 'alerts.policy');
  const users = useStoreQuery('users.directory', {}, 'users.directory');
  if (policy.data && users.data) return <AlertPolicyForm key={JSON.stringify(policy.data)} policy={policy.data} users={users.data} />;
  if (policy.error || users.error) return <ErrorAlert error={policy.error ?? users.error} />;
  return (
    <Center p="xl">
      <Loader aria-label={t('admin.loading')} />
    </Center>
  );
}

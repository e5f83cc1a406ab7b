import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useStoreQuery } from '../../../data/hooks';
import { AlertPolicyForm } from './AlertPolicyForm';
import { HeldWhileEdited } from '../HeldWhileEdited';

/** 提醒: the centre's alert policy, kept fresh; a save elsewhere replaces the form. */
export function AlertPolicyTab() {
  const { t } = useTranslation();
  const policy = useStoreQuery('alerts.policy', {}, 'alerts.policy');
  const users = useStoreQuery('users.directory', {}, 'users.directory');
  if (policy.data && users.data) {
    const staff = users.data;
    return <HeldWhileEdited value={policy.data}>{(shown) => <AlertPolicyForm key={JSON.stringify(shown)} policy={shown} users={staff} />}</HeldWhileEdited>;
  }
  if (policy.error || users.error) return <ErrorAlert error={policy.error ?? users.error} />;
  return (
    <Center p="xl">
      <Loader aria-label={t('admin.loading')} />
    </Center>
  );
}

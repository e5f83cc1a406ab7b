import { useEffect } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePlatform, useStoreQuery } from '../../data/hooks';
import { RegistrationSheet } from './RegistrationSheet';

/**
 * 客户投诉登记表 as a printable A4 page. Tells the platform when the data is
 * on screen so the print service never prints an empty page.
 */
export function PrintRegistration({ id }: { id: string }) {
  const platform = usePlatform();
  const record = useStoreQuery('cases.get', { id }, id);
  const attachments = useStoreQuery('attachments.list', { caseId: id }, id);
  const settings = useStoreQuery('settings.get', {}, 'settings');
  const error = record.error ?? attachments.error ?? settings.error;
  const complete = record.data !== undefined && attachments.data !== undefined && settings.data !== undefined;

  useEffect(() => {
    if (complete || error) platform.printReady();
  }, [complete, error, platform]);

  if (error) return <ErrorAlert error={error} />;
  if (!record.data || !attachments.data || !settings.data) return null;
  return <RegistrationSheet record={record.data} attachments={attachments.data} centreName={settings.data.centreName} />;
}

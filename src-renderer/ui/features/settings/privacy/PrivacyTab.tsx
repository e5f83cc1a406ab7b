import { Stack } from '@mantine/core';
import { useAuth } from '../../auth/AuthGate';
import { SettingsLoader } from '../SettingsLoader';
import { HeldWhileEdited } from '../HeldWhileEdited';
import { CustomerLookup } from './CustomerLookup';
import { EligibleCases } from './EligibleCases';
import { ErasureRequests } from './erasure/ErasureRequests';
import { RetentionForm } from './RetentionForm';
import { RetentionSummary } from './RetentionSummary';

/**
 * 个人信息保护 (legal and the administrator): the retention periods, customers' requests to delete
 * their data (`/settings/privacy/<no>` opens one), the cases past the periods with their anonymisation, and a customer's data lookup and export. Only the administrator edits the periods.
 */
export function PrivacyTab({ item }: { item?: string }) {
  const { can } = useAuth();
  return (
    <Stack maw={1100}>
      <SettingsLoader>
        {({ privacy }) =>
          can('settings.update') ? (
            <HeldWhileEdited value={privacy}>{(shown) => <RetentionForm key={JSON.stringify(shown)} privacy={shown} />}</HeldWhileEdited>
          ) : (
            <RetentionSummary privacy={privacy} />
          )
        }
      </SettingsLoader>
      {can('erasure.record') && <ErasureRequests key={item} linkedNo={item} />}
      {can('cases.anonymise') && <EligibleCases />}
      {can('customers.export') && <CustomerLookup />}
    </Stack>
  );
}

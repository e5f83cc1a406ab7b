import { Alert, Button, Popover, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainReport } from '../../../domain/audit/chain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useStore } from '../../data/hooks';
import { asStoreError, type StoreError } from '../../data/store-client';
import { useAuth } from '../auth/AuthGate';

/**
 * 校验审计链: recomputes the hash chain of this case's events in the store
 * host and says whether it is whole, or at which event it breaks and how.
 */
export function AuditCheck({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const { can } = useAuth();
  const [report, setReport] = useState<ChainReport | null>(null);
  const [failure, setFailure] = useState<StoreError | null>(null);
  const [busy, setBusy] = useState(false);
  if (!can('audit.verify')) return null;

  async function verify() {
    setBusy(true);
    setFailure(null);
    setReport(null);
    try {
      setReport(await store.send('audit.verify', { subject: caseId }));
    } catch (error) {
      setFailure(asStoreError(error));
    } finally {
      setBusy(false);
    }
  }

  function dismiss() {
    setReport(null);
    setFailure(null);
  }

  return (
    <Popover opened={report !== null || failure !== null} onDismiss={dismiss} width={300} position="bottom-end" withArrow>
      <Popover.Target>
        <Button size="xs" variant="default" loading={busy} onClick={() => void verify()}>
          {t('flow.audit.verify')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <ErrorAlert error={failure} />
        {report &&
          (report.ok ? (
            <Alert color="teal" variant="light" title={t('flow.audit.intact')} role="status">
              <Text size="sm">{t('flow.audit.intactDetail', { count: report.events })}</Text>
            </Alert>
          ) : (
            <Alert color="red" variant="light" title={t('flow.audit.broken')} role="alert">
              <Text size="sm">{t('flow.audit.brokenDetail', { n: report.brokenAt, count: report.events, reason: t(`flow.audit.reason.${report.reason}`) })}</Text>
            </Alert>
          ))}
      </Popover.Dropdown>
    </Popover>
  );
}

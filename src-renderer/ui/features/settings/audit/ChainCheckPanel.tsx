import { Alert, Anchor, Button, List } from '@mantine/core';
import { JobProgressBar } from '../../jobs/JobProgressBar';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrokenChain, VerifyAllReport } from '../../../../store/services/audit/verify-all';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useStore } from '../../../data/hooks';
import { StoreError } from '../../../data/store-client';
import { subjectText } from './labels';
import { Panel } from '../../../components/Panel';

/** 审计链校验: every chain at once; each break is listed with a link that shows the log around it. */
export function ChainCheckPanel({ onShowBreak }: { onShowBreak(chain: BrokenChain): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const [report, setReport] = useState<VerifyAllReport | null>(null);
  const [error, setError] = useState<StoreError | null>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      setReport(await store.send('audit.verifyAll', {}));
    } catch (failure) {
      setError(failure instanceof StoreError ? failure : new StoreError({ code: 'store.internal', params: { detail: String(failure) } }));
    } finally {
      setBusy(false);
    }
  }

  const title = t('security.audit.chains.title');
  return (
    <Panel
      title={title}
      hint={t('security.audit.chains.hint')}
      order={4}
      aside={
        <Button onClick={() => void run()} loading={busy}>
          {t('security.audit.chains.run')}
        </Button>
      }
    >
      <JobProgressBar kind="verifyAll" active={busy} hint={t('security.audit.chains.running')} />
      <ErrorAlert error={error} />
      {report && report.broken.length === 0 && (
        <Alert color="teal" variant="light" data-chains="intact">
          {t('security.audit.chains.intact', { subjects: report.subjects, events: report.events })}
        </Alert>
      )}
      {report && report.broken.length > 0 && (
        <Alert color="red" variant="light" data-chains="broken" title={t('security.audit.chains.broken', { count: report.broken.length })}>
          <List size="sm" spacing={4}>
            {report.broken.map((chain) => (
              <List.Item key={chain.subject} data-subject={chain.subject}>
                {t('security.audit.chains.at', {
                  subject: subjectText(t, chain),
                  n: chain.brokenAt,
                  count: chain.events,
                  reason: t(`admin.audit.reasons.${chain.reason}`),
                })}{' '}
                <Anchor component="button" type="button" size="sm" onClick={() => onShowBreak(chain)}>
                  {t('security.audit.chains.show')}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Panel>
  );
}

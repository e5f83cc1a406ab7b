import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EligiblePage } from '../../../../store/services/privacy/anonymise';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../components/format';
import { useStore, useStoreQuery } from '../../../data/hooks';
import { ConfirmPasswordModal } from '../../auth/confirm/ConfirmPasswordModal';
import { EligibleTable, selectable } from './EligibleTable';
import { Panel } from '../../../components/Panel';

const PAGE = 100;
/** What one `cases.anonymise` takes: the list stops growing there, and a selection never exceeds it. */
const MAX_LISTED = 500;

/**
 * 超过保存期限的投诉: the oldest closings first; the user picks cases (or all listed) and anonymises
 * them after entering the password again. The list follows every change, so anonymised cases leave it.
 */
export function EligibleCases() {
  const { t } = useTranslation();
  const store = useStore();
  const [limit, setLimit] = useState(PAGE);
  const query = useStoreQuery('privacy.eligible', { limit }, `eligible:${limit}`);
  // While a longer list loads, the shorter one stays on screen (state adjusted during render, as React advises).
  const [page, setPage] = useState<EligiblePage | undefined>(undefined);
  if (query.data && query.data !== page) setPage(query.data);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);

  const rows = page?.rows ?? [];
  // A held case, or one owing its 12315 reply, cannot be picked: the store host would refuse the whole batch for it.
  const chosen = rows.filter((row) => selectable(row) && selected.has(row.id)).map((row) => row.id);
  const title = t('privacy.eligible.title');

  return (
    <Panel title={title} hint={page && t('privacy.eligible.hint', { cutoff: formatDateTime(page.cutoff), days: page.retentionDays })}>
      <ErrorAlert error={query.error} />
      {page && rows.length === 0 && <Text size="sm">{t('privacy.eligible.none')}</Text>}
      {rows.length > 0 && (
        <>
          <EligibleTable rows={rows} selected={selected} onSelect={setSelected} />
          <Group justify="space-between">
            <Group gap="sm">
              <Text size="sm" c="dimmed">
                {t('privacy.eligible.shown', { count: rows.length })}
              </Text>
              {page?.next && limit < MAX_LISTED && (
                <Button variant="default" size="xs" loading={query.loading} onClick={() => setLimit((n) => Math.min(MAX_LISTED, n + PAGE))}>
                  {t('privacy.eligible.loadMore')}
                </Button>
              )}
            </Group>
            <Button color="red" disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
              {t('privacy.eligible.anonymise', { count: chosen.length })}
            </Button>
          </Group>
        </>
      )}
      {confirming && (
        <ConfirmPasswordModal
          title={t('privacy.eligible.confirmTitle')}
          message={
            // Inside the dialog's paragraph: a span, in red, so the warning is not missed.
            <Text span c="red.8" fw={500}>
              {t('privacy.eligible.confirmMessage', { count: chosen.length })}
            </Text>
          }
          submitLabel={t('privacy.eligible.confirmSubmit')}
          action={() => store.send('cases.anonymise', { caseIds: chosen })}
          onDone={({ anonymised }) => {
            setConfirming(false);
            setSelected(new Set());
            notifications.show({ color: 'teal', message: t('privacy.eligible.done', { count: anonymised }) });
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </Panel>
  );
}

import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../../domain/backup/manifest';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../components/format';
import { usePlatform, useStore } from '../../../data/hooks';
import { useWorkInFlight } from '../../../components/unsaved';
import { asStoreError, type StoreError } from '../../../data/store-client';
import { useAuth } from '../../auth/AuthGate';
import { ConfirmPasswordModal } from '../../auth/confirm/ConfirmPasswordModal';
import { BackupSummaryView } from './BackupSummaryView';
import { backupFilters } from './format';
import type { BackupFileRef } from '../../../../platform/types';
import { Panel } from '../../../components/Panel';
import { JobProgressBar } from '../../jobs/JobProgressBar';
import { errorText } from '../../../i18n/errors';


type Picked =
  | { state: 'checking'; name: string }
  | { state: 'refused'; name: string; error: StoreError }
  | { state: 'ready'; name: string; file: FileArgs; summary: BackupSummary };

/** The chosen file as the store host reads it (any size: never read into this page). */
type FileArgs = { source: { id: string; bytes: number } } | { file: Blob };
const fileArgs = (ref: BackupFileRef, bytes: number): FileArgs => ('source' in ref ? { source: { id: ref.source, bytes } } : { file: ref.file });

/**
 * 从备份恢复: pick a file, see what it holds (or why it is refused), then confirm with the password.
 * After the restore every session has ended: this window goes back to the sign-in page.
 */
export function RestorePanel() {
  const { t } = useTranslation();
  const store = useStore();
  const platform = usePlatform();
  const holdWork = useWorkInFlight();
  const { signOut } = useAuth();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // A restore of a large desk takes minutes: the dialog shows how far it got.
  const [restoring, setRestoring] = useState(false);

  async function pick() {
    setUnreadable(null);
    let chosen: Awaited<ReturnType<typeof platform.chooseBackupFile>>;
    try {
      chosen = await platform.chooseBackupFile({ filters: backupFilters(t('backup.tab')) });
    } catch (error) {
      // Gone since it was chosen (a USB stick pulled out), or not ours to read: said, nothing else changes.
      setPicked(null);
      setUnreadable(errorText(t, asStoreError(error).data));
      return;
    }
    if (chosen.status === 'cancelled') return;
    const file = fileArgs(chosen.ref, chosen.bytes);
    setPicked({ state: 'checking', name: chosen.name });
    try {
      const summary = await store.send('backup.inspect', { ...file, fileName: chosen.name });
      setPicked({ state: 'ready', name: chosen.name, file, summary });
    } catch (error) {
      setPicked({ state: 'refused', name: chosen.name, error: asStoreError(error) });
    }
  }

  return (
    <Panel
      title={t('backup.restore.title')}
      hint={t('backup.restore.hint')}
      order={4}
      aside={
        <Button variant="default" color="red" onClick={() => void pick()} loading={picked?.state === 'checking'}>
          {t('backup.restore.button')}
        </Button>
      }
    >
      {unreadable && (
        <Alert color="red" variant="light" role="alert">
          {unreadable}
        </Alert>
      )}
      {picked && <Text size="sm">{t('backup.restore.file', { name: picked.name })}</Text>}
      <JobProgressBar kind="restoreCheck" active={picked?.state === 'checking'} />
      {picked?.state === 'refused' && <ErrorAlert error={picked.error} />}
      {picked?.state === 'ready' && (
        <>
          <BackupSummaryView summary={picked.summary} />
          <Group>
            <Button color="red" onClick={() => setConfirming(true)}>
              {t('backup.restore.start')}
            </Button>
          </Group>
        </>
      )}
      {confirming && picked?.state === 'ready' && (
        <ConfirmPasswordModal
          title={t('backup.restore.confirmTitle')}
          message={
            <>
              {t('backup.restore.warning', { at: formatDateTime(picked.summary.createdAt) })}
              <JobProgressBar kind="restore" active={restoring} />
            </>
          }
          submitLabel={t('backup.restore.submit')}
          action={async () => {
            setRestoring(true);
            // Reloading or closing the window asks first while the restore runs (in the browser it would stop it).
            const release = holdWork();
            try {
              return await store.send('backup.restore', { ...picked.file, fileName: picked.name });
            } catch (error) {
              const data = asStoreError(error).data;
              // The file can no longer be read (main closed it after two hours, the stick was pulled out):
              // the dialog cannot succeed with it, so it closes and the file is to be chosen again.
              if (data.code === 'backup.sourceUnknown' || data.code === 'file.readFailed') {
                setConfirming(false);
                setPicked(null);
                setUnreadable(errorText(t, data));
                return null;
              }
              throw error;
            } finally {
              release();
              setRestoring(false);
            }
          }}
          onClose={() => setConfirming(false)}
          onDone={(outcome) => {
            if (outcome === null) return;
            setConfirming(false);
            // Cases the backup held with personal data erased since were anonymised again: said, so nobody wonders.
            const kept = outcome.erasuresKept > 0 ? t('backup.restore.erasuresKept', { count: outcome.erasuresKept }) : '';
            notifications.show({ color: 'teal', message: kept ? t('backup.restore.doneWithErasures', { kept }) : t('backup.restore.done'), autoClose: 10_000 });
            // The store host ended every session with the old data; this window signs in again too.
            void signOut();
          }}
        />
      )}
    </Panel>
  );
}

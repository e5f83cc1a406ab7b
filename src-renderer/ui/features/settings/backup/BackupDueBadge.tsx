import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isStale } from '../../../../domain/backup/status';
import { useNow, useStoreQuery } from '../../../data/hooks';
import { useAuth } from '../../auth/AuthGate';

/** Give the 设置 navigation entry `aria-describedby={BACKUP_DUE_ID}`: the reminder is heard as its description. */
export const BACKUP_DUE_ID = 'backup-due';

/**
 * 需备份 beside the 设置 entry of the navigation, for whoever makes backups, while the last one is
 * more than two days old (or there is none): the warning of 备份与恢复 seen from every page, since
 * an administrator may not open that tab for weeks — and in the browser nothing backs up by itself.
 */
export function BackupDueBadge() {
  const { can } = useAuth();
  return can('backup.create') ? <Due /> : null;
}

function Due() {
  const { t } = useTranslation();
  const status = useStoreQuery('backup.status', {}, 'backup-status');
  const now = useNow(60_000);
  if (!status.data || !isStale(status.data.lastAt, now)) return null;
  return (
    <>
      <Badge color="yellow" size="sm" aria-hidden>
        {t('backup.status.due')}
      </Badge>
      <span id={BACKUP_DUE_ID} hidden>
        {t('backup.status.dueDescription')}
      </span>
    </>
  );
}

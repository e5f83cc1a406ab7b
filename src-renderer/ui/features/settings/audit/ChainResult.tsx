import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChainReport } from '../../../../domain/audit/chain';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { StoreError } from '../../../data/store-client';

export type ChainCheck = ChainReport | StoreError;

/** What a chain check found: intact with its length, or where and why it breaks. */
export function ChainResult({ check }: { check: ChainCheck | undefined }) {
  const { t } = useTranslation();
  if (check === undefined) {
    return (
      <Text size="sm" c="dimmed">
        {t('admin.audit.notChecked')}
      </Text>
    );
  }
  if (check instanceof StoreError) return <ErrorAlert error={check} />;
  if (!check.ok) {
    return (
      <Badge color="red" variant="filled" tt="none" data-chain="broken">
        {t('admin.audit.broken', { n: check.brokenAt, count: check.events, reason: t(`admin.audit.reasons.${check.reason}`) })}
      </Badge>
    );
  }
  if (check.events === 0) {
    return (
      <Badge color="gray" variant="light" tt="none" data-chain="empty">
        {t('admin.audit.empty')}
      </Badge>
    );
  }
  return (
    <Badge color="teal" variant="light" tt="none" data-chain="intact">
      {t('admin.audit.intact', { count: check.events })}
    </Badge>
  );
}

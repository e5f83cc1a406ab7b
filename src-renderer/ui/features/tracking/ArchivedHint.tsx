import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Archived cases a search or any filter among the current ones would also find. Closed cases go to
 * the archive after 30 days: a customer calling back later is found only there, a year's received
 * cases are mostly there, and a user who sees "no complaints match" or a count far too small would
 * not think of 筛选 → 归档 on their own.
 */
export function ArchivedHint({ count, onShow }: { count: number; onShow(): void }) {
  const { t } = useTranslation();
  return (
    <Group justify="center" gap="xs" role="status">
      <Text c="dimmed" size="sm">
        {t('tracking.archivedMatches', { count })}
      </Text>
      <Button variant="light" size="compact-sm" onClick={onShow}>
        {t('tracking.showArchived')}
      </Button>
    </Group>
  );
}

import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Archived cases a search among the current ones would also find. Closed cases go to the archive
 * after 30 days: a customer calling back later is found only there, and an agent who sees
 * "no complaints match" would not think of 筛选 → 归档 on their own.
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

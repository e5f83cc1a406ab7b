import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RECENT_HOURS } from '../../../domain/cases/recent';
import { formatDateTime } from '../../components/format';
import { useStoreQuery } from '../../data/hooks';

/**
 * 我刚登记的: the agent's last registrations of the shift, beside the form. The outcome of a
 * registration is shown once, under the form; a reload, or a look at another page, took it away,
 * and an agent who could not tell whether the complaint went in registered it again.
 */
export function RecentRegistrations() {
  const { t } = useTranslation();
  const recent = useStoreQuery('cases.recentlyRegistered', {}, 'recent').data;
  if (!recent || recent.length === 0) return null;
  return (
    <Paper withBorder p="md" component="aside" aria-labelledby="recent-registrations">
      <Stack gap="xs">
        <Title order={3} size="h5" id="recent-registrations">
          {t('intake.recent.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('intake.recent.hint', { hours: RECENT_HOURS })}
        </Text>
        {recent.map((c) => (
          <Stack key={c.id} gap={0}>
            <Anchor href={`#/cases/${c.id}`} fw={600} size="sm">
              {c.no}
            </Anchor>
            <Text size="sm">{c.customerName}</Text>
            <Text size="xs" c="dimmed">
              {t('intake.recent.line', { at: formatDateTime(c.receivedAt), status: t(`status.${c.status}`) })}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

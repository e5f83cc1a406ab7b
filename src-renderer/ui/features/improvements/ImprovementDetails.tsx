import { Anchor, Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImprovementRecord } from '../../../domain/improvements/schema';
import { currentImprovement } from '../../../domain/improvements/verifications';
import { formatDateTime } from '../../components/format';
import { useStore } from '../../data/hooks';

/** The texts of an improvement action, its linked cases by number, and every verdict on it. */
export function ImprovementDetails({ improvement }: { improvement: ImprovementRecord }) {
  const { t } = useTranslation();
  const store = useStore();
  const [numbers, setNumbers] = useState<Record<string, string>>({});
  const ids = improvement.caseIds.join(',');
  const { verifications } = currentImprovement(improvement);

  useEffect(() => {
    let current = true;
    void Promise.all(
      ids.split(',').filter(Boolean).map((id) => store.send('cases.get', { id }).then((c) => [id, c.no] as const, () => null)),
    ).then((found) => {
      if (current) setNumbers(Object.fromEntries(found.filter((f) => f !== null)));
    });
    return () => {
      current = false;
    };
  }, [store, ids]);

  return (
    <Stack gap="sm" py="xs" data-testid="improvement-details">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <div>
          <Text size="xs" c="dimmed">
            {t('improvements.fields.rootCause')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {improvement.rootCause}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t('improvements.fields.action')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {improvement.action}
          </Text>
        </div>
      </SimpleGrid>
      <div>
        <Text size="xs" c="dimmed">
          {t('improvements.fields.cases')}
        </Text>
        <Group gap="sm">
          {improvement.caseIds.map((id) => (
            <Anchor key={id} href={`#/cases/${id}`} size="sm" ff="monospace">
              {numbers[id] ?? '…'}
            </Anchor>
          ))}
        </Group>
      </div>
      {verifications.length > 0 && (
        <div>
          <Text size="xs" c="dimmed">
            {t('improvements.history.title')}
          </Text>
          <List size="sm" spacing="xs" aria-label={t('improvements.history.title')}>
            {verifications.map((entry, n) => (
              <List.Item key={`${entry.at}-${n}`}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {t('improvements.history.entry', { n: n + 1 })}
                  </Text>
                  <Badge color={entry.effective ? 'teal' : 'orange'} variant="light" size="sm">
                    {t(entry.effective ? 'improvements.effective.yes' : 'improvements.effective.no')}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {t('improvements.verifiedBy', { name: entry.by.name, at: formatDateTime(entry.at) })}
                  </Text>
                </Group>
                {/* What the verdict judged, once a new round has replaced it. */}
                {(entry.action !== improvement.action || entry.dueAt !== improvement.dueAt) && (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                    {t('improvements.history.checked', { due: dayjs(entry.dueAt).format('YYYY-MM-DD'), action: entry.action })}
                  </Text>
                )}
                {entry.note && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {entry.note}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      <Text size="xs" c="dimmed">
        {t('improvements.createdAt', { at: formatDateTime(improvement.createdAt) })}
      </Text>
    </Stack>
  );
}

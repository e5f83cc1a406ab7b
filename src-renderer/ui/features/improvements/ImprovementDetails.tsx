import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImprovementRecord } from '../../../domain/improvements/schema';
import { formatDateTime } from '../../components/format';
import { useStore } from '../../data/hooks';

/** The texts of an improvement action, its linked cases by number, and how it was verified. */
export function ImprovementDetails({ improvement }: { improvement: ImprovementRecord }) {
  const { t } = useTranslation();
  const store = useStore();
  const [numbers, setNumbers] = useState<Record<string, string>>({});
  const ids = improvement.caseIds.join(',');

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
      {improvement.verifiedBy && improvement.verifiedAt !== null && (
        <div>
          <Text size="xs" c="dimmed">
            {t('improvements.verifiedBy', { name: improvement.verifiedBy.name, at: formatDateTime(improvement.verifiedAt) })}
          </Text>
          {improvement.verificationNote && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {improvement.verificationNote}
            </Text>
          )}
        </div>
      )}
      <Text size="xs" c="dimmed">
        {t('improvements.createdAt', { at: formatDateTime(improvement.createdAt) })}
      </Text>
    </Stack>
  );
}

import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseEntry } from '../../../../domain/cases/entries';
import { Panel } from '../../../components/Panel';
import { byAt } from '../format';

export type ReturnEntry = Extract<CaseEntry, { kind: 'reopen' | 'qualityReturn' }>;

/** 重新处理: every time the case went back, because the customer was not satisfied or a quality review sent it back. */
export function ReopenSection({ entries }: { entries: ReturnEntry[] }) {
  const { t } = useTranslation();
  return (
    <Panel dense title={t('flow.section.reopen')}>
      <Stack gap="xs">
        {entries.map((entry) => (
          <Paper key={entry.id} withBorder p="xs">
            <Group gap="xs" mb={4}>
              <Badge color={entry.kind === 'reopen' ? 'orange' : 'red'} variant="light">
                {t(`flow.reopen.kind.${entry.kind}`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {byAt(entry.by, entry.at)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {entry.reason}
            </Text>
          </Paper>
        ))}
      </Stack>
    </Panel>
  );
}

import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImprovementRecord } from '../../../../domain/improvements/schema';
import { formatDateTime } from '../../../components/format';
import { Panel } from '../../../components/Panel';

/** 整改措施 this case is linked to, with whether they were found to work. */
export function ImprovementsSection({ improvements }: { improvements: ImprovementRecord[] }) {
  const { t } = useTranslation();
  return (
    <Panel dense title={t('flow.section.improvements')}>
      <Stack gap="xs">
        {improvements.map((item) => {
          const status = item.status === 'open' ? 'open' : item.effective ? 'effective' : 'ineffective';
          return (
            <Group key={item.id} justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text fw={500}>{item.title}</Text>
                <Text size="xs" c="dimmed">
                  {t('flow.improvement.ownerDue', { name: item.owner.name, due: formatDateTime(item.dueAt) })}
                </Text>
              </div>
              <Badge color={status === 'open' ? 'blue' : status === 'effective' ? 'teal' : 'red'} variant="light">
                {t(`flow.improvement.status.${status}`)}
              </Badge>
            </Group>
          );
        })}
      </Stack>
    </Panel>
  );
}

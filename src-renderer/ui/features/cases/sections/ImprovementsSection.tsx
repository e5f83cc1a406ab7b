import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImprovementRecord } from '../../../../domain/improvements/schema';
import { lastVerification } from '../../../../domain/improvements/verifications';
import { formatDateTime } from '../../../components/format';
import { Panel } from '../../../components/Panel';
import { useNow } from '../../../data/hooks';

/**
 * 整改措施 this case is linked to, as the 整改 page shows them: whether they were found to work, one
 * past its due date (已逾期), and one whose last round was found not to (上轮无效). Each title opens
 * the 整改 page, where they are edited and verified.
 */
export function ImprovementsSection({ improvements }: { improvements: ImprovementRecord[] }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  return (
    <Panel dense title={t('flow.section.improvements')}>
      <Stack gap="xs">
        {improvements.map((item) => {
          const status = item.status === 'open' ? 'open' : item.effective ? 'effective' : 'ineffective';
          const overdue = item.status === 'open' && item.dueAt < now;
          const lastFailed = item.status === 'open' && lastVerification(item)?.effective === false;
          return (
            <Group key={item.id} justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Anchor href="#/improvements" fw={500}>
                  {item.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('flow.improvement.ownerDue', { name: item.owner.name, due: formatDateTime(item.dueAt) })}
                </Text>
              </div>
              <Group gap={6} wrap="nowrap">
                {overdue && (
                  <Badge color="red" variant="outline">
                    {t('improvements.overdue')}
                  </Badge>
                )}
                {lastFailed && (
                  <Badge color="orange" variant="outline">
                    {t('improvements.effective.lastNo')}
                  </Badge>
                )}
                <Badge color={status === 'open' ? 'blue' : status === 'effective' ? 'teal' : 'red'} variant="light">
                  {t(`flow.improvement.status.${status}`)}
                </Badge>
              </Group>
            </Group>
          );
        })}
      </Stack>
    </Panel>
  );
}

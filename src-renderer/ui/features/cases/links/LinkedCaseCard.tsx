import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkedCaseView } from '../../../../store/services/cases/links-view';
import { formatDateTime } from '../../../components/format';
import { Field } from '../Field';
import { customerText } from './linkText';

/**
 * Another case beside this one: its number (a link to it), where it stands, when and how it came,
 * its customer and the start of its description; `children` add what ties it to this case.
 */
export function LinkedCaseCard({ view, actions, children }: { view: LinkedCaseView; actions?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="li" aria-label={view.no} data-testid="linked-case" style={{ listStyle: 'none' }}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Anchor href={`#/cases/${view.id}`} fw={600}>
              {view.no}
            </Anchor>
            <Badge variant="light" color="gray">
              {t(`status.${view.status}`)}
            </Badge>
          </Group>
          {actions}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Field label={t('links.row.received')}>{formatDateTime(view.receivedAt)}</Field>
          <Field label={t('links.row.channel')}>{t(`channel.${view.channel}`)}</Field>
          <Field label={t('links.row.customer')}>{customerText(t, view, ' · ')}</Field>
        </SimpleGrid>
        <Field label={t('links.row.excerpt')}>
          <Text size="sm" component="span">
            {view.excerpt}
          </Text>
        </Field>
        {children}
      </Stack>
    </Paper>
  );
}

/** The list the cards stand in. */
export function LinkedCaseList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} aria-label={label}>
      {children}
    </Stack>
  );
}

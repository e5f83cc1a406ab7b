import { Badge, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanRecord } from '../../../../domain/cases/case';
import { confirmationsOf } from '../../../../domain/plans/compensation';
import { Field } from '../Field';
import { byAt } from '../format';
import { confirmationText } from '../payoutText';

/**
 * 赔付确认 of an approved plan that promised compensation: the latest confirmation (what counts),
 * who recorded it and when, and the ones it corrected; “尚未确认” until the first.
 */
export function CompensationPaid({ plan }: { plan: PlanRecord }) {
  const { t } = useTranslation();
  if (plan.compensation.type === 'none' || plan.approvedAt === null) return null;
  const all = confirmationsOf(plan);
  const latest = all.at(-1);
  const earlier = all.slice(0, -1);
  return (
    <Stack gap="xs" aria-label={t('payout.title')} role="group">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Field label={t('payout.state')}>
          {latest ? (
            <span style={{ whiteSpace: 'pre-wrap' }}>{confirmationText(t, latest)}</span>
          ) : (
            <Badge color="orange" variant="light">
              {t('payout.pending')}
            </Badge>
          )}
        </Field>
        {latest && <Field label={t('payout.by')}>{byAt(latest.by, latest.at)}</Field>}
      </SimpleGrid>
      {earlier.length > 0 && (
        <Field label={t('payout.earlier')}>
          <List type="ordered" size="sm" spacing={2}>
            {earlier.map((confirmation) => (
              <List.Item key={confirmation.at}>
                {confirmationText(t, confirmation)}
                <Text span size="xs" c="dimmed">
                  {' '}
                  {byAt(confirmation.by, confirmation.at)}
                </Text>
              </List.Item>
            ))}
          </List>
        </Field>
      )}
    </Stack>
  );
}

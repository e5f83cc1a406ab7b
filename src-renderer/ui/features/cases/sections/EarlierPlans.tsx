import { List, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlanRecord } from '../../../../domain/cases/case';
import { compensationText, formatDateTime } from '../../../components/format';
import { Field } from '../Field';
import { byAt } from '../format';
import { payoutState } from '../payoutText';

/** “负责人 张三（物流配送部）· 完成时限 … · 补偿：代金券 ¥100.00”: an earlier plan's terms on one line. */
export function earlierPlanTerms(t: TFunction, plan: PlanRecord): string {
  const terms = t('flow.plan.earlierPlanTerms', {
    owner: plan.owner.name,
    department: plan.department,
    due: formatDateTime(plan.dueAt),
    compensation: compensationText(t, plan.compensation),
  });
  // What the customer received of that promise (赔付确认), so the next call knows what was paid.
  const promised = plan.compensation.type !== 'none' && plan.approvedAt !== null;
  return promised ? `${terms}${t('payout.earlierState', { state: payoutState(t, plan) })}` : terms;
}

/**
 * 此前的处理方案: the approved plans a re-handling replaced, numbered by handling, with their
 * measures and what was promised — what the customer was told the first time.
 */
export function EarlierPlans({ plans }: { plans: readonly PlanRecord[] }) {
  const { t } = useTranslation();
  if (plans.length === 0) return null;
  return (
    <Field label={t('flow.plan.earlierPlans')}>
      <Stack gap="xs">
        {plans.map((plan, i) => (
          <div key={plan.submittedAt}>
            <Text size="sm" fw={600}>
              {t('flow.plan.earlierPlanNth', { n: i + 1 })}
            </Text>
            <List type="ordered" size="sm" spacing={2}>
              {plan.measures.map((measure, j) => (
                <List.Item key={j}>{measure}</List.Item>
              ))}
            </List>
            <Text size="xs" c="dimmed">
              {earlierPlanTerms(t, plan)}
              {plan.approvedBy && ` · ${t('flow.plan.earlierPlanApproved', { byAt: byAt(plan.approvedBy, plan.approvedAt) })}`}
            </Text>
          </div>
        ))}
      </Stack>
    </Field>
  );
}

import { Alert, List, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatAmount, formatDateTime } from '../../../components/format';
import { ownerNameText } from '../../../components/ownerText';
import { useStore } from '../../../data/hooks';
import { Field } from '../Field';
import { byAt } from '../format';
import { CommandForm } from './CommandForm';
import type { ActionProps } from './types';

/**
 * The ops director approves the plan; the resolution clock starts, due at the
 * plan's deadline. 重大 cases and plans with a legal risk need legal's opinion
 * first, so approval waits for it.
 */
export function ApprovePlanForm({ record, planOwnerStanding, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: {} });
  const plan = record.plan;
  const needsLegal = record.severity === 'major' || plan?.legalRisk === true;
  const missingLegal = needsLegal && !plan?.legalOpinion;
  return (
    <CommandForm
      form={form}
      run={() => store.send('plans.approve', { caseId: record.id })}
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.plans.approve')}
      submitLabel={t('flow.command.plans.approve')}
      focusCancel
      disabled={missingLegal || planOwnerStanding !== undefined}
    >
      {plan && planOwnerStanding && (
        // Said before the approver decides: the store host would refuse the approval (plans.approve).
        <Alert color="red" variant="light" role="alert">
          {t('errors.plans.ownerUnavailable', { name: plan.owner.name })}
        </Alert>
      )}
      {needsLegal && (
        <Alert color={missingLegal ? 'red' : 'teal'} variant="light" role={missingLegal ? 'alert' : 'status'}>
          {t(missingLegal ? 'flow.form.legalOpinionMissing' : 'flow.form.legalOpinionGiven')}
        </Alert>
      )}
      {plan && (
        <Stack gap="xs">
          <Field label={t('flow.form.measures')}>
            <List size="sm">
              {plan.measures.map((m, i) => (
                <List.Item key={i}>{m}</List.Item>
              ))}
            </List>
          </Field>
          <SimpleGrid cols={2}>
            <Field label={t('flow.form.owner')}>{ownerNameText(t, plan.owner.name, planOwnerStanding)}</Field>
            <Field label={t('flow.form.planDueAt')}>{formatDateTime(plan.dueAt)}</Field>
            <Field label={t('flow.form.compensationType')}>{t(`compensation.${plan.compensation.type}`)}</Field>
            <Field label={t('flow.form.compensationAmount')}>{plan.compensation.amount === null ? '' : formatAmount(plan.compensation.amount)}</Field>
          </SimpleGrid>
          {plan.legalOpinion && (
            <Field label={t('flow.labelBy', { label: t('flow.plan.legalOpinion'), by: byAt(plan.legalOpinion.by, plan.legalOpinion.at) })}>{plan.legalOpinion.text}</Field>
          )}
        </Stack>
      )}
    </CommandForm>
  );
}

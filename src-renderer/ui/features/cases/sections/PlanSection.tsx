import { Badge, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanRecord } from '../../../../domain/cases/case';
import type { OwnerStanding } from '../../../../domain/tracking/row';
import { ownerNameText } from '../../../components/ownerText';
import { earlierOpinionsOf } from '../../../../domain/plans/opinions';
import { compensationText, formatDateTime } from '../../../components/format';
import { CaseFormPrint } from '../../print/buttons/CaseFormPrint';
import { Field } from '../Field';
import { CompensationPaid } from './CompensationPaid';
import { EarlierPlans } from './EarlierPlans';
import { Returns } from './Returns';
import { Panel } from '../../../components/Panel';
import { byAt } from '../format';

/** 处理方案: the plan as submitted, legal's opinion (and those it revised), the approval, and the plans of earlier handlings. */
export function PlanSection({
  plan,
  needsLegal,
  earlierPlans = [],
  ownerStanding,
}: {
  plan: PlanRecord;
  needsLegal: boolean;
  earlierPlans?: readonly PlanRecord[];
  /** Present when the plan's 负责人 can no longer carry the case out: marked as the case header marks the case's owner. */
  ownerStanding?: OwnerStanding;
}) {
  const { t } = useTranslation();
  const compensation = compensationText(t, plan.compensation);
  const earlier = earlierOpinionsOf(plan);
  return (
    <Panel dense title={t('flow.section.plan')} aside={<CaseFormPrint form="plan" label={t('print.buttons.plan')} />}>
      <Stack gap="sm">
        <Returns record={plan} />
        <Field label={t('flow.form.measures')}>
          <List type="ordered" size="sm" spacing={2}>
            {plan.measures.map((m, i) => (
              <List.Item key={i}>{m}</List.Item>
            ))}
          </List>
        </Field>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <Field label={t('flow.form.owner')}>
            <Text span inherit c={ownerStanding ? 'red.8' : undefined}>
              {ownerNameText(t, plan.owner.name, ownerStanding)}
            </Text>
          </Field>
          <Field label={t('flow.form.responsibleDepartment')}>{plan.department}</Field>
          <Field label={t('flow.form.collaborators')}>{plan.collaborators.join(t('flow.listSeparator'))}</Field>
          <Field label={t('flow.form.planDueAt')}>{formatDateTime(plan.dueAt)}</Field>
          <Field label={t('flow.form.compensationType')}>{compensation}</Field>
          <Field label={t('flow.form.legalRisk')}>
            {plan.legalRisk ? (
              <Badge color="grape" variant="light">
                {t('flow.yes')}
              </Badge>
            ) : (
              t('flow.no')
            )}
          </Field>
          <Field label={t('flow.submittedBy')}>{byAt(plan.submittedBy, plan.submittedAt)}</Field>
          <Field label={t('flow.approvedBy')}>{plan.approvedBy ? byAt(plan.approvedBy, plan.approvedAt) : t('flow.notYetApproved')}</Field>
        </SimpleGrid>
        <Field label={t('flow.form.resources')}>{plan.resources}</Field>
        <CompensationPaid plan={plan} />
        {(plan.legalOpinion || needsLegal) && (
          <Field label={plan.legalOpinion ? t('flow.labelBy', { label: t('flow.plan.legalOpinion'), by: byAt(plan.legalOpinion.by, plan.legalOpinion.at) }) : t('flow.plan.legalOpinion')}>
            {plan.legalOpinion ? plan.legalOpinion.text : t('flow.plan.legalOpinionPending')}
          </Field>
        )}
        {earlier.length > 0 && (
          <Field label={t('flow.plan.earlierOpinions')}>
            <List type="ordered" size="sm" spacing={2}>
              {earlier.map((opinion) => (
                <List.Item key={opinion.at}>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{opinion.text}</span>
                  <Text span size="xs" c="dimmed">
                    {t('flow.plan.opinionByAt', { byAt: byAt(opinion.by, opinion.at) })}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Field>
        )}
        <EarlierPlans plans={earlierPlans} />
      </Stack>
    </Panel>
  );
}

import { Badge, Group, Rating, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FeedbackRecord } from '../../../../domain/cases/case';
import type { CaseEntry } from '../../../../domain/cases/entries';
import { SURVEY_DIMENSIONS } from '../../../../domain/cases/vocabulary';
import { formatDateTime } from '../../../components/format';
import { attemptAt, scoreText, surveyScoresText } from '../format';
import { surveyDeclined } from '../../../../domain/feedback/survey';
import { CaseFormPrint } from '../../print/buttons/CaseFormPrint';
import { Field } from '../Field';
import { Panel } from '../../../components/Panel';
import type { ReturnEntry } from './ReopenSection';
import { returnAfter, returnText } from './surveyReturns';

type Attempt = Extract<CaseEntry, { kind: 'feedbackAttempt' }>;

/**
 * 反馈回访: the result told to the customer, the survey, the surveys before a re-handling (each with
 * why the case went back), and the calls that did not get through. `returns` are the case's reopen
 * and quality-return entries: a survey a quality review sent back stays the latest one until the
 * customer is surveyed again, so while the case is handled again it is shown as the survey before
 * the return, not as the case's answer.
 */
export function FeedbackSection({
  feedback,
  earlier = [],
  attempts,
  returns = [],
  terminated = false,
}: {
  feedback: FeedbackRecord | null;
  /** The case was terminated: its survey form is no blank to fill in, but the record that none was taken. */
  terminated?: boolean;
  earlier?: FeedbackRecord[];
  attempts: Attempt[];
  returns?: readonly ReturnEntry[];
}) {
  const { t } = useTranslation();
  const sentBack = feedback ? returnAfter(returns, feedback.at) : undefined;
  const qualityReturn = sentBack?.kind === 'qualityReturn' ? sentBack : undefined;
  return (
    <Panel
      dense
      title={t('flow.section.feedback')}
      // Before the survey is recorded the form prints blank, to fill in while talking to the customer.
      aside={<CaseFormPrint form="survey" label={t(feedback || terminated ? 'print.buttons.survey' : 'print.buttons.blankSurvey')} />}
    >
      <Stack gap="md">
        {feedback && (
          <Stack gap="sm" aria-label={qualityReturn ? t('flow.feedback.beforeQualityReturn') : undefined} role={qualityReturn ? 'group' : undefined}>
            {qualityReturn && (
              <div>
                <Title order={4} size="h6">
                  {t('flow.feedback.beforeQualityReturn')}
                </Title>
                <Text size="sm" c="orange.8" style={{ whiteSpace: 'pre-wrap' }}>
                  {t('flow.feedback.rehandling', { text: returnText(t, qualityReturn) })}
                </Text>
              </div>
            )}
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Field label={t('flow.form.feedbackChannel')}>{t(`channel.${feedback.channel}`)}</Field>
              <Field label={t('flow.form.feedbackAt')}>{formatDateTime(feedback.at)}</Field>
              <Field label={t('flow.form.satisfied')}>
                <Badge color={feedback.satisfied ? 'teal' : 'red'} variant="light">
                  {t(feedback.satisfied ? 'flow.feedback.satisfied' : 'flow.feedback.notSatisfied')}
                </Badge>
              </Field>
            </SimpleGrid>
            <Field label={t('flow.form.result')}>{feedback.result}</Field>
            {surveyDeclined(feedback.scores) ? (
              <Field label={t('flow.feedback.scores')}>{t('flow.survey.declined')}</Field>
            ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {SURVEY_DIMENSIONS.map((d) => (
                <Field key={d} label={t(`flow.survey.${d}`)}>
                  <Group gap="xs">
                    <Rating value={feedback.scores[d] ?? 0} readOnly size="sm" aria-hidden />
                    <Text size="sm">{scoreText(t, feedback.scores[d])}</Text>
                  </Group>
                </Field>
              ))}
            </SimpleGrid>
            )}
            <Field label={t('flow.form.comment')}>{feedback.comment}</Field>
            <Text size="xs" c="dimmed">
              {t('flow.recordedByName', { name: feedback.by.name })}
            </Text>
          </Stack>
        )}
        {earlier.length > 0 && (
          <div>
            <Title order={4} size="h6" mb={4}>
              {t('flow.feedback.earlier', { count: earlier.length })}
            </Title>
            <Table withTableBorder striped aria-label={t('flow.feedback.earlierTable')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('flow.form.feedbackAt')}</Table.Th>
                  <Table.Th>{t('flow.form.satisfied')}</Table.Th>
                  <Table.Th>{t('flow.feedback.scores')}</Table.Th>
                  <Table.Th>{t('flow.form.comment')}</Table.Th>
                  <Table.Th>{t('flow.feedback.rehandledReason')}</Table.Th>
                  <Table.Th>{t('flow.recordedBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {earlier.map((survey, n) => {
                  const back = returnAfter(returns, survey.at, earlier[n + 1]?.at ?? feedback?.at);
                  return (
                    <Table.Tr key={survey.at}>
                      <Table.Td>{formatDateTime(survey.at)}</Table.Td>
                      <Table.Td>{t(survey.satisfied ? 'flow.feedback.satisfied' : 'flow.feedback.notSatisfied')}</Table.Td>
                      <Table.Td>{surveyScoresText(t, survey.scores)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{survey.comment}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{back ? returnText(t, back) : ''}</Table.Td>
                      <Table.Td>{survey.by.name}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {attempts.length > 0 && (
          <div>
            <Title order={4} size="h6" mb={4}>
              {t('flow.feedback.attempts', { count: attempts.length })}
            </Title>
            <Table withTableBorder striped aria-label={t('flow.feedback.attemptsTable')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('flow.feedback.attemptAt')}</Table.Th>
                  <Table.Th>{t('flow.form.feedbackChannel')}</Table.Th>
                  <Table.Th>{t('flow.feedback.attemptReason')}</Table.Th>
                  <Table.Th>{t('flow.form.attemptNote')}</Table.Th>
                  <Table.Th>{t('flow.recordedBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...attempts].sort((a, b) => attemptAt(a) - attemptAt(b)).map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{formatDateTime(attemptAt(a))}</Table.Td>
                    <Table.Td>{t(`channel.${a.channel}`)}</Table.Td>
                    <Table.Td>{a.reason ? t(`flow.unreachableReason.${a.reason}`) : ''}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{a.note}</Table.Td>
                    <Table.Td>{a.by.name}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>
    </Panel>
  );
}

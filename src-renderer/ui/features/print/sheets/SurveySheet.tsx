import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import type { CaseEntry } from '../../../../domain/cases/entries';
import { CHANNELS, SURVEY_DIMENSIONS } from '../../../../domain/cases/vocabulary';
import { formatDateTime } from '../../../components/format';
import { socialAccountText } from '../../cases/accountText';
import { customerDetail, surveyScoresText } from '../../cases/format';
import { returnAfter, returnNote, returnText } from '../../cases/sections/surveyReturns';
import { Choices } from '../frame/Choices';
import { FieldRows, type FieldRow } from '../frame/FieldRows';
import { FieldTable } from '../frame/FieldTable';
import { ListTable } from '../frame/ListTable';
import { SectionRow } from '../frame/SectionRow';
import { Signatures } from '../frame/Signatures';
import classes from '../frame/frame.module.css';
import { whoWhen } from './caseRows';

const POINTS = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }));

/**
 * 客户满意度调查表: the four dimensions on a five-point scale, the comment and
 * the result told to the customer. Filled from the recorded survey (the chosen
 * point marked), or blank to read out and tick on the phone or at the counter.
 */
export function SurveySheet({ record, entries = [] }: { record: CaseRecord | null; entries?: readonly CaseEntry[] }) {
  const { t } = useTranslation();
  const latest = record?.feedback ?? null;
  // The survey sent the case back: a customer not satisfied wrote a reopen entry; a satisfied one may
  // have been sent back by quality review since, and stays the latest survey until the next one.
  const latestSentBack = latest ? returnAfter(entries, latest.at) : undefined;
  // Handled again and now waiting for its callback: this round's form is blank, to fill in on the phone;
  // the survey before the re-handling goes with the earlier ones (it read as this round's answers).
  const anew = !!latestSentBack && record?.status === 'feedback';
  const feedback = anew ? null : latest;
  const sentBack = anew ? undefined : latestSentBack;
  const earlierSurveys = [...(record?.earlierSurveys ?? []), ...(anew && latest ? [latest] : [])];
  const f = (key: string) => t(`print.fields.${key}`);
  const yesNo = [
    { value: 'yes', label: t('print.yes') },
    { value: 'no', label: t('print.no') },
  ];
  const termination = !feedback ? record?.termination : undefined;
  return (
    <>
      {/* Ended without a survey: said at the top, so the empty questionnaire is not read as one forgotten. */}
      {termination && (
        <p className={classes.notice} role="note">
          {t('print.surveyNotTaken', {
            reason: t(`flow.termination.reasons.${termination.reason}`),
            byAt: whoWhen(termination.by, termination.at, ''),
          })}
        </p>
      )}
      <FieldTable label={t('print.sections.case')}>
        <SectionRow title={t('print.sections.case')} />
        <FieldRows
          rows={[
            [
              { label: t('case.fields.customerName'), value: record && record.customerName },
              { label: t('case.fields.phone'), value: record && (customerDetail(t, record, 'phone') || t('case.none')) },
            ],
            // The call-back of a customer known by their account goes through it.
            ...(record?.socialAccount !== undefined ? [[{ label: t('socialAccount.account'), value: socialAccountText(t, record) }] satisfies FieldRow] : []),
            // A 12315 referral's own number, as on every form after the registration.
            ...(record?.referralNo ? [[{ label: t('intake.referralNo'), value: record.referralNo }] satisfies FieldRow] : []),
            [
              {
                label: f('feedbackChannel'),
                value: feedback ? t(`channel.${feedback.channel}`) : <Choices options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />,
              },
            ],
            [
              { label: f('feedbackAt'), value: feedback && formatDateTime(feedback.at) },
              { label: f('surveyedBy'), value: feedback && feedback.by.name },
            ],
          ]}
        />
        <SectionRow title={t('print.sections.result')} />
        <FieldRows rows={[[{ label: f('resultTold'), value: feedback && feedback.result, tall: true }]]} />
      </FieldTable>
      <ListTable
        title={t('print.sections.survey')}
        headers={[t('print.sections.survey'), f('scale'), f('score')]}
        widths={[30, 50, 20]}
        empty=""
        rows={SURVEY_DIMENSIONS.map((dimension) => ({
          key: dimension,
          cells: [
            t(`flow.survey.${dimension}`),
            <Choices key="points" options={POINTS} chosen={feedback && feedback.scores[dimension] !== null ? [String(feedback.scores[dimension])] : []} />,
            // A question the customer did not answer says so, so the blank is not read as forgotten.
            !feedback ? '' : feedback.scores[dimension] === null ? t('flow.survey.notAnswered') : t('print.fields.scoreOf', { score: feedback.scores[dimension] }),
          ],
        }))}
      />
      <FieldTable label={f('comment')}>
        <FieldRows
          rows={[
            [{ label: f('satisfied'), value: <Choices options={yesNo} chosen={feedback ? [feedback.satisfied ? 'yes' : 'no'] : []} /> }],
            ...(sentBack?.kind === 'reopen' ? [[{ label: f('notSatisfiedReason'), value: sentBack.reason }] satisfies FieldRow] : []),
            ...(sentBack?.kind === 'qualityReturn' ? [[{ label: f('qualityReturn'), value: returnNote(t, sentBack) }] satisfies FieldRow] : []),
            [{ label: f('comment'), value: feedback ? feedback.comment || t('case.none') : null, tall: true }],
          ]}
        />
      </FieldTable>
      {/* A customer surveyed again after a re-handling: what they said before, and why the case went back, stay on paper. */}
      {earlierSurveys.length > 0 && (
        <ListTable
          title={t('print.sections.earlierSurveys')}
          headers={[f('feedbackAt'), f('satisfied'), f('score'), f('rehandledReason'), f('comment')]}
          widths={[16, 8, 30, 23, 23]}
          empty=""
          rows={earlierSurveys.map((survey, n) => {
            const back = returnAfter(entries, survey.at, earlierSurveys[n + 1]?.at ?? feedback?.at);
            return {
              key: String(survey.at),
              cells: [
                `${formatDateTime(survey.at)}\n${survey.by.name}`,
                t(survey.satisfied ? 'print.yes' : 'print.no'),
                surveyScoresText(t, survey.scores),
                back ? returnText(t, back) : '',
                survey.comment,
              ],
            };
          })}
        />
      )}
      <Signatures labels={[t('print.signatureCustomer'), t('print.signatureSurveyor')]} />
    </>
  );
}

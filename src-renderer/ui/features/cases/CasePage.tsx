import { Anchor, Center, Grid, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseEntry, EntryKind } from '../../../domain/cases/entries';
import { earlierPlansOf } from '../../../domain/plans/earlier';
import type { CaseDetail } from '../../../store/services/cases/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useStoreQuery } from '../../data/hooks';
import { RepeatCases } from '../assist/RepeatCases';
import { SimilarCases } from '../assist/SimilarCases';
import { ActionBar } from './ActionBar';
import { Attachments } from './Attachments';
import { CaseHeader } from './CaseHeader';
import { ClocksPanel } from './ClocksPanel';
import { ErasureNotice } from './ErasureNotice';
import { StageStepper } from './StageStepper';
import { Timeline } from './Timeline';
import { LegalHoldSection } from './hold/LegalHoldSection';
import { CaseLinksSections } from './links/CaseLinksSections';
import { MergeIntoThis } from './links/MergeIntoThis';
import { ExecutionSection } from './sections/ExecutionSection';
import { FeedbackSection } from './sections/FeedbackSection';
import { GradingSection } from './sections/GradingSection';
import { ImprovementsSection } from './sections/ImprovementsSection';
import { IntakeSection } from './sections/IntakeSection';
import { PlanSection } from './sections/PlanSection';
import { ReferralSection } from './sections/ReferralSection';
import { ReopenSection } from './sections/ReopenSection';
import { ScreeningSection } from './sections/ScreeningSection';
import { TerminationSection } from './sections/TerminationSection';
import { VerificationSection } from './sections/VerificationSection';

/**
 * 投诉单: one complaint through the whole closed loop — where it stands, its
 * deadlines, what the signed-in user can do next, every record of every
 * stage, and the audit trail. It re-reads itself after every change.
 */
export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const detail = useStoreQuery('cases.detail', { id }, id);
  return (
    <Stack>
      <Anchor href="#/tracking">← {t('case.back')}</Anchor>
      <ErrorAlert error={detail.error} />
      {detail.loading && (
        <Center p="xl">
          <Loader aria-label={t('flow.loading')} />
        </Center>
      )}
      {detail.data && <CaseView detail={detail.data} />}
    </Stack>
  );
}

function ofKind<K extends EntryKind>(entries: CaseEntry[], ...kinds: K[]): Array<Extract<CaseEntry, { kind: K }>> {
  return entries.filter((e): e is Extract<CaseEntry, { kind: K }> => (kinds as EntryKind[]).includes(e.kind));
}

function CaseView({ detail }: { detail: CaseDetail }) {
  const settings = useStoreQuery('settings.get', {}, 'settings').data;
  const { record, entries, attachments, events, improvements, links, erasures, ownerStanding, planOwnerStanding } = detail;
  const checks = ofKind(entries, 'check');
  const contacts = ofKind(entries, 'contact');
  const execution = ofKind(entries, 'progress', 'pause', 'resume');
  const attempts = ofKind(entries, 'feedbackAttempt');
  const returns = ofKind(entries, 'reopen', 'qualityReturn');
  const needsLegal = record.severity === 'major' || record.plan?.legalRisk === true;
  // A terminated case: as far as it got before it ended.
  const reached = record.termination?.from ?? record.status;
  const verificationStarted = reached !== 'registered' && reached !== 'awaiting_info' && reached !== 'redirected';
  return (
    <Stack>
      <CaseHeader record={record} ownerStanding={ownerStanding} />
      <StageStepper record={record} />
      <ErasureNotice erasures={erasures} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            <ActionBar record={record} settings={settings} planOwnerStanding={planOwnerStanding} />
            <IntakeSection record={record} />
            {(record.referralDeadline || record.referralReplies) && <ReferralSection record={record} />}
            {(record.screening || record.infoRequests) && <ScreeningSection screening={record.screening} infoRequests={record.infoRequests} />}
            {(verificationStarted || checks.length > 0 || contacts.length > 0) && (
              <VerificationSection
                checks={checks}
                contacts={contacts}
                verification={record.verification}
                // 核实请求: listed while the case may still send them, and wherever some were sent.
                requests={record.status === 'verifying' || record.verificationRequests ? (record.verificationRequests ?? []) : undefined}
              />
            )}
            {record.grading && <GradingSection grading={record.grading} />}
            {record.plan && (
              <PlanSection plan={record.plan} needsLegal={needsLegal} earlierPlans={earlierPlansOf(record)} ownerStanding={planOwnerStanding} />
            )}
            {(execution.length > 0 || record.extensions.length > 0 || record.clocks.resolution) && (
              <ExecutionSection entries={execution} extensions={record.extensions} />
            )}
            {(record.feedback || attempts.length > 0) && (
              <FeedbackSection feedback={record.feedback} earlier={record.earlierSurveys} attempts={attempts} returns={returns} terminated={record.status === 'terminated'} />
            )}
            {returns.length > 0 && <ReopenSection entries={returns} />}
            {record.termination && <TerminationSection termination={record.termination} />}
            <CaseLinksSections record={record} links={links} />
            <LegalHoldSection record={record} />
            {improvements.length > 0 && <ImprovementsSection improvements={improvements} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            <ClocksPanel record={record} />
            <RepeatCases caseId={record.id} action={(other) => <MergeIntoThis primary={record} other={other} />} />
            <SimilarCases caseId={record.id} />
            <Attachments attachments={attachments} record={record} events={events} />
            <Timeline
              caseId={record.id}
              events={events}
              entries={entries}
              imported={
                record.importedFrom
                  ? { row: record.importedFrom.row, externalId: record.externalId, at: record.registeredAt, by: record.intakeAgent }
                  : undefined
              }
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

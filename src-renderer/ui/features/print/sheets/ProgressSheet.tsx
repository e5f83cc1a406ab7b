import { Fragment, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseRecord, PlanRecord } from '../../../../domain/cases/case';
import { earlierPlansOf } from '../../../../domain/plans/earlier';
import { executionKind, type AttachmentMeta, type CaseEntry } from '../../../../domain/cases/entries';
import { CLOCK_KINDS, stoppedWithCase, viewClock, type Clock } from '../../../../domain/clocks/clock';
import { FINAL_STATUSES } from '../../../../domain/lifecycle/machine';
import { compensationText, formatBytes, formatDateTime } from '../../../components/format';
import { ownerNameText } from '../../../components/ownerText';
import type { OwnerStanding } from '../../../../domain/tracking/row';
import { activeHold } from '../../../../domain/cases/legal-hold';
import { clockBasisText } from '../../cases/ClocksPanel';
import { attemptAt, attemptText, contactSummaryText, contactWayText, formatDuration } from '../../cases/format';
import { FieldRows, type FieldRow } from '../frame/FieldRows';
import { FieldTable } from '../frame/FieldTable';
import { ListTable } from '../frame/ListTable';
import { Signatures } from '../frame/Signatures';
import { SectionRow } from '../frame/SectionRow';
import { caseSummaryRows, whoWhen } from './caseRows';
import { holdRows, payoutRows } from './closingRows';
import { pausesOf, type ExecutionEntry } from './pauses';
import { ReferralReplies } from './ReferralReplies';
import { LinkedCases } from './LinkedCases';
import type { CaseLinks } from '../../../../store/services/cases/links-view';

type ContactEntry = Extract<CaseEntry, { kind: 'contact' }>;
type CallbackEntry = Extract<CaseEntry, { kind: 'feedbackAttempt' | 'reopen' | 'qualityReturn' }>;

function callbackKind(t: TFunction, entry: CallbackEntry): string {
  return entry.kind === 'feedbackAttempt' ? t('flow.command.feedback.unreachable') : t(`flow.reopen.kind.${entry.kind}`);
}

/** An unanswered callback: how it was tried and the note; a second handling: why. */
function callbackText(t: TFunction, entry: CallbackEntry): string {
  if (entry.kind !== 'feedbackAttempt') return entry.reason;
  return [t(`channel.${entry.channel}`), attemptText(t, entry)].filter(Boolean).join('\n');
}

/**
 * 投诉处理进度跟踪表 for one case: every progress entry, every contact with the customer, every callback that
 * did not reach the customer and every second handling with its reason, every pause of the
 * clock with how long it lasted, every extension with the deadline before and
 * after, every deadline with its state at the time of printing, and the cases merged into it or related to it.
 */
export function ProgressSheet({
  record,
  entries,
  links,
  ownerStanding,
  attachments = [],
}: {
  record: CaseRecord;
  entries: CaseEntry[];
  links: CaseLinks;
  ownerStanding?: OwnerStanding;
  /** The case's files: those added after intake are listed here (the 登记表 lists what came at intake). */
  attachments?: AttachmentMeta[];
}) {
  const { t } = useTranslation();
  const [now] = useState(Date.now);
  const execution = entries.filter((e): e is ExecutionEntry => e.kind === 'progress' || e.kind === 'pause' || e.kind === 'resume');
  // In the order things happened: an attempt recorded at the day's end stands at the time of its call.
  const callbackAt = (entry: CallbackEntry) => (entry.kind === 'feedbackAttempt' ? attemptAt(entry) : entry.at);
  const callbacks = entries
    .filter((e): e is CallbackEntry => e.kind === 'feedbackAttempt' || e.kind === 'reopen' || e.kind === 'qualityReturn')
    .sort((a, b) => callbackAt(a) - callbackAt(b));
  const contacts = entries.filter((e): e is ContactEntry => e.kind === 'contact');
  // A withdrawn file is no evidence, and its name may be another customer's: not printed (the audit log keeps it).
  const laterFiles = attachments.filter((file) => file.step !== 'intake' && !file.withdrawn).sort((a, b) => a.addedAt - b.addedAt);
  const pauses = pausesOf(execution);
  // A re-handled case: each earlier handling's deadline and result, numbered, before the current one.
  const earlier = record.earlierResolutions ?? [];
  // The handling an entry belongs to, marked once the case was handled more than once: the rounds before
  // it were completed before it (the result a round ends with is that round's).
  const inRound = (text: string, at: number) =>
    earlier.length === 0 ? text : t('print.fields.handlingRound', { clock: text, n: 1 + earlier.filter((done) => done.completedAt! < at).length });
  const clockName = (clock: Clock, round: number) =>
    clock.kind === 'resolution' && earlier.length > 0 ? t('print.fields.handlingRound', { clock: t('flow.clock.resolution'), n: round }) : t(`flow.clock.${clock.kind}`);
  const clocks = CLOCK_KINDS.flatMap((kind) => {
    const clock = record.clocks[kind];
    const rounds = kind === 'resolution' ? earlier.map((done, i) => ({ key: `resolution-${i + 1}`, clock: done, name: clockName(done, i + 1) })) : [];
    return clock ? [...rounds, { key: kind, clock, name: clockName(clock, earlier.length + 1) }] : rounds;
  });
  const f = (key: string) => t(`print.fields.${key}`);
  // Every approved plan's promise and what was paid for it: a re-handling's new plan does not take back a payment made.
  const payouts = [...earlierPlansOf(record), record.plan]
    .map((plan, i) => ({ plan, n: i + 1 }))
    .filter((entry): entry is { plan: PlanRecord; n: number } => payoutRows(t, entry.plan).length > 0);
  return (
    <>
      <FieldTable label={t('print.sections.case')}>
        <SectionRow title={t('print.sections.case')} />
        <FieldRows
          rows={[
            ...caseSummaryRows(t, record),
            [
              {
                label: t('case.fields.status'),
                // A hold is part of where the case stands: it is kept whole, not archived or anonymised.
                value: activeHold(record) ? t('legalHold.statusWithHold', { status: t(`status.${record.status}`) }) : t(`status.${record.status}`),
              },
              { label: t('case.fields.owner'), value: record.owner ? ownerNameText(t, record.owner.name, ownerStanding) : t('case.none') },
            ],
          ]}
        />
        {payouts.map(({ plan, n }) => (
          <Fragment key={n}>
            <SectionRow title={payouts.length > 1 ? t('payout.titleOfPlan', { n }) : t('payout.title')} />
            <FieldRows rows={[[{ label: t('payout.promised'), value: compensationText(t, plan.compensation) }], ...payoutRows(t, plan)]} />
          </Fragment>
        ))}
        {holdRows(t, record).length > 0 && (
          <>
            <SectionRow title={t('legalHold.title')} />
            <FieldRows rows={holdRows(t, record)} />
          </>
        )}
        {record.termination && (
          <>
            {/* Ended early: why, what happened, by whom and when; the clocks below stopped then. */}
            <SectionRow title={t('flow.field.termination')} />
            <FieldRows
              rows={[
                [
                  { label: t('flow.termination.reason'), value: t(`flow.termination.reasons.${record.termination.reason}`) },
                  { label: t('flow.termination.by'), value: whoWhen(record.termination.by, record.termination.at, '') },
                ],
                ...(record.termination.duplicateOf
                  ? [[{ label: t('flow.termination.duplicateOf'), value: record.termination.duplicateOf.no }] satisfies FieldRow]
                  : []),
                [{ label: t('flow.text.cases.terminate'), value: record.termination.note }],
              ]}
            />
          </>
        )}
      </FieldTable>
      <ListTable
        title={t('print.sections.progress')}
        headers={[f('time'), f('kind'), f('content'), f('by')]}
        widths={[18, 12, 54, 16]}
        empty={t('print.none.progress')}
        rows={execution.map((entry) => ({
          key: entry.id,
          cells: [
            formatDateTime(entry.at),
            inRound(t(`flow.execution.kind.${executionKind(entry)}`), entry.at),
            (entry.kind === 'progress' ? entry.text : entry.kind === 'pause' ? entry.reason : entry.note) || t('case.none'),
            entry.by.name,
          ],
        }))}
      />
      {laterFiles.length > 0 && (
        <ListTable
          title={t('print.sections.laterEvidence')}
          headers={[f('time'), t('print.evidenceStep'), t('print.fields.evidence'), f('by')]}
          widths={[18, 12, 54, 16]}
          empty=""
          rows={laterFiles.map((file) => ({
            key: file.id,
            cells: [formatDateTime(file.addedAt), t(`flow.step.${file.step}`, { defaultValue: file.step }), `${file.name} · ${formatBytes(file.size)}`, file.addedBy.name],
          }))}
        />
      )}
      {contacts.length > 0 && (
        <ListTable
          title={t('print.sections.contacts')}
          headers={[t('flow.form.contactedAt'), t('flow.form.contactChannel'), t('flow.form.contactSummary'), f('by')]}
          widths={[18, 12, 54, 16]}
          empty=""
          rows={contacts.map((entry) => ({
            key: entry.id,
            cells: [formatDateTime(entry.contactedAt), contactWayText(t, entry), contactSummaryText(t, entry), entry.by.name],
          }))}
        />
      )}
      <ReferralReplies record={record} />
      <LinkedCases links={links} />
      <ListTable
        title={t('print.sections.callbacks')}
        headers={[f('time'), f('kind'), f('content'), f('by')]}
        widths={[18, 16, 50, 16]}
        empty={t('print.none.callbacks')}
        rows={callbacks.map((entry) => ({
          key: entry.id,
          cells: [formatDateTime(callbackAt(entry)), callbackKind(t, entry), callbackText(t, entry), entry.by.name],
        }))}
      />
      <ListTable
        title={t('print.sections.pauses')}
        headers={[f('from'), f('to'), f('duration'), f('reason'), f('resumeNote')]}
        widths={[17, 17, 14, 30, 22]}
        empty={t('print.none.pauses')}
        rows={pauses.map((pause) => ({
          key: pause.id,
          cells: [
            `${formatDateTime(pause.from)}\n${pause.by.name}`,
            pause.to === null ? f('stillPaused') : formatDateTime(pause.to),
            formatDuration(t, (pause.to ?? now) - pause.from),
            pause.reason || t('case.none'),
            pause.note || t('case.none'),
          ],
        }))}
      />
      <ListTable
        title={t('print.sections.extensions')}
        headers={[t('flow.extension.fromDueAt'), t('flow.extension.toDueAt'), t('flow.extension.reason'), t('flow.extension.requestedBy'), f('decision')]}
        widths={[16, 16, 30, 18, 20]}
        empty={t('print.none.extensions')}
        rows={record.extensions.map((e) => ({
          key: e.id,
          cells: [
            formatDateTime(e.fromDueAt),
            formatDateTime(e.toDueAt),
            inRound(e.reason, e.requestedAt),
            whoWhen(e.requestedBy, e.requestedAt, ''),
            [t(`flow.extension.decisions.${e.decision}`), whoWhen(e.decidedBy, e.decidedAt, ''), e.decisionNote].filter(Boolean).join('\n'),
          ],
        }))}
      />
      <ListTable
        title={t('print.sections.clocks')}
        headers={[f('clock'), f('started'), f('due'), f('state'), f('completed')]}
        widths={[22, 18, 18, 20, 22]}
        empty={t('print.none.clocks')}
        rows={clocks.map(({ key, clock, name }) => {
          const view = viewClock(clock, now);
          const state = stoppedWithCase(view, FINAL_STATUSES.includes(record.status)) ? t('flow.clock.stopped') : t(`flow.clock.state.${view.state}`);
          return {
            key,
            cells: [
              `${name}\n${clockBasisText(t, record, clock)}`,
              formatDateTime(clock.startedAt),
              formatDateTime(view.dueAt),
              view.state === 'running' && view.overdue
                ? t('flow.clock.stateWithLate', { state, late: t('flow.clock.overdueBy', { time: formatDuration(t, view.remainingMs) }) })
                : state,
              clock.completedAt ? formatDateTime(clock.completedAt) : f('notCompleted'),
            ],
          };
        })}
      />
      {/* The case's owner keeps the sheet; the department's supervisor reviews it (跟踪表 审核). */}
      <Signatures labels={[t('print.signatureOwner'), t('print.signatureSupervisor')]} />
    </>
  );
}

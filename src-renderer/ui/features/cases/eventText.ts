import type { TFunction } from 'i18next';
import type { AuditEvent } from '../../../domain/audit/chain';
import type { CaseRecord, ExtensionRequest } from '../../../domain/cases/case';
import type { CaseEntry } from '../../../domain/cases/entries';
import { formatDateTime } from '../../components/format';
import { correctionChanges } from './correctionText';
import { attemptAt, attemptText, contactSummaryText } from './format';
import { confirmationText } from './payoutText';
import { linkEventText } from './links/linkText';
import type { CompensationConfirmation } from '../../../domain/plans/compensation';
import type { VerificationRequest } from '../../../domain/verification/requests';

/** The entry kind a command writes without naming it in the event's detail. */
const UNNAMED_ENTRY: Record<string, CaseEntry['kind']> = {
  'progress.pause': 'pause',
  'progress.resume': 'resume',
  'progress.complete': 'progress',
  'feedback.unreachable': 'feedbackAttempt',
};

function entryText(t: TFunction, entry: CaseEntry): string {
  switch (entry.kind) {
    case 'check':
      return t('flow.timeline.checkEntry', { department: entry.department, finding: entry.finding });
    case 'contact':
      return contactSummaryText(t, entry);
    case 'progress':
      return entry.text;
    case 'pause':
    case 'reopen':
    case 'qualityReturn':
      return entry.reason;
    case 'resume':
      return entry.note;
    case 'feedbackAttempt':
      // The timeline stands at the time it was recorded: a call made earlier says when.
      return attemptAt(entry) < entry.at - 60_000 ? t('flow.timeline.attemptCalled', { text: attemptText(t, entry), at: formatDateTime(attemptAt(entry)) }) : attemptText(t, entry);
  }
}

/**
 * The entry an event wrote. Commands that name it carry its id; the others
 * wrote it in the same transaction, by the same user, a moment before the
 * event was sealed.
 */
function entryOf(event: AuditEvent, entries: CaseEntry[]): CaseEntry | undefined {
  const id = event.detail?.entryId;
  if (typeof id === 'string') return entries.find((e) => e.id === id);
  const kind = UNNAMED_ENTRY[event.command];
  if (!kind) return undefined;
  return entries.find((e) => e.kind === kind && e.by.id === event.actor.id && e.at <= event.at && event.at - e.at < 1000);
}

/** What the record says the command decided, for commands that keep their text on the case itself. */
function recordText(t: TFunction, event: AuditEvent): string {
  const after = (field: keyof CaseRecord) => event.changes[field]?.after as Record<string, unknown> | null | undefined;
  switch (event.command) {
    case 'screening.requestInfo':
      return String(after('screening')?.missing ?? '');
    case 'screening.accept':
      return String(after('screening')?.reason ?? '');
    case 'screening.redirect':
      return [after('screening')?.reason, after('screening')?.referredTo].filter(Boolean).join(' → ');
    case 'verification.complete':
      return String(after('verification')?.conclusion ?? '');
    case 'progress.requestExtension':
    case 'progress.decideExtension': {
      const list = (event.changes.extensions?.after ?? []) as ExtensionRequest[];
      const request = list.find((e) => e.id === event.detail?.requestId);
      if (!request) return '';
      return event.command === 'progress.requestExtension'
        ? `${formatDateTime(request.fromDueAt)} → ${formatDateTime(request.toDueAt)} · ${request.reason}`
        : request.decisionNote;
    }
    case 'plans.legalReview':
      return String((after('plan')?.legalOpinion as { text?: string } | null | undefined)?.text ?? '');
    case 'plans.confirmCompensation': {
      const confirmations = (after('plan')?.compensationConfirmations ?? []) as CompensationConfirmation[];
      const latest = confirmations.at(-1);
      return latest ? confirmationText(t, latest) : '';
    }
    default:
      return '';
  }
}

/** 回复转办单位 on the timeline: final or interim, how, who and when (the reply's text follows as its reason). */
function referralReplyText(t: TFunction, detail: Record<string, unknown>): string {
  return t('referral.timeline', {
    kind: t(`referral.kind.${detail.final === true ? 'final' : 'interim'}`),
    method: t(`referral.method.${String(detail.method)}`),
    replier: String(detail.replier ?? ''),
    at: typeof detail.at === 'number' ? formatDateTime(detail.at) : '',
  });
}

/**
 * 核实请求 on the timeline: the question asked of which department and by when (from the request the
 * event recorded, masked and withheld as the event is), or whose request was withdrawn; an answer is
 * its check entry.
 */
function requestText(t: TFunction, event: AuditEvent, detail: Record<string, unknown>): string {
  const department = String(detail.requestDepartment ?? '');
  if (event.command === 'verification.withdrawRequest') return t('verificationRequest.timeline.withdrawnFrom', { department });
  if (event.command !== 'verification.requestCheck') return '';
  const list = (event.changes.verificationRequests?.after ?? []) as VerificationRequest[];
  const request = list.find((r) => r.id === detail.verificationRequestId);
  return request ? t('verificationRequest.timeline.asked', { department, question: request.question, replyBy: formatDateTime(request.replyBy) }) : department;
}

/** The words that go with an event on the timeline: a reason, a note, what was found or decided. */
export function eventText(t: TFunction, event: AuditEvent, entries: CaseEntry[]): string {
  const detail = event.detail ?? {};
  const parts: string[] = [];
  if (typeof detail.approve === 'boolean') parts.push(t(detail.approve ? 'flow.extension.decisions.approved' : 'flow.extension.decisions.rejected'));
  const entry = entryOf(event, entries);
  if (entry) parts.push(entryText(t, entry));
  if (event.command === 'cases.replyReferral') parts.push(referralReplyText(t, detail));
  if (typeof detail.verificationRequestId === 'string' && !entry) parts.push(requestText(t, event, detail));
  // 并入, 关联, 告知: the other case's number and how it is tied, before the note.
  if (typeof detail.caseNo === 'string') parts.push(linkEventText(t, event.command, detail));
  // A duplicate merged into a case it was linked to: the link went with the merge.
  if (typeof detail.unlinkedNo === 'string') parts.push(t('links.timeline.unlinkedNo', { no: detail.unlinkedNo }));
  for (const key of ['reason', 'reopenReason', 'note', 'name'] as const) {
    const value = detail[key];
    if (typeof value === 'string' && value !== '' && !parts.includes(value)) parts.push(value);
  }
  // A correction's values before and after, under its reason: the case shows only what is now registered.
  if (event.command === 'cases.correct') parts.push(correctionChanges(t, event));
  if (parts.length === 0 || (parts.length === 1 && typeof detail.approve === 'boolean')) {
    const own = recordText(t, event);
    if (own) parts.push(own);
  }
  // 完成核实 or 终止处理 with 核实请求 unanswered: they went with it.
  if (typeof detail.withdrawnRequests === 'number') parts.push(t('verificationRequest.timeline.autoWithdrawn', { count: detail.withdrawnRequests }));
  return parts.join(event.command === 'cases.correct' ? '\n' : ' · ');
}

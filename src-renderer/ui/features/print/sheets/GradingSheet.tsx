import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import type { CaseEntry } from '../../../../domain/cases/entries';
import { formatDateTime } from '../../../components/format';
import { FieldRows, type FieldRow } from '../frame/FieldRows';
import { FieldTable } from '../frame/FieldTable';
import { ListTable } from '../frame/ListTable';
import { SectionRow } from '../frame/SectionRow';
import { Signatures } from '../frame/Signatures';
import { caseSummaryRows, returnRows, whoWhen } from './caseRows';
import { answeredLate, requestStanding, requestsOf, type VerificationRequest } from '../../../../domain/verification/requests';

type Check = Extract<CaseEntry, { kind: 'check' }>;

/**
 * What became of a 核实请求 not answered: still awaited (by when) — 已逾期 once its reply-by time has
 * passed when printed, as the case page and the queue say — or withdrawn: by whom, why.
 */
function unansweredText(t: TFunction, request: VerificationRequest, none: string, printedAt: number): string {
  const withdrawal = request.withdrawal;
  if (!withdrawal) {
    const key = requestStanding(request, printedAt) === 'overdue' ? 'verificationRequest.print.overdue' : 'verificationRequest.print.awaited';
    return t(key, { replyBy: formatDateTime(request.replyBy) });
  }
  const by = whoWhen(withdrawal.by, withdrawal.at, none);
  if (!withdrawal.cause) return t('verificationRequest.withdrawnBy', { reason: withdrawal.reason, byAt: by });
  return [t('verificationRequest.causeBy', { cause: t(`verificationRequest.causes.${withdrawal.cause}`), byAt: by }), withdrawal.reason].filter(Boolean).join('\n');
}

/** The department a check is in the name of; a 核实请求's answer marked so, and 已回复（逾期） when it came after the reply-by time. */
function checkDepartment(t: TFunction, check: Check, requests: readonly VerificationRequest[]): string {
  if (!check.requestId) return check.department;
  const answerOf = t('verificationRequest.print.answerOf', { department: check.department });
  const request = requests.find((r) => r.id === check.requestId);
  return request && answeredLate(request) ? `${answerOf}\n${t('verificationRequest.states.answeredLate')}` : answerOf;
}

/**
 * 投诉分类定级表: what verification found (the checks with departments and the conclusion) — what
 * the director signs the grading on — then the category and severity proposed, why, and the
 * director's approval. The contacts with the customer are on the tracking form. A department's answer
 * to a 核实请求 is one of the checks (marked so, and late when it was); the requests never answered
 * follow them, when any.
 */
export function GradingSheet({ record, entries = [], printedAt: at }: { record: CaseRecord; entries?: readonly CaseEntry[]; printedAt?: number }) {
  const { t } = useTranslation();
  // As of the print time (the sheet's header's), unless told: a request past its reply-by is 已逾期 on paper too.
  const [rendered] = useState(Date.now);
  const printedAt = at ?? rendered;
  const { grading, verification } = record;
  const none = t('case.none');
  const checks = entries.filter((e): e is Check => e.kind === 'check');
  const unanswered = requestsOf(record).filter((request) => request.state !== 'answered');
  const f = (key: string) => t(`flow.form.${key}`);
  // Not graded yet: every field of the grading a blank to fill in by hand, as on a blank registration form.
  const rows: FieldRow[] = [
    [
      { label: t('flow.form.category'), value: grading ? t(`category.${grading.category}`) : null },
      { label: t('flow.form.subCategory'), value: grading ? grading.subCategory || none : null },
    ],
    [
      { label: t('intake.severity'), value: t(`severity.${record.initialSeverity}`) },
      { label: t('flow.form.severity'), value: grading ? t(`severity.${grading.severity}`) : null },
    ],
    [{ label: t('flow.form.responsibleDepartment'), value: grading ? grading.department || none : null }],
    [{ label: t('flow.form.rationale'), value: grading ? grading.rationale : null, tall: !grading }],
    [
      { label: t('print.fields.submitter'), value: grading ? grading.submittedBy.name : null },
      { label: t('print.fields.submittedAt'), value: grading ? formatDateTime(grading.submittedAt) : null },
    ],
  ];
  const approval: FieldRow[] = [
    [
      { label: t('print.fields.approver'), value: grading?.approvedBy ? grading.approvedBy.name : null },
      { label: t('print.fields.approvedAt'), value: grading?.approvedAt ? formatDateTime(grading.approvedAt) : null },
    ],
    ...returnRows(t, grading),
  ];
  return (
    <>
      <FieldTable label={t('print.sections.case')}>
        <SectionRow title={t('print.sections.case')} />
        <FieldRows rows={caseSummaryRows(t, record)} />
      </FieldTable>
      <ListTable
        title={t('print.sections.checks')}
        headers={[f('checkDepartment'), f('checked'), f('finding'), t('flow.recordedBy')]}
        widths={[16, 32, 32, 20]}
        empty={t('print.noChecks')}
        rows={checks.map((check) => ({
          key: check.id,
          cells: [checkDepartment(t, check, requestsOf(record)), check.checked, check.finding, whoWhen(check.by, check.at, none)],
        }))}
      />
      {unanswered.length > 0 && (
        <ListTable
          title={t('verificationRequest.print.title')}
          headers={[t('verificationRequest.columns.department'), t('verificationRequest.columns.question'), t('verificationRequest.columns.asked'), t('verificationRequest.print.state')]}
          widths={[16, 34, 20, 30]}
          empty={t('verificationRequest.print.none')}
          rows={unanswered.map((request) => ({
            key: request.id,
            cells: [request.department, request.question, whoWhen(request.askedBy, request.askedAt, none), unansweredText(t, request, none, printedAt)],
          }))}
        />
      )}
      <FieldTable label={t('print.titles.grading')}>
        <SectionRow title={t('print.sections.verification')} />
        <FieldRows
          rows={[
            [{ label: t('flow.text.verification.complete'), value: verification ? verification.conclusion : null, tall: true }],
            [{ label: t('flow.recordedBy'), value: verification ? whoWhen(verification.by, verification.at, none) : null }],
          ]}
        />
        <SectionRow title={t('print.sections.grading')} />
        <FieldRows rows={rows} />
        <SectionRow title={t('print.sections.approval')} />
        <FieldRows rows={approval} />
      </FieldTable>
      <Signatures labels={[t('print.signatureApprover')]} />
    </>
  );
}

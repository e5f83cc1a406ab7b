/**
 * A customer's export as an Excel workbook a person reads: their cases (what they told us and what
 * came of it), the plans promised them, the extensions, the handling's entries, every survey, the
 * corrections of their registration, the replies sent to a referring body (12315) about them, and
 * their attachments (names and sizes). The JSON export is
 * the complete machine copy; this one carries the same data of the customer's own, unmasked (it is
 * for them), headed in the UI's language.
 */
import type { TFunction } from 'i18next';
import type { CaseRecord, FeedbackRecord, PlanRecord } from '../../../../domain/cases/case';
import { executionKind, type CaseEntry } from '../../../../domain/cases/entries';
import { SURVEY_DIMENSIONS } from '../../../../domain/cases/vocabulary';
import type { CustomerExport, ExportedCase } from '../../../../domain/privacy/customer';
import { compensationText, formatDateTime } from '../../../components/format';
import { payoutState } from '../../cases/payoutText';
import type { Row, Sheet } from '../../../export/sheet';
import { attemptAt, attemptText, correctedFieldsText } from '../../cases/format';
import { referralRepliesSheet } from './referralSheet';

/** The text an agent wrote in an entry, whatever its kind (an unanswered callback: why, and the note). */
export function entryText(t: TFunction, entry: CaseEntry): string {
  switch (entry.kind) {
    case 'check':
      return [entry.department, entry.checked, entry.finding].filter(Boolean).join(' · ');
    case 'contact':
      return entry.summary;
    case 'progress':
      return entry.text;
    case 'resume':
      return entry.note;
    case 'feedbackAttempt':
      return attemptText(t, entry);
    case 'pause':
    case 'reopen':
    case 'qualityReturn':
      return entry.reason;
  }
}

const sheet = (name: string, headers: Array<[string, number]>, rows: Row[]): Sheet => ({
  name,
  columns: headers.map(([header, width]) => ({ header, width })),
  rows: [rows],
  totalRows: rows.length,
});

const when = (at: number | null | undefined): Date | null => (at === null || at === undefined ? null : new Date(at));

/** Measures one to a line, numbered as on the plan form. */
const measuresText = (plan: PlanRecord) => plan.measures.map((measure, i) => `${i + 1}. ${measure}`).join('\n');

/** The plans the customer was promised: those a re-handling replaced, then the current one once approved. */
function promisedPlans(record: CaseRecord): Array<{ plan: PlanRecord; current: boolean }> {
  const earlier = (record.earlierPlans ?? []).map((plan) => ({ plan, current: false }));
  return record.plan && record.plan.approvedAt !== null ? [...earlier, { plan: record.plan, current: true }] : earlier;
}

/** Every survey the customer answered, oldest first: those before a re-handling, then the latest. */
function surveys(record: CaseRecord): FeedbackRecord[] {
  return [...(record.earlierSurveys ?? []), ...(record.feedback ? [record.feedback] : [])];
}

function casesSheet(t: TFunction, cases: ExportedCase[]): Sheet {
  const c = (key: string) => t(`privacy.columns.${key}`);
  const l = (key: string) => t(`privacy.lookup.${key}`);
  const field = (key: keyof CaseRecord) => t(`flow.field.${key}`);
  const list = t('flow.listSeparator');
  return sheet(
    l('sheets.cases'),
    [
      [c('no'), 18],
      [c('receivedAt'), 18],
      [c('customer'), 14],
      [l('caseColumns.phone'), 16],
      [l('caseColumns.email'), 24],
      [l('caseColumns.address'), 36],
      [l('caseColumns.socialPlatform'), 12],
      [l('caseColumns.socialAccount'), 24],
      [l('caseColumns.referralNo'), 24],
      [c('status'), 10],
      [c('category'), 10],
      [c('closedAt'), 18],
      [l('caseColumns.description'), 60],
      [field('channel'), 12],
      [field('customerType'), 10],
      [field('demands'), 20],
      [field('demandNote'), 40],
      [field('product'), 20],
      [field('orderNo'), 20],
      [field('amount'), 12],
      [field('outcome'), 50],
      [l('caseColumns.outcomeAt'), 18],
    ],
    cases.map(({ record }) => [
      record.no,
      new Date(record.receivedAt),
      record.customerName,
      record.phone,
      record.email,
      record.address ?? '',
      record.socialPlatform ? t(`socialPlatform.${record.socialPlatform}`) : '',
      record.socialAccount ?? '',
      record.referralNo ?? '',
      t(`status.${record.status}`),
      record.category ? t(`category.${record.category}`) : '',
      when(record.closedAt),
      record.description,
      t(`channel.${record.channel}`),
      t(`customerType.${record.customerType}`),
      record.demands.map((demand) => t(`demand.${demand}`)).join(list),
      record.demandNote,
      record.product,
      record.orderNo,
      record.amount,
      record.outcome?.summary ?? '',
      when(record.outcome?.at),
    ]),
  );
}

function plansSheet(t: TFunction, cases: ExportedCase[]): Sheet {
  const p = (key: string) => t(`privacy.lookup.planColumns.${key}`);
  return sheet(
    t('privacy.lookup.sheets.plans'),
    [
      [p('no'), 18],
      [p('approvedAt'), 18],
      [p('measures'), 50],
      [p('compensation'), 20],
      // 赔付确认: what the customer actually received of it, or that they declined it.
      [t('payout.state'), 30],
      [p('dueAt'), 18],
      [p('owner'), 12],
      [p('state'), 14],
    ],
    cases.flatMap(({ record }) =>
      promisedPlans(record).map(({ plan, current }) => [
        record.no,
        when(plan.approvedAt),
        measuresText(plan),
        compensationText(t, plan.compensation),
        plan.approvedAt === null ? '' : payoutState(t, plan),
        new Date(plan.dueAt),
        plan.owner.name,
        t(current ? 'privacy.lookup.planState.current' : 'privacy.lookup.planState.earlier'),
      ]),
    ),
  );
}

function extensionsSheet(t: TFunction, cases: ExportedCase[]): Sheet {
  const x = (key: string) => t(`privacy.lookup.extensionColumns.${key}`);
  return sheet(
    t('privacy.lookup.sheets.extensions'),
    [
      [x('no'), 18],
      [x('requestedAt'), 18],
      [x('requestedBy'), 12],
      [x('reason'), 40],
      [x('fromDueAt'), 18],
      [x('toDueAt'), 18],
      [x('decision'), 10],
      [x('decidedAt'), 18],
      [x('decidedBy'), 12],
      [x('note'), 30],
    ],
    cases.flatMap(({ record }) =>
      record.extensions.map((e) => [
        record.no,
        new Date(e.requestedAt),
        e.requestedBy.name,
        e.reason,
        new Date(e.fromDueAt),
        new Date(e.toDueAt),
        t(`flow.extension.decisions.${e.decision}`),
        when(e.decidedAt),
        e.decidedBy?.name ?? '',
        e.decisionNote,
      ]),
    ),
  );
}

function surveysSheet(t: TFunction, cases: ExportedCase[]): Sheet {
  const s = (key: string) => t(`privacy.lookup.surveyColumns.${key}`);
  return sheet(
    t('privacy.lookup.sheets.surveys'),
    [
      [s('no'), 18],
      [s('at'), 18],
      [s('channel'), 12],
      [s('result'), 40],
      ...SURVEY_DIMENSIONS.map((dimension): [string, number] => [t(`flow.survey.${dimension}`), 10]),
      [s('satisfied'), 10],
      [s('comment'), 40],
      [s('by'), 12],
    ],
    cases.flatMap(({ record }) =>
      surveys(record).map((survey) => [
        record.no,
        new Date(survey.at),
        t(`channel.${survey.channel}`),
        survey.result,
        ...SURVEY_DIMENSIONS.map((dimension) => survey.scores[dimension] ?? t('flow.survey.notAnswered')),
        t(survey.satisfied ? 'flow.feedback.satisfied' : 'flow.feedback.notSatisfied'),
        survey.comment,
        survey.by.name,
      ]),
    ),
  );
}

function correctionsSheet(t: TFunction, cases: ExportedCase[]): Sheet {
  const k = (key: string) => t(`privacy.lookup.correctionColumns.${key}`);
  return sheet(
    t('privacy.lookup.sheets.corrections'),
    [
      [k('no'), 18],
      [k('at'), 18],
      [k('fields'), 30],
      [k('reason'), 40],
      [k('by'), 12],
    ],
    cases.flatMap(({ record }) =>
      (record.corrections ?? []).map((note) => [record.no, new Date(note.at), correctedFieldsText(t, note.fields), note.reason, note.by.name]),
    ),
  );
}

function entriesSheet(t: TFunction, cases: ExportedCase[]): Sheet {
  const l = (key: string) => t(`privacy.lookup.${key}`);
  return sheet(
    l('sheets.entries'),
    [
      [l('entryColumns.no'), 18],
      [l('entryColumns.at'), 18],
      [l('entryColumns.kind'), 14],
      [l('entryColumns.by'), 12],
      [l('entryColumns.text'), 60],
    ],
    cases.flatMap(({ record, entries: list }) =>
      // An unanswered callback at the time the call was made, as the case page and the forms show it (and in that order).
      list
        .map((entry) => ({ entry, at: entry.kind === 'feedbackAttempt' ? attemptAt(entry) : entry.at }))
        .sort((a, b) => a.at - b.at)
        .map(({ entry, at }) => [record.no, new Date(at), l(`entryKinds.${executionKind(entry)}`), entry.by.name, entryText(t, entry)]),
    ),
  );
}

function attachmentsSheet(t: TFunction, cases: ExportedCase[]): Sheet {
  const l = (key: string) => t(`privacy.lookup.${key}`);
  return sheet(
    l('sheets.attachments'),
    [
      [l('attachmentColumns.no'), 18],
      [l('attachmentColumns.name'), 30],
      [l('attachmentColumns.type'), 16],
      [l('attachmentColumns.size'), 12],
      [l('attachmentColumns.addedAt'), 18],
    ],
    // A withdrawn file is listed as such: its name is withheld (the export gives it as ***).
    cases.flatMap(({ record, attachments: list }) =>
      list.map((file) => [record.no, file.withdrawn ? t('evidence.export.withdrawn', { at: formatDateTime(file.withdrawn.at) }) : file.name, file.type, file.size, new Date(file.addedAt)]),
    ),
  );
}

export function customerSheets(t: TFunction, data: CustomerExport): Sheet[] {
  return [casesSheet, plansSheet, extensionsSheet, entriesSheet, surveysSheet, correctionsSheet, referralRepliesSheet, attachmentsSheet].map((build) => build(t, data.cases));
}

/**
 * A validated historical row → the case record every other part of the desk reads (case page,
 * tracking table, dashboard, prints). Closed and redirected complaints come in closed, with their
 * closing instant and the resolution as a progress entry; they get no SLA clocks, because their
 * response and resolution times were never recorded and invented ones would distort the on-time
 * figures. Open complaints come in as registered ones: the response clock runs from their
 * original receipt, computed by the same clock functions as registration; an open 12315 referral
 * also gets its reply deadline (转办反馈时限), the centre's working days from receipt, as intake
 * proposes it, so the regulator's deadline is watched as a typed-in referral's is.
 */
import type { CaseRecord, Person } from '../cases/case';
import { caseDayKey, formatCaseNumber, MAX_CASES_PER_DAY } from '../cases/case-number';
import { withDerivedFields } from '../cases/derived';
import type { CaseEntry } from '../cases/entries';
import type { WorkCalendar } from '../clocks/calendar';
import { startClock } from '../clocks/clock';
import { hours, referralReplyDaysOf } from '../clocks/sla-settings';
import { REFERRAL_CHANNEL, referralDeadlineOf } from '../cases/referral-reply';
import { DeskError } from '../common/errors';
import type { Settings } from '../settings/settings';
import type { ImportDraft } from './validate';

const DAY_MS = 86_400_000;

/** `TS-20261123-0042` → day key and sequence. */
export function splitCaseNumber(no: string): { day: string; sequence: number } {
  const [, day, sequence] = no.split('-');
  return { day: day!, sequence: Number(sequence) };
}

/**
 * Numbers a chunk of drafts. A draft's own desk number is kept; the others take the next free
 * sequence of their day of receipt after `issued` (the day counters), skipping the numbers that
 * rows of the same file keep (`reserved`), so a later chunk's kept number is never handed out
 * earlier. Returns each draft's number and each day's new counter (never lowered).
 *
 * A day whose counter is at 9999 (an old system's number kept, TS-20250310-9999) still has its
 * unused numbers: `used` names the day's numbers in the store, and the lowest free one is taken.
 * Only a day that really has 9999 complaints is refused, naming the day and the row.
 */
export function numberDrafts(
  drafts: readonly ImportDraft[],
  issued: ReadonlyMap<string, number>,
  reserved: ReadonlyMap<string, ReadonlySet<number>>,
  used: ReadonlyMap<string, ReadonlySet<number>> = new Map(),
): { numbers: string[]; counters: Map<string, number> } {
  const counters = new Map<string, number>();
  const last = (day: string) => counters.get(day) ?? issued.get(day) ?? 0;
  for (const draft of drafts) {
    if (draft.no === null) continue;
    const { day, sequence } = splitCaseNumber(draft.no);
    if (sequence > last(day)) counters.set(day, sequence);
  }
  // Numbers given out below the counter (a full day's gaps), so none is given twice in the chunk.
  const gapsTaken = new Set<string>();
  const numbers = drafts.map((draft) => {
    if (draft.no !== null) return draft.no;
    const day = caseDayKey(draft.receivedAt);
    const taken = reserved.get(day);
    let sequence = last(day) + 1;
    while (taken?.has(sequence)) sequence += 1;
    if (sequence <= MAX_CASES_PER_DAY) {
      counters.set(day, sequence);
      return formatCaseNumber(day, sequence);
    }
    const inStore = used.get(day);
    for (let gap = 1; gap <= MAX_CASES_PER_DAY; gap += 1) {
      const no = formatCaseNumber(day, gap);
      if (inStore?.has(gap) || taken?.has(gap) || gapsTaken.has(no)) continue;
      gapsTaken.add(no);
      return no;
    }
    throw new DeskError({ code: 'imports.dayFull', params: { day: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`, row: draft.row, max: MAX_CASES_PER_DAY } });
  });
  return { numbers, counters };
}

/**
 * Who closed or referred a historical complaint: the file does not say, and whoever runs the
 * import did not (a supervisor importing in 2026 did not write a 2025 outcome). Stored on the
 * outcome, its progress entry and the screening as any person is, so the case page, the printed
 * forms and exports show it where they show a name; in the desk's first language, as the names of
 * its people and departments are. No user has this id.
 */
export const UNKNOWN_HANDLER: Person = { id: 'import:unknown-handler', name: '历史导入（原处理人不详）' };

export interface ConvertContext {
  now: number;
  settings: Settings;
  calendar: WorkCalendar;
  /** Who runs the import: the intake agent of record (who entered the case in the desk, and when). */
  importer: Person;
  /** The import job writing the case (recorded on it, see `CaseRecord.importedFrom`). */
  jobId: string;
  newId(): string;
}

/** The case a numbered draft becomes, and its entries: the old system's progress notes, the resolution of a closed one. */
export function toCaseRecord(draft: ImportDraft, no: string, ctx: ConvertContext): { record: CaseRecord; entries: CaseEntry[] } {
  const { now, settings, importer } = ctx;
  const id = ctx.newId();
  const final = draft.status !== 'open';
  const closedAt = final ? draft.closedAt : null;
  const response = final
    ? null
    : startClock('response', settings.sla.modes.response, hours(settings.sla.responseHours[draft.severity]), draft.receivedAt, ctx.calendar);
  const archived = closedAt !== null && closedAt < now - settings.lifecycle.archiveAfterDays * DAY_MS ? 1 : 0;
  const referral =
    !final && draft.channel === REFERRAL_CHANNEL
      ? referralDeadlineOf({ by: 'workingDays', days: referralReplyDaysOf(settings.sla) }, draft.receivedAt, ctx.calendar)
      : null;
  const referralReply = referral && startClock('referralReply', 'calendar', referral.dueAt - draft.receivedAt, draft.receivedAt, ctx.calendar);
  // A redirected case's "resolution" is why it was referred, kept with its screening.
  const resolved = draft.resolution !== '' && draft.status !== 'redirected';
  const record: CaseRecord = withDerivedFields({
    id,
    no,
    ...(draft.externalId !== '' ? { externalId: draft.externalId } : {}),
    ...(draft.referralNo !== '' ? { referralNo: draft.referralNo } : {}),
    ...(referral ? { referralDeadline: referral } : {}),
    importedFrom: { jobId: ctx.jobId, row: draft.row },
    receivedAt: draft.receivedAt,
    registeredAt: now,
    updatedAt: now,
    channel: draft.channel,
    customerName: draft.customerName,
    customerType: draft.customerType,
    phone: draft.phone,
    email: draft.email,
    ...(draft.address !== '' ? { address: draft.address } : {}),
    ...(draft.socialPlatform && draft.socialAccount ? { socialPlatform: draft.socialPlatform, socialAccount: draft.socialAccount } : {}),
    description: draft.description,
    demands: draft.demands,
    demandNote: draft.demandNote,
    product: draft.product,
    orderNo: draft.orderNo,
    amount: draft.amount,
    initialSeverity: draft.severity,
    severity: draft.severity,
    category: draft.category,
    subCategory: draft.subCategory,
    department: draft.department,
    // Open imported cases wait to be assigned (the tracking table's bulk assign); closed ones need no owner.
    owner: null,
    intakeAgent: importer,
    status: draft.status === 'open' ? 'registered' : draft.status,
    archived,
    legalRisk: 0,
    reopenCount: 0,
    clocks: response ? { response, ...(referralReply ? { referralReply } : {}) } : {},
    screening:
      draft.status === 'redirected'
        ? { decision: 'redirected', reason: draft.resolution, referredTo: '', missing: '', at: closedAt!, by: UNKNOWN_HANDLER }
        : null,
    verification: null,
    grading: null,
    plan: null,
    extensions: [],
    ...(resolved ? { outcome: { summary: draft.resolution, at: closedAt ?? now, by: UNKNOWN_HANDLER } } : {}),
    feedback: null,
    unreachableAttempts: 0,
    closedAt,
    attachmentBytes: 0,
  });
  // The old system's notes are kept whole, as written (their own dates inside), as one step of the
  // handling dated at the receipt, where it began; the outcome of a complaint is also kept where the
  // case page shows the handling: its progress log.
  const entries: CaseEntry[] = [];
  if (draft.notes !== '') entries.push({ kind: 'progress', text: draft.notes, id: ctx.newId(), caseId: id, at: draft.receivedAt, by: UNKNOWN_HANDLER });
  if (resolved) entries.push({ kind: 'progress', text: draft.resolution, outcome: true, id: ctx.newId(), caseId: id, at: closedAt ?? now, by: UNKNOWN_HANDLER });
  return { record, entries };
}

/** A converted row as the check step previews it. */
export interface ImportPreviewRow {
  row: number;
  /** The kept desk number, or null when a new one will be issued. */
  no: string | null;
  externalId: string;
  receivedAt: number;
  channel: CaseRecord['channel'];
  customerName: string;
  severity: CaseRecord['severity'];
  category: CaseRecord['category'];
  status: CaseRecord['status'];
  closedAt: number | null;
  description: string;
}

const PREVIEW_TEXT = 60;

export function previewRow(draft: ImportDraft): ImportPreviewRow {
  return {
    row: draft.row,
    no: draft.no,
    externalId: draft.externalId,
    receivedAt: draft.receivedAt,
    channel: draft.channel,
    customerName: draft.customerName,
    severity: draft.severity,
    category: draft.category,
    status: draft.status === 'open' ? 'registered' : draft.status,
    closedAt: draft.status === 'open' ? null : draft.closedAt,
    description: draft.description.length > PREVIEW_TEXT ? `${draft.description.slice(0, PREVIEW_TEXT)}…` : draft.description,
  };
}

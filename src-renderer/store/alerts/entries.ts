/**
 * A case as the alert runtime sees it: one deadline entry per running or
 * paused clock of an open case; and a customer's deletion request waiting for
 * the centre's answer, one entry for its reply deadline. Pure, so the feed and
 * its tests build the same entries.
 */
import { ERASURE_CLOCK, type DeadlineEntry, type EntryAlertState } from '../../../src-main/core/alert-feed';
import { warnAtFor } from '../../../src-main/core/alert-policy';
import type { AlertPolicySettings } from '../../../src-main/core/alert-settings';
import { maskCaseText, maskIdentifiersIn } from '../../domain/privacy/mask';
import type { CaseRecord } from '../../domain/cases/case';
import { CLOCK_KINDS, type ClockKind } from '../../domain/clocks/clock';
import { FINAL_STATUSES } from '../../domain/lifecycle/machine';
import { erasureKey, type ErasureRequest } from '../../domain/privacy/erasure';
import { awaitsAnswer } from '../../domain/privacy/erasure-cases';

/** The lengths the feed's schema allows (src-main/core/alert-feed.ts). */
const MAX = { title: 120, caseNo: 60, name: 60, department: 60 } as const;

export function entryKey(caseId: string, kind: ClockKind): string {
  return `${caseId}:${kind}`;
}

/** The case a key belongs to (case ids hold no colon, but the clock kind is what follows the last one). */
export function caseIdOfKey(key: string): string {
  const colon = key.lastIndexOf(':');
  return colon < 0 ? key : key.slice(0, colon);
}

/** The clock kind a key names, undefined for a key no clock can have. */
export function clockKindOfKey(key: string): ClockKind | undefined {
  const kind = key.slice(key.lastIndexOf(':') + 1);
  return CLOCK_KINDS.find((k) => k === kind);
}

/** At most `max` UTF-16 units (what zod counts), never half a surrogate pair, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Customer and the start of the description, on one line: what the notification says the case is
 * about. A notification shows on the screen and in the tray, to whoever passes by: a phone number,
 * e-mail address, ID number or the case's postal address or account written in the description is
 * masked in it (and in the customer's name), whoever receives it.
 */
export function titleOf(record: Pick<CaseRecord, 'customerName' | 'description' | 'address' | 'socialAccount'>): string {
  // A number an old ledger wrote in the name (王先生13511112222) too.
  const name = maskIdentifiersIn(record.customerName.replace(/\s+/g, ' ').trim());
  const text = maskCaseText(record.description.replace(/\s+/g, ' ').trim(), record.address, record.socialAccount);
  return clip(name && text ? `${name}：${text}` : name || text, MAX.title);
}

const stateFields = (state: EntryAlertState): EntryAlertState => ({
  dueAt: state.dueAt,
  warnedAt: state.warnedAt,
  overdueAt: state.overdueAt,
  lastAlertAt: state.lastAlertAt,
  acknowledgedAt: state.acknowledgedAt,
  snoozedUntil: state.snoozedUntil,
});

/**
 * The entries of one case; none for an archived one, and for a closed, redirected or terminated
 * one only a referral reply deadline still running.
 * `stateOf` gives the desk user's stored history of a key: it is carried only
 * while it belongs to the clock's current deadline (a moved deadline starts afresh).
 * `departmentOf` gives a user's department, for cases not yet graded.
 */
export function deadlineEntriesOf(
  record: CaseRecord,
  policy: AlertPolicySettings,
  stateOf: (key: string) => EntryAlertState | undefined,
  departmentOf: (userId: string) => string | undefined = () => undefined,
): DeadlineEntry[] {
  if (record.archived === 1) return [];
  // An ended case keeps one deadline: the referring body still expects its reply after the case is
  // closed or redirected (a terminated case's clock stands paused, like the others: none).
  const ended = FINAL_STATUSES.includes(record.status);
  const entries: DeadlineEntry[] = [];
  let title: string | undefined;
  // Until grading names the responsible department, the case belongs to its owner's: so that department's
  // supervisor hears of the response deadline of a case just registered. An open case without an owner (an
  // imported one, waiting to be assigned) belongs to the department of whoever took it in.
  const holder = record.owner ?? record.intakeAgent;
  const department = record.department || (departmentOf(holder.id) ?? '');
  for (const kind of CLOCK_KINDS) {
    const clock = record.clocks[kind];
    if (!clock || (clock.state !== 'running' && clock.state !== 'paused')) continue;
    if (ended && (kind !== 'referralReply' || clock.state !== 'running')) continue;
    const key = entryKey(record.id, kind);
    const state = stateOf(key);
    title ??= titleOf(record);
    entries.push({
      key,
      caseId: record.id,
      caseNo: clip(record.no, MAX.caseNo),
      title,
      severity: record.severity,
      ownerId: record.owner?.id || null,
      ownerName: clip(record.owner?.name ?? '', MAX.name),
      department: clip(department, MAX.department),
      clockKind: kind,
      warnAt: warnAtFor(record.severity, clock.dueAt, policy),
      dueAt: clock.dueAt,
      paused: clock.state === 'paused',
      state: state && state.dueAt === clock.dueAt ? stateFields(state) : null,
    });
  }
  return entries;
}

/** The key of a deletion request's reply deadline: `erasure:<no>:erasureReply` (its `caseId` is the request's key). */
export function erasureEntryKey(no: string): string {
  return `${erasureKey(no)}:${ERASURE_CLOCK}`;
}

/** The request number a key of a deletion request's reply deadline names; undefined for any other key. */
export function erasureNoOfKey(key: string): string | undefined {
  const prefix = erasureKey('');
  const suffix = `:${ERASURE_CLOCK}`;
  return key.startsWith(prefix) && key.endsWith(suffix) && key.length > prefix.length + suffix.length ? key.slice(prefix.length, -suffix.length) : undefined;
}

/**
 * The entry of a deletion request's reply deadline while it waits for the centre's answer; none once
 * answered (executed or refused). It names no one: the notification shows the request's number and
 * its deadline (its words say what it is, in the reader's language), never the requester, as a
 * notification shows to whoever passes by. Warned as a 严重 case is: a deadline the law sets.
 */
export function erasureEntryOf(request: ErasureRequest, policy: AlertPolicySettings, stateOf: (key: string) => EntryAlertState | undefined): DeadlineEntry | null {
  if (!awaitsAnswer(request)) return null;
  const key = erasureEntryKey(request.no);
  const state = stateOf(key);
  return {
    key,
    caseId: erasureKey(request.no),
    caseNo: clip(request.no, MAX.caseNo),
    title: '',
    severity: 'serious',
    ownerId: null,
    ownerName: '',
    department: '',
    clockKind: ERASURE_CLOCK,
    warnAt: warnAtFor('serious', request.dueAt, policy),
    dueAt: request.dueAt,
    paused: false,
    state: state && state.dueAt === request.dueAt ? stateFields(state) : null,
  };
}

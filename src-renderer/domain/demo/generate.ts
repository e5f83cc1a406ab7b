/**
 * Demo cases (演示数据): realistic complaints received over the three years
 * before `now`, each lived through the closed loop as far as its age allows.
 * Pure and deterministic: the same options give the same cases, and case
 * `startIndex + i` is the same whether generated alone or in a larger batch
 * (only the case numbers depend on the batch, see `numberCases`).
 */
import type { CaseRecord, Person } from '../cases/case';
import { caseDayKey, formatCaseNumber, MAX_CASES_PER_DAY } from '../cases/case-number';
import { withDerivedFields } from '../cases/derived';
import type { Channel, Demand, Severity } from '../cases/vocabulary';
import { createCalendar } from '../clocks/calendar';
import { startClock } from '../clocks/clock';
import { hours } from '../clocks/sla-settings';
import { DeskError } from '../common/errors';
import type { Settings } from '../settings/settings';
import { DAY, MINUTE, type StaffPools } from './life';
import { liveThrough } from './lifecycle';
import { customer, postalAddress, socialAccount, workOrderNo, type StaffMember } from './people';
import { categoryOf, DEMAND_NOTES, DEMANDS_BY_CATEGORY, productOf } from './phrases';
import { itemSeed, rng, sampler, type Sampler } from './random';

export const DEMO_YEARS = 3;
export const DEMO_SPAN_MS = DEMO_YEARS * 365 * DAY;

export interface DemoOptions {
  count: number;
  /** Index of the first case in the whole run (chunks continue where the previous one ended). */
  startIndex: number;
  /** Complaint texts (negative reviews) to draw descriptions from. */
  texts: readonly string[];
  now: number;
  seed: number;
  /** Colleagues to name as intake agents, owners and approvers (admins are never picked). */
  staff: readonly StaffMember[];
  settings: Settings;
  /** New ids for cases and extension requests; by default derived from seed and index. */
  newId?: () => string;
}

const CHANNEL_WEIGHTS: Record<Channel, number> = {
  phone: 32,
  online_chat: 20,
  app: 17,
  email: 7,
  social_media: 7,
  regulator_12315: 5,
  walk_in: 5,
  letter: 2,
  other: 5,
};
/** Complaints by hour of the day: few at night, most in office hours and the evening. */
const HOURLY = [2, 1, 1, 1, 1, 2, 4, 8, 14, 18, 18, 16, 12, 13, 16, 16, 15, 13, 11, 11, 10, 9, 6, 4];
/** Recent days get this many times more complaints than three years ago (the centre grew). */
const GROWTH = 1.5;

function staffPools(staff: readonly StaffMember[]): StaffPools {
  const people = staff.filter((m) => m.role !== 'admin');
  if (people.length === 0) throw new RangeError('demo cases need at least one non-admin colleague');
  const of = (...roles: StaffMember['role'][]): Person[] => {
    const found = people.filter((m) => roles.includes(m.role));
    return (found.length > 0 ? found : people).map(({ id, name }) => ({ id, name }));
  };
  return {
    intake: of('agent'),
    workers: of('agent', 'supervisor'),
    deciders: of('supervisor', 'director'),
    directors: of('director'),
    ops: of('ops_director'),
    legal: of('legal'),
  };
}

/** Spread over the three years with a linear growth, at plausible hours, never in the future. */
function receivedInstant(s: Sampler, now: number): number {
  const u = s.next();
  const x = (-1 + Math.sqrt(1 + 2 * GROWTH * u * (1 + GROWTH / 2))) / GROWTH;
  const day = new Date(now - (1 - x) * DEMO_SPAN_MS);
  let at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), s.weightedIndex(HOURLY), s.int(0, 59), s.int(0, 59)).getTime();
  if (at > now - MINUTE) at -= DAY;
  if (at <= now - DEMO_SPAN_MS) at += DAY;
  return at;
}

function endOfLocalDay(instant: number): number {
  const d = new Date(instant);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
}

const hex = (value: number, width: number) => (value >>> 0).toString(16).padStart(width, '0').slice(-width);

/** UUID-shaped and unique per seed, index and purpose. */
function demoId(seed: number, index: number, purpose: number): string {
  return `${hex(seed, 8)}-${hex(purpose, 4)}-4000-8000-${hex(Math.floor(index / 2 ** 32), 4)}${hex(index, 8)}`;
}

function orderNo(s: Sampler, receivedAt: number): string {
  return `DD${caseDayKey(receivedAt - s.int(0, 20) * DAY)}${s.int(0, 99_999_999).toString().padStart(8, '0')}`;
}

function generateOne(options: DemoOptions, index: number, pools: StaffPools, calendar: ReturnType<typeof createCalendar>): CaseRecord {
  const { now, settings, texts } = options;
  const s = sampler(rng(itemSeed(options.seed, index)));
  let extra = 0;
  const newId = options.newId ?? (() => demoId(options.seed, index, (extra += 1)));
  const receivedAt = receivedInstant(s, now);
  const registeredAt = Math.max(receivedAt, Math.min(now, endOfLocalDay(receivedAt), receivedAt + s.int(1, 25) * MINUTE));
  const description = s.pick(texts);
  const likely = categoryOf(description, s);
  const channel = s.weighted(CHANNEL_WEIGHTS);
  const initialSeverity = s.weighted<Severity>(channel === 'regulator_12315' ? { general: 40, serious: 40, major: 20 } : { general: 75, serious: 20, major: 5 });
  const demands: Demand[] = [...new Set(Array.from({ length: s.int(1, 2) }, () => s.pick(DEMANDS_BY_CATEGORY[likely])))];
  const withOrder = s.chance(0.65);
  const intakeAgent = s.chance(0.9) ? s.pick(pools.intake) : s.pick(pools.workers);
  const draft: CaseRecord = {
    id: options.newId ? options.newId() : demoId(options.seed, index, 0),
    no: '',
    receivedAt,
    registeredAt,
    updatedAt: registeredAt,
    channel,
    ...customer(s),
    description,
    demands,
    demandNote: demands.includes('other') || s.chance(0.2) ? s.pick(DEMAND_NOTES) : '',
    product: productOf(description, s),
    orderNo: withOrder ? orderNo(s, receivedAt) : '',
    amount: withOrder ? Math.round(Math.exp(s.between(Math.log(9), Math.log(6000))) * 100) / 100 : null,
    initialSeverity,
    severity: initialSeverity,
    category: null,
    subCategory: '',
    department: '',
    owner: intakeAgent,
    intakeAgent,
    status: 'registered',
    archived: 0,
    legalRisk: 0,
    reopenCount: 0,
    clocks: {
      response: startClock('response', settings.sla.modes.response, hours(settings.sla.responseHours[initialSeverity]), receivedAt, calendar),
    },
    screening: null,
    verification: null,
    grading: null,
    plan: null,
    extensions: [],
    feedback: null,
    unreachableAttempts: 0,
    closedAt: null,
    attachmentBytes: 0,
  };
  liveThrough(draft, { s, now, settings, calendar, staff: pools, newId, likely });
  // Drawn last, so the draws above (and the demo desk they make) stay as they were before these fields.
  if (channel === 'letter' ? s.chance(0.9) : channel === 'walk_in' && s.chance(0.2)) draft.address = postalAddress(s);
  if (channel === 'regulator_12315') draft.referralNo = workOrderNo(s, receivedAt, index + 1);
  if ((channel === 'social_media' || channel === 'app') && s.chance(0.7)) Object.assign(draft, socialAccount(s, channel));
  const archived = draft.closedAt !== null && draft.closedAt < now - settings.lifecycle.archiveAfterDays * DAY ? 1 : 0;
  return withDerivedFields({ ...draft, archived });
}

/**
 * Numbers cases gap-free per day of receipt, continuing after the numbers
 * already issued (`issued`: day key → last sequence), in order of receipt.
 * Returns the numbered cases in their input order and the new last sequences.
 */
export function numberCases(
  cases: readonly CaseRecord[],
  issued: ReadonlyMap<string, number> = new Map(),
): { cases: CaseRecord[]; last: Map<string, number> } {
  const last = new Map<string, number>();
  const order = cases.map((c, i) => i).sort((a, b) => cases[a]!.receivedAt - cases[b]!.receivedAt || a - b);
  const numbered = [...cases];
  for (const i of order) {
    const record = cases[i]!;
    const day = caseDayKey(record.receivedAt);
    const sequence = (last.get(day) ?? issued.get(day) ?? 0) + 1;
    if (sequence > MAX_CASES_PER_DAY) throw new DeskError({ code: 'cases.dailyLimit', params: { max: MAX_CASES_PER_DAY } });
    last.set(day, sequence);
    numbered[i] = { ...record, no: formatCaseNumber(day, sequence) };
  }
  return { cases: numbered, last };
}

/** `count` complete demo cases, numbered from 1 on each day (the store renumbers after its counters). */
export function generateDemoCases(options: DemoOptions): CaseRecord[] {
  if (options.texts.length === 0) throw new RangeError('demo cases need at least one complaint text');
  const pools = staffPools(options.staff);
  const calendar = createCalendar(options.settings.calendar);
  const cases: CaseRecord[] = [];
  for (let i = 0; i < options.count; i += 1) cases.push(generateOne(options, options.startIndex + i, pools, calendar));
  return numberCases(cases).cases;
}

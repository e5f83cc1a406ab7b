import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { caseDayKey } from '../../../../../src-renderer/domain/cases/case-number';
import { SURVEY_DIMENSIONS } from '../../../../../src-renderer/domain/cases/vocabulary';
import { DEMO_SPAN_MS, generateDemoCases, numberCases, type DemoOptions } from '../../../../../src-renderer/domain/demo/generate';
import type { StaffMember } from '../../../../../src-renderer/domain/demo/people';
import { CASE_STATUSES, FINAL_STATUSES } from '../../../../../src-renderer/domain/lifecycle/machine';
import { DEFAULT_SETTINGS } from '../../../../../src-renderer/domain/settings/settings';
import { loadComplaintTexts } from '../../../../fixtures/reviews';
import { caseProblems } from './consistency';

process.env.TZ = 'Asia/Shanghai';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Monday 2026-11-23, 10:00 in Beijing. */
const NOW = new Date(2026, 10, 23, 10, 0).getTime();
const TEXTS = loadComplaintTexts().slice(0, 3000);
const STAFF: StaffMember[] = [
  { id: 'u-a1', name: '王丽娟', role: 'agent', department: '客服中心' },
  { id: 'u-a2', name: '李志强', role: 'agent', department: '客服中心' },
  { id: 'u-s1', name: '赵建国', role: 'supervisor', department: '客服中心' },
  { id: 'u-d1', name: '周文斌', role: 'director', department: '质量管理部' },
  { id: 'u-o1', name: '吴海峰', role: 'ops_director', department: '运营部' },
  { id: 'u-l1', name: '郑雅琴', role: 'legal', department: '法务部' },
  { id: 'u-admin', name: '管理员', role: 'admin', department: '运营部' },
];
const options = (overrides: Partial<DemoOptions> = {}): DemoOptions => ({
  count: 200,
  startIndex: 0,
  texts: TEXTS,
  now: NOW,
  seed: 2026,
  staff: STAFF,
  settings: DEFAULT_SETTINGS,
  ...overrides,
});

const big = generateDemoCases(options({ count: 6000 }));
const isOpen = (c: CaseRecord) => !FINAL_STATUSES.includes(c.status);

describe('generateDemoCases', () => {
  it('is deterministic: the same options give the same cases, another seed others', () => {
    expect(generateDemoCases(options())).toEqual(generateDemoCases(options()));
    const other = generateDemoCases(options({ seed: 2027 }));
    expect(other.map((c) => c.description)).not.toEqual(generateDemoCases(options()).map((c) => c.description));
  });

  it('gives case i the same content whether generated in one call or in chunks (only numbers differ)', () => {
    const whole = generateDemoCases(options({ count: 300 }));
    const chunks = [...generateDemoCases(options({ count: 120 })), ...generateDemoCases(options({ count: 180, startIndex: 120 }))];
    const withoutNo = ({ no: _no, ...rest }: CaseRecord) => rest;
    expect(chunks.map(withoutNo)).toEqual(whole.map(withoutNo));
  });

  it('writes every case consistently with the lifecycle: status, records, clocks, owner, flags and derived fields', () => {
    expect(big.flatMap((c) => caseProblems(c, NOW, DEFAULT_SETTINGS))).toEqual([]);
  });

  it('(the consistency check itself notices broken cases)', () => {
    const executing = big.find((c) => c.status === 'executing')!;
    const closed = big.find((c) => c.status === 'closed' && c.archived === 1)!;
    const problems = (c: CaseRecord) => caseProblems(c, NOW, DEFAULT_SETTINGS);
    expect(problems({ ...executing, status: 'verifying' }).length).toBeGreaterThan(0);
    expect(problems({ ...executing, plan: null })).not.toEqual([]);
    expect(problems({ ...executing, nextDueAt: undefined })).not.toEqual([]);
    expect(problems({ ...closed, archived: 0 })).not.toEqual([]);
    expect(problems({ ...closed, feedback: { ...closed.feedback!, scores: { ...closed.feedback!.scores, attitude: 6 } } })).not.toEqual([]);
    expect(problems({ ...closed, updatedAt: closed.closedAt! - 1 })).not.toEqual([]);
    // A promise of compensation the handling was completed without confirming.
    const compensated = big.find((c) => c.status === 'closed' && c.plan!.compensation.type !== 'none')!;
    expect(compensated.plan!.compensationConfirmations).toHaveLength(1);
    expect(problems({ ...compensated, plan: { ...compensated.plan!, compensationConfirmations: undefined } })).not.toEqual([]);
  });

  it('numbers cases gap-free and uniquely per day of receipt', () => {
    expect(new Set(big.map((c) => c.no)).size).toBe(big.length);
    const byDay = new Map<string, number[]>();
    for (const c of big) byDay.set(caseDayKey(c.receivedAt), [...(byDay.get(caseDayKey(c.receivedAt)) ?? []), Number(c.no.slice(-4))]);
    for (const sequences of byDay.values()) expect(sequences.sort((a, b) => a - b)).toEqual(sequences.map((_, i) => i + 1));
  });

  it('continues numbering after the numbers already issued', () => {
    const cases = generateDemoCases(options({ count: 30 }));
    const day = caseDayKey(cases[0]!.receivedAt);
    const { cases: numbered, last } = numberCases(cases, new Map([[day, 41]]));
    const sameDay = numbered.filter((c) => caseDayKey(c.receivedAt) === day).map((c) => Number(c.no.slice(-4)));
    expect(Math.min(...sameDay)).toBe(42);
    expect(last.get(day)).toBe(41 + sameDay.length);
  });

  it('spreads receipt over the three years before now, more of them recent', () => {
    expect(big.every((c) => c.receivedAt > NOW - DEMO_SPAN_MS && c.receivedAt <= NOW)).toBe(true);
    const lastYear = big.filter((c) => c.receivedAt > NOW - 365 * DAY).length;
    const firstYear = big.filter((c) => c.receivedAt <= NOW - 2 * 365 * DAY).length;
    expect(firstYear).toBeGreaterThan(big.length * 0.15);
    expect(lastYear).toBeGreaterThan(firstYear * 1.3);
  });

  it('leaves recent cases open in every open status, closes most old ones, and redirects some', () => {
    const statuses = new Set(big.filter(isOpen).map((c) => c.status));
    expect([...statuses].sort()).toEqual(CASE_STATUSES.filter((s) => !FINAL_STATUSES.includes(s)).sort());
    const old = big.filter((c) => c.receivedAt < NOW - 90 * DAY);
    expect(old.filter(isOpen).length).toBeLessThan(old.length * 0.01);
    const redirected = big.filter((c) => c.status === 'redirected').length;
    expect(redirected).toBeGreaterThan(big.length * 0.03);
    expect(redirected).toBeLessThan(big.length * 0.15);
    const recentOpen = big.filter((c) => c.receivedAt > NOW - 2 * DAY && isOpen(c)).length;
    expect(recentOpen).toBeGreaterThan(big.filter((c) => c.receivedAt > NOW - 2 * DAY).length * 0.5);
  });

  it('makes a few percent of open cases overdue, some due within hours, and pauses a few clocks with a reason', () => {
    const open = big.filter(isOpen);
    const overdue = open.filter((c) => c.nextDueAt !== undefined && c.nextDueAt < NOW).length;
    expect(overdue).toBeGreaterThan(0);
    expect(overdue / open.length).toBeLessThan(0.2);
    expect(open.filter((c) => c.nextDueAt !== undefined && c.nextDueAt >= NOW && c.nextDueAt < NOW + 8 * HOUR).length).toBeGreaterThan(0);
    const paused = big.flatMap((c) => Object.values(c.clocks)).filter((k) => k?.state === 'paused');
    expect(paused.length).toBeGreaterThan(0);
    expect(paused.every((k) => k!.pauses.at(-1)!.reason !== '')).toBe(true);
    expect(big.some((c) => c.clocks.resolution?.state === 'paused')).toBe(true);
    const completed = big.flatMap((c) => Object.values(c.clocks)).filter((k) => k?.state === 'met' || k?.state === 'missed');
    expect(completed.filter((k) => k!.state === 'missed').length).toBeGreaterThan(0);
    expect(completed.filter((k) => k!.state === 'missed').length).toBeLessThan(completed.length * 0.2);
  });

  it('records extensions, pending and decided, surveys (some partly answered or declined), legal risk and reopened cases', () => {
    const extensions = big.flatMap((c) => c.extensions);
    expect(extensions.some((e) => e.decision === 'approved')).toBe(true);
    expect(extensions.some((e) => e.decision === 'rejected')).toBe(true);
    expect(big.some((c) => c.status === 'executing' && c.extensions.some((e) => e.decision === 'pending'))).toBe(true);
    const closed = big.filter((c) => c.status === 'closed');
    expect(closed.every((c) => SURVEY_DIMENSIONS.every((d) => c.feedback!.scores[d] === null || (c.feedback!.scores[d]! >= 1 && c.feedback!.scores[d]! <= 5)))).toBe(true);
    // As real surveys go: most customers answer every question, some leave one out, a few decline to score.
    const answered = closed.map((c) => SURVEY_DIMENSIONS.filter((d) => c.feedback!.scores[d] !== null).length);
    expect(answered.filter((n) => n === 4).length).toBeGreaterThan(closed.length * 0.75);
    expect(answered.some((n) => n === 3)).toBe(true);
    expect(answered.some((n) => n === 0)).toBe(true);
    expect(big.some((c) => c.legalRisk === 1)).toBe(true);
    expect(big.some((c) => c.reopenCount > 0)).toBe(true);
    // Re-handled cases keep the earlier handling's clock; returned gradings keep their return.
    expect(big.some((c) => (c.earlierResolutions ?? []).length > 0)).toBe(true);
    expect(big.some((c) => (c.grading?.returns ?? []).length > 0)).toBe(true);
  });

  it('gives every 12315 referral a source ticket number of its own, as the desk requires', () => {
    const tickets = big.flatMap((c) => (c.referralNo ? [c.referralNo] : []));
    expect(tickets.length).toBe(big.filter((c) => c.channel === 'regulator_12315').length);
    expect(tickets.length).toBeGreaterThan(0);
    expect(new Set(tickets).size).toBe(tickets.length);
    expect(tickets.every((no) => /^14\d{20}$/u.test(no))).toBe(true);
  });

  it('archives exactly the cases closed longer ago than the archive period', () => {
    const cutoff = NOW - DEFAULT_SETTINGS.lifecycle.archiveAfterDays * DAY;
    expect(big.some((c) => c.archived === 1)).toBe(true);
    expect(big.every((c) => c.archived === (c.closedAt !== null && c.closedAt < cutoff ? 1 : 0))).toBe(true);
    const shorter = generateDemoCases(options({ settings: { ...DEFAULT_SETTINGS, lifecycle: { archiveAfterDays: 3650, qualityReturnDays: 15 } } }));
    expect(shorter.every((c) => c.archived === 0)).toBe(true);
  });

  it('varies customers: individuals and businesses, some with only an e-mail address, order numbers and amounts', () => {
    expect(big.some((c) => c.customerType === 'business')).toBe(true);
    expect(big.some((c) => c.phone === '' && c.email !== '')).toBe(true);
    expect(big.some((c) => c.orderNo !== '' && c.amount !== null)).toBe(true);
    expect(new Set(big.map((c) => c.channel)).size).toBeGreaterThanOrEqual(8);
    expect(big.every((c) => TEXTS.includes(c.description))).toBe(true);
  });

  it('gives most social-media and app complaints the customer’s account there, as a contact key', () => {
    const online = big.filter((c) => c.channel === 'social_media' || c.channel === 'app');
    const withAccount = online.filter((c) => c.socialAccount !== undefined);
    expect(withAccount.length).toBeGreaterThan(online.length / 2);
    expect(withAccount.length).toBeLessThan(online.length);
    expect(withAccount.every((c) => (c.channel === 'app') === (c.socialPlatform === 'company_app'))).toBe(true);
    expect(withAccount.every((c) => c.contactKeys!.includes(`${c.socialPlatform}:${c.socialAccount!.toLowerCase()}`))).toBe(true);
    expect(big.every((c) => c.socialAccount === undefined || c.channel === 'social_media' || c.channel === 'app')).toBe(true);
  });

  it('names only non-admin staff on cases', () => {
    const ids = new Set(big.flatMap((c) => [c.intakeAgent.id, c.owner?.id, c.grading?.approvedBy?.id, c.plan?.approvedBy?.id]));
    expect(ids.has('u-admin')).toBe(false);
    expect(big.every((c) => ['u-a1', 'u-a2', 'u-s1'].includes(c.intakeAgent.id))).toBe(true);
  });

  it('refuses to generate without texts or without staff', () => {
    expect(() => generateDemoCases(options({ texts: [] }))).toThrow(RangeError);
    expect(() => generateDemoCases(options({ staff: STAFF.filter((s) => s.role === 'admin') }))).toThrow(RangeError);
  });

  it('keeps every case consistent for any seed, chunk, clock and archive period', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 5 * 365 * 24 }),
        fc.integer({ min: 1, max: 400 }),
        (seed, count, startIndex, hoursLater, archiveAfterDays) => {
          const now = NOW + hoursLater * HOUR;
          const settings = { ...DEFAULT_SETTINGS, lifecycle: { archiveAfterDays, qualityReturnDays: 15 } };
          const cases = generateDemoCases(options({ seed, count, startIndex, now, settings }));
          expect(cases).toHaveLength(count);
          expect(new Set(cases.map((c) => c.no)).size).toBe(count);
          expect(new Set(cases.map((c) => c.id)).size).toBe(count);
          expect(cases.flatMap((c) => caseProblems(c, now, settings))).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

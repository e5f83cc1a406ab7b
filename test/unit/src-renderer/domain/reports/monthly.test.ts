import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { computeFigures } from '../../../../../src-renderer/domain/dashboard/figures';
import type { CaseFacts } from '../../../../../src-renderer/domain/dashboard/facts';
import { fact as factOf } from '../dashboard/fixtures';
import type { ImprovementRecord } from '../../../../../src-renderer/domain/improvements/schema';
import {
  compareKpis,
  improvementLines,
  majorCaseLine,
  monthKey,
  monthPeriod,
  MonthSchema,
  previousMonth,
  SaveNotesInput,
} from '../../../../../src-renderer/domain/reports/monthly';

const HOUR = 3_600_000;
const at = (year: number, month: number, day: number, hour = 0) => new Date(year, month - 1, day, hour).getTime();

describe('months', () => {
  it('bounds a month in local time and steps back across the year', () => {
    expect(monthPeriod({ year: 2026, month: 12 })).toEqual({ from: at(2026, 12, 1), to: at(2027, 1, 1) });
    expect(previousMonth({ year: 2027, month: 1 })).toEqual({ year: 2026, month: 12 });
    expect(previousMonth({ year: 2026, month: 11 })).toEqual({ year: 2026, month: 10 });
    expect(monthKey({ year: 2026, month: 3 })).toBe('2026-03');
  });

  it('refuses a month that does not exist and notes that are too long, with codes the UI translates', () => {
    const month = MonthSchema.safeParse({ year: 2026, month: 13 });
    expect(month.success).toBe(false);
    expect(month.error!.issues[0]!.message).toBe('validation.range');
    const notes = SaveNotesInput.safeParse({ year: 2026, month: 11, analysis: '析'.repeat(20_001), recommendations: '' });
    expect(notes.success).toBe(false);
    expect(notes.error!.issues[0]!.path).toEqual(['analysis']);
  });
});

describe('headline figures against the month before', () => {
  const fact = (receivedAt: number, overrides: Partial<CaseFacts> = {}) => factOf({ receivedAt, department: '', ...overrides });

  it('states each KPI, its value last month and the change (rates in fractions of one)', () => {
    const facts = [
      fact(at(2026, 10, 5), { response: { at: at(2026, 10, 5, 2), outcome: 'met', tookMs: HOUR } }),
      fact(at(2026, 10, 6), { response: { at: at(2026, 10, 6, 2), outcome: 'missed', tookMs: 9 * HOUR } }),
      fact(at(2026, 11, 5), { severity: 'major', response: { at: at(2026, 11, 5, 1), outcome: 'met', tookMs: HOUR } }),
      fact(at(2026, 11, 6), { response: { at: at(2026, 11, 6, 1), outcome: 'met', tookMs: HOUR }, reopened: true }),
      fact(at(2026, 11, 7)),
    ];
    const now = at(2026, 12, 2);
    const november = computeFigures(facts, { period: { ...monthPeriod({ year: 2026, month: 11 }), granularity: 'day' }, departments: [] }, now);
    const october = computeFigures(facts, { period: { ...monthPeriod({ year: 2026, month: 10 }), granularity: 'month' }, departments: [] }, now);
    const kpis = Object.fromEntries(compareKpis({ figures: november, overdueAtEnd: 2 }, { figures: october, overdueAtEnd: 5 }).map((k) => [k.id, k]));
    expect(kpis.received).toEqual({ id: 'received', value: 3, previous: 2, change: 1 });
    expect(kpis.major).toEqual({ id: 'major', value: 1, previous: 0, change: 1 });
    expect(kpis.overdueAtEnd).toEqual({ id: 'overdueAtEnd', value: 2, previous: 5, change: -3 });
    expect(kpis.responseRate).toEqual({ id: 'responseRate', value: 1, previous: 0.5, change: 0.5 });
    expect(kpis.reopenRate!.value).toBeCloseTo(1 / 3, 12);
    expect(kpis.reopenRate!.change).toBeCloseTo(1 / 3, 12);
    // Nothing to compare: no change is stated.
    expect(kpis.satisfaction).toEqual({ id: 'satisfaction', value: null, previous: null, change: null });
    expect(kpis.resolutionRate!.change).toBeNull();
  });
});

describe('the month’s improvement actions', () => {
  const improvement = (id: string, createdAt: number, dueAt: number, verifiedAt: number | null): ImprovementRecord => ({
    id,
    title: `整改 ${id}`,
    rootCause: '仓库分拣错误',
    action: '增加复核',
    owner: { id: 'u1', name: '主管老陈' },
    dueAt,
    caseIds: ['c1'],
    status: verifiedAt === null ? 'open' : 'verified',
    effective: verifiedAt === null ? null : true,
    verificationNote: '',
    createdAt,
    updatedAt: createdAt,
    verifiedAt,
    verifiedBy: verifiedAt === null ? null : { id: 'u2', name: '总监周' },
  });
  const verdict = (at: number, effective: boolean, dueAt: number) => ({ at, by: { id: 'u2', name: '总监周' }, effective, note: '', action: '增加复核', dueAt });
  const november = monthPeriod({ year: 2026, month: 11 });
  const states = (result: ReturnType<typeof improvementLines>) =>
    result.lines.map((l) => [l.id, l.opened, l.closed, l.ineffective, l.inProgress, l.overdue]);

  it('counts those opened and closed in the month, and every one open at its end: in progress, or past its due date', () => {
    const result = improvementLines(
      [
        improvement('opened-and-closed', at(2026, 11, 2), at(2026, 11, 20), at(2026, 11, 15)),
        improvement('opened-overdue', at(2026, 11, 3), at(2026, 11, 10), null),
        improvement('old-closed', at(2026, 9, 1), at(2026, 10, 1), at(2026, 11, 4)),
        improvement('old-overdue-closed-later', at(2026, 9, 1), at(2026, 10, 1), at(2026, 12, 5)),
        improvement('old-open-not-due', at(2026, 10, 1), at(2027, 1, 1), null),
        improvement('closed-before', at(2026, 9, 1), at(2026, 10, 1), at(2026, 10, 20)),
        improvement('december', at(2026, 12, 2), at(2026, 12, 3), null),
      ],
      november,
      at(2027, 1, 10),
    );
    expect(states(result)).toEqual([
      ['old-closed', false, true, false, false, false],
      ['old-overdue-closed-later', false, false, false, false, true],
      ['old-open-not-due', false, false, false, true, false],
      ['opened-and-closed', true, true, false, false, false],
      ['opened-overdue', true, false, false, false, true],
    ]);
    expect(result).toMatchObject({ opened: 2, closed: 2, ineffective: 0, inProgress: 1, overdue: 2 });
  });

  it('lists an action raised on 29 January and due 31 March as in progress in February and March', () => {
    const record = improvement('spans-months', at(2027, 1, 29), at(2027, 3, 31, 23), null);
    const now = at(2027, 3, 20);
    const february = improvementLines([record], monthPeriod({ year: 2027, month: 2 }), now);
    expect(states(february)).toEqual([['spans-months', false, false, false, true, false]]);
    expect(february).toMatchObject({ opened: 0, closed: 0, inProgress: 1, overdue: 0 });
    expect(improvementLines([record], monthPeriod({ year: 2027, month: 3 }), now).inProgress).toBe(1);
    expect(improvementLines([record], monthPeriod({ year: 2027, month: 1 }), now)).toMatchObject({ opened: 1, inProgress: 1 });
  });

  it('reports a verdict of 无效 as such, not as closed, and the action open for its new round', () => {
    const firstDue = at(2026, 11, 10);
    const reopened: ImprovementRecord = {
      ...improvement('found-not-effective', at(2026, 10, 5), at(2027, 1, 31), null),
      verifications: [verdict(at(2026, 11, 12), false, firstDue)],
    };
    const result = improvementLines([reopened], november, at(2026, 12, 20));
    expect(states(result)).toEqual([['found-not-effective', false, false, true, true, false]]);
    expect(result).toMatchObject({ closed: 0, ineffective: 1, inProgress: 1 });
    expect(result.lines[0]).toMatchObject({ verifiedAt: at(2026, 11, 12), effective: false });
    // October's end is judged by the due date of the round then under way, kept with the verdict on it.
    const october = improvementLines([reopened], monthPeriod({ year: 2026, month: 10 }), at(2026, 12, 20));
    expect(october.lines[0]).toMatchObject({ dueAt: firstDue, inProgress: true, overdue: false });
    const closedLater: ImprovementRecord = {
      ...reopened,
      status: 'verified',
      effective: true,
      verifications: [...reopened.verifications!, verdict(at(2026, 12, 3), true, at(2027, 1, 31))],
    };
    expect(states(improvementLines([closedLater], monthPeriod({ year: 2026, month: 12 }), at(2026, 12, 20)))).toEqual([
      ['found-not-effective', false, true, false, false, false],
    ]);
  });

  it('reads a record found not effective before verdicts were kept as ineffective and open again', () => {
    const legacy = { ...improvement('legacy', at(2026, 10, 5), at(2026, 11, 10), at(2026, 11, 12)), effective: false };
    const result = improvementLines([legacy], november, at(2026, 12, 20));
    expect(states(result)).toEqual([['legacy', false, false, true, false, true]]);
    expect(result.closed).toBe(0);
  });

  it('judges overdue as of now while the month is still under way', () => {
    const result = improvementLines([improvement('due-later-this-month', at(2026, 11, 2), at(2026, 11, 25), null)], november, at(2026, 11, 20));
    expect(result).toMatchObject({ overdue: 0, inProgress: 1 });
  });
});

describe('major complaints', () => {
  it('states the outcome told to the customer, or where a redirected complaint went', () => {
    const base = {
      id: 'm1',
      no: 'TS-20261105-0001',
      receivedAt: at(2026, 11, 5),
      customerName: '张三',
      channel: 'regulator_12315',
      category: 'product_quality',
      subCategory: '安全隐患',
      department: '质量管理部',
      closedAt: at(2026, 11, 20),
      screening: { decision: 'redirected', referredTo: '厂家售后', reason: '', missing: '', at: 0, by: { id: 'u', name: 'u' } },
      feedback: {
        channel: 'phone',
        result: '已更换并赔偿 500 元',
        at: at(2026, 11, 20),
        by: { id: 'u', name: 'u' },
        scores: { efficiency: 4, resolution: 5, attitude: 5, compensation: 4 },
        comment: '',
        satisfied: true,
      },
    } as unknown as CaseRecord;
    expect(majorCaseLine({ ...base, status: 'closed' })).toMatchObject({ outcome: '已更换并赔偿 500 元', satisfaction: 4.5, status: 'closed' });
    expect(majorCaseLine({ ...base, status: 'redirected', feedback: null })).toMatchObject({ outcome: '厂家售后', satisfaction: null });
    expect(majorCaseLine({ ...base, status: 'redirected', feedback: null }).surveyDeclined).toBeUndefined();
    // A survey the customer declined is said so, not left blank as if never surveyed.
    const declined = { ...base.feedback!, scores: { efficiency: null, resolution: null, attitude: null, compensation: null } };
    expect(majorCaseLine({ ...base, status: 'closed', feedback: declined })).toMatchObject({ satisfaction: null, surveyDeclined: true });
    // What was done, when the handling recorded it, rather than what the customer was told at the callback.
    const done = { ...base, status: 'closed' as const, outcome: { summary: '更换排水管并赔偿地板损失 3,599.90 元', at: at(2026, 11, 18), by: { id: 'u', name: 'u' } } };
    expect(majorCaseLine(done).outcome).toBe('更换排水管并赔偿地板损失 3,599.90 元');
  });
});

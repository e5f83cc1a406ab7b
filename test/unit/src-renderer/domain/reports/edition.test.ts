import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { maskCaseFor } from '../../../../../src-renderer/domain/privacy/mask';
import {
  improvementLineFor,
  kpiDrift,
  majorCaseLineFor,
  monthEnded,
  MonthlyReportInput,
  ReopenInput,
} from '../../../../../src-renderer/domain/reports/edition';
import { KPI_IDS, majorCaseLine, type ImprovementLine, type Kpi, type KpiId } from '../../../../../src-renderer/domain/reports/monthly';
import { ROLES } from '../../../../../src-renderer/domain/users/roles';
import { closedCase } from '../privacy/fixtures';

describe('定稿 input and months', () => {
  it('finalises only a month that has ended', () => {
    const november = { year: 2026, month: 11 };
    expect(monthEnded(november, new Date(2026, 10, 30, 23, 59).getTime())).toBe(false);
    expect(monthEnded(november, new Date(2026, 11, 1).getTime())).toBe(true);
    expect(monthEnded({ year: 2027, month: 1 }, new Date(2026, 11, 1).getTime())).toBe(false);
  });

  it('takes a reason to reopen, trimmed, required and bounded', () => {
    expect(ReopenInput.parse({ year: 2026, month: 11, reason: '  补录  ' }).reason).toBe('补录');
    expect(ReopenInput.safeParse({ year: 2026, month: 11, reason: ' \u200b ' }).error!.issues[0]!.message).toBe('validation.required');
    expect(ReopenInput.safeParse({ year: 2026, month: 11, reason: '因'.repeat(501) }).error!.issues[0]!.message).toBe('validation.tooLong');
    expect(MonthlyReportInput.safeParse({ year: 2026, month: 11, live: 'yes' }).success).toBe(false);
  });
});

describe('what differs from the finalised edition', () => {
  const kpis = (values: Partial<Record<KpiId, number | null>>): Kpi[] => KPI_IDS.map((id) => ({ id, value: id in values ? (values[id] ?? null) : 0, previous: null, change: null }));
  const live = (values: Partial<Record<KpiId, number | null>>) => Object.fromEntries(KPI_IDS.map((id) => [id, id in values ? (values[id] ?? null) : 0])) as Record<KpiId, number | null>;

  it('lists each figure whose value is now another, in the table’s order, and nothing when none is', () => {
    expect(kpiDrift({ kpis: kpis({ received: 40, repeatRate: 0.1 }) }, live({ received: 40, repeatRate: 0.1 }))).toEqual([]);
    expect(kpiDrift({ kpis: kpis({ received: 40, repeatRate: 0.1, satisfaction: 4.2 }) }, live({ received: 41, repeatRate: 0.075, satisfaction: null }))).toEqual([
      { id: 'received', final: 40, live: 41 },
      { id: 'satisfaction', final: 4.2, live: null },
      { id: 'repeatRate', final: 0.1, live: 0.075 },
    ]);
  });
});

describe('masking a finalised edition’s lines', () => {
  const record = (): CaseRecord => {
    const base = closedCase();
    return {
      ...base,
      customerName: '王先生13511112222',
      address: '浙江省杭州市西湖区文三路88号',
      socialAccount: 'zhangsan_88',
      outcome: { summary: '已致电13912345678，按浙江省杭州市西湖区文三路88号补发；微博@zhangsan_88 已回复', at: 1, by: base.owner! },
    } as CaseRecord;
  };

  it('masks a stored line for every role exactly as the live report masks the case', () => {
    const source = record();
    for (const role of ROLES) {
      expect(majorCaseLineFor(role, majorCaseLine(source), source), role).toEqual(majorCaseLine(maskCaseFor(role, source)));
    }
    const shown = majorCaseLineFor('director', majorCaseLine(source), source);
    expect(shown.customerName).toBe('王先生135****2222');
    expect(shown.outcome).not.toMatch(/13912345678|文三路|zhangsan_88/);
    expect(majorCaseLineFor('supervisor', majorCaseLine(source), source)).toEqual(majorCaseLine(source));
  });

  it('masks an improvement’s title for roles without contacts.view', () => {
    const line = { id: 'i', title: '回访13912345678未接通的整改', ownerName: '主管老陈' } as ImprovementLine;
    expect(improvementLineFor('director', line).title).toBe('回访139****5678未接通的整改');
    expect(improvementLineFor('agent', line)).toBe(line);
  });
});

import { describe, expect, it } from 'vitest';
import type { PlanRecord } from '../../../../../src-renderer/domain/cases/case';
import {
  compensationUnconfirmed,
  confirmationOf,
  confirmationProblems,
  confirmCompensationInput,
  latestConfirmation,
  paidAmount,
} from '../../../../../src-renderer/domain/plans/compensation';
import { anonymiseCase } from '../../../../../src-renderer/domain/privacy/anonymise';
import { maskCaseFor } from '../../../../../src-renderer/domain/privacy/mask';
import { closedCase, staff } from '../privacy/fixtures';

const NOW = Date.UTC(2026, 10, 25, 2);
const APPROVED = NOW - 86_400_000;
const parse = (input: Record<string, unknown>) => confirmCompensationInput(NOW).safeParse({ caseId: 'c1', ...input });
const codes = (input: Record<string, unknown>) => {
  const result = parse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};
const plan = (compensation: PlanRecord['compensation'], extra: Partial<PlanRecord> = {}): PlanRecord => ({ ...closedCase().plan!, compensation, approvedAt: APPROVED, ...extra });

describe('confirmCompensationInput', () => {
  it('needs the method and the time of a payment, and the reason of a waiver', () => {
    expect(codes({ outcome: 'paid', amount: 50 })).toEqual([
      ['method', 'validation.chooseOne'],
      ['paidAt', 'validation.required'],
    ]);
    expect(codes({ outcome: 'waived' })).toEqual([['note', 'validation.required']]);
    expect(codes({ outcome: 'waived', note: '客户放弃' })).toEqual([]);
    expect(codes({ outcome: 'maybe' })).toEqual([['outcome', 'validation.chooseOne']]);
  });

  it('takes amounts from 0 to 1,000,000,000 yuan in whole fen, paid no later than now', () => {
    const paid = { outcome: 'paid', method: 'cash', paidAt: NOW - 1000 };
    expect(codes({ ...paid, amount: 0 })).toEqual([]);
    expect(codes({ ...paid, amount: 19.99 })).toEqual([]);
    expect(codes({ ...paid, amount: -0.01 })).toEqual([['amount', 'validation.paidAmountRange']]);
    expect(codes({ ...paid, amount: 1e9 + 1 })).toEqual([['amount', 'validation.paidAmountRange']]);
    expect(codes({ ...paid, amount: 0.001 })).toEqual([['amount', 'validation.wholeFen']]);
    expect(codes({ ...paid, amount: Number.NaN })).toEqual([['amount', 'validation.invalid']]);
    expect(codes({ ...paid, amount: 1, paidAt: NOW + 3_600_000 })).toEqual([['paidAt', 'validation.notInFuture']]);
  });
});

describe('confirmationProblems', () => {
  const input = (extra: Record<string, unknown>) => confirmCompensationInput(NOW).parse({ caseId: 'c1', outcome: 'paid', method: 'original_route', paidAt: APPROVED + 1, ...extra });

  it('asks for an amount where the promise named one, and a note when the amount differs from it', () => {
    const refund = plan({ type: 'refund', amount: 300 });
    expect(confirmationProblems(refund, input({ amount: 300 }))).toEqual([]);
    expect(confirmationProblems(refund, input({}))).toEqual([{ field: 'amount', code: 'validation.amountRequired' }]);
    expect(confirmationProblems(refund, input({ amount: 299.99 }))).toEqual([{ field: 'note', code: 'validation.noteWhenAmountDiffers' }]);
    expect(confirmationProblems(refund, input({ amount: 299.99, note: '扣除运费' }))).toEqual([]);
    // Goods promised without a value: none needed, any value given is fine.
    expect(confirmationProblems(plan({ type: 'goods', amount: null }), input({}))).toEqual([]);
    expect(confirmationProblems(plan({ type: 'goods', amount: null }), input({ amount: 88 }))).toEqual([]);
  });

  it('refuses a payment before the approval; a waiver has nothing to check', () => {
    const refund = plan({ type: 'refund', amount: 300 });
    expect(confirmationProblems(refund, input({ amount: 300, paidAt: APPROVED - 1 }))).toEqual([{ field: 'paidAt', code: 'validation.paidBeforeApproval' }]);
    // Picked to the minute: the minute of the approval itself is not before it.
    const atHalfPast = plan({ type: 'refund', amount: 300 }, { approvedAt: APPROVED + 30_000 });
    expect(confirmationProblems(atHalfPast, input({ amount: 300, paidAt: APPROVED }))).toEqual([]);
    expect(confirmationProblems(refund, confirmCompensationInput(NOW).parse({ caseId: 'c1', outcome: 'waived', note: '不要了' }))).toEqual([]);
  });
});

describe('where a plan’s compensation stands', () => {
  it('is unconfirmed only for an approved plan that promised something and has no confirmation; the latest counts', () => {
    expect(compensationUnconfirmed(plan({ type: 'none', amount: null }))).toBe(false);
    expect(compensationUnconfirmed(plan({ type: 'voucher', amount: 50 }, { approvedAt: null }))).toBe(false);
    expect(compensationUnconfirmed(null)).toBe(false);
    const voucher = plan({ type: 'voucher', amount: 50 });
    expect(compensationUnconfirmed(voucher)).toBe(true);
    const paid = confirmationOf(confirmCompensationInput(NOW).parse({ caseId: 'c1', outcome: 'paid', amount: 50, method: 'voucher_code', paidAt: NOW, reference: 'Q1' }), NOW, staff);
    const waived = confirmationOf(confirmCompensationInput(NOW).parse({ caseId: 'c1', outcome: 'waived', note: '不要了' }), NOW + 1, staff);
    expect(compensationUnconfirmed({ ...voucher, compensationConfirmations: [paid] })).toBe(false);
    expect(paidAmount({ ...voucher, compensationConfirmations: [paid] })).toBe(50);
    expect(latestConfirmation({ ...voucher, compensationConfirmations: [paid, waived] })).toBe(waived);
    expect(paidAmount({ ...voucher, compensationConfirmations: [paid, waived] })).toBe(0);
  });
});

describe('the free texts of a confirmation', () => {
  const confirmation = { outcome: 'paid' as const, amount: 50, method: 'bank_transfer' as const, paidAt: 1, reference: '转账至13912345678绑定账户', note: '陈晓燕确认收到', at: 1, by: staff };
  const record = () => {
    const base = closedCase();
    return { ...base, plan: { ...base.plan!, compensationConfirmations: [confirmation] } };
  };

  it('are redacted by anonymisation and named among the fields changed', () => {
    const { next, fields } = anonymiseCase(record(), Date.UTC(2029, 5, 1));
    expect(next.plan!.compensationConfirmations![0]).toMatchObject({ reference: '转账至***绑定账户', note: '***确认收到', amount: 50 });
    expect(fields).toEqual(expect.arrayContaining(['plan.compensationConfirmations.reference', 'plan.compensationConfirmations.note']));
  });

  it('are masked for roles without contacts.view', () => {
    expect(maskCaseFor('director', record()).plan!.compensationConfirmations![0]!.reference).not.toContain('13912345678');
    expect(maskCaseFor('agent', record()).plan!.compensationConfirmations![0]!.reference).toContain('13912345678');
  });
});

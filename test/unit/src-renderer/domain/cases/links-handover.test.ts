import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { takesDuplicates, withDuplicateOf, withLink, withMerged, withoutMerged, withoutNotesAbout, withoutOtherCases } from '../../../../../src-renderer/domain/cases/links';
import { currentInforming, earlierInforming, informStateOf, mustInform, uninformedMerged, withCustomersCompared, withInforming } from '../../../../../src-renderer/domain/cases/merged-informing';
import { closedCase, staff } from '../privacy/fixtures';

/** `a` handles the matter; `b` and `c` are other customers', `b` merged into `a`. */
function cases() {
  const a: CaseRecord = { ...closedCase(), id: 'a', no: 'TS-20261123-0001', status: 'feedback', archived: 0 };
  const b: CaseRecord = { ...a, id: 'b', no: 'TS-20261123-0002', customerName: '李雷', phone: '13700001111', email: '', status: 'terminated' };
  const c: CaseRecord = { ...a, id: 'c', no: 'TS-20261123-0003', customerName: '韩梅梅', phone: '13600002222', email: 'hmm@example.com' };
  return { a, b, c };
}
const told = (note = '已电话告知') => ({ outcome: 'informed' as const, channel: 'phone' as const, note, at: 30, by: staff });

describe('a telling holds for the handling whose result it told', () => {
  it('is stale once the primary is reopened or sent back by quality review, and the customer waits again', () => {
    const { a, b } = cases();
    const primary = withInforming(withMerged(a, b, 10, staff), 'b', told());
    const entry = primary.mergedCases![0]!;
    expect(entry.informed).toMatchObject({ reopenCount: 0 });
    expect(currentInforming(primary, entry)).toBe(entry.informed);
    expect(informStateOf(primary, entry, b)).toBe('informed');
    expect(uninformedMerged(primary, [b])).toEqual([]);

    const reopened = { ...primary, reopenCount: 1 };
    expect(currentInforming(reopened, entry)).toBeUndefined();
    expect(earlierInforming(reopened, entry)).toBe(entry.informed);
    expect(informStateOf(reopened, entry, b)).toBe('waiting');
    expect(uninformedMerged(reopened, [b]).map((m) => m.no)).toEqual([b.no]);
    // Told again after the re-handling: current again.
    const again = withInforming(reopened, 'b', told('告知第二次处理结果'));
    expect(uninformedMerged(again, [b])).toEqual([]);
    expect(again.mergedCases![0]!.informed).toMatchObject({ reopenCount: 1, note: '告知第二次处理结果' });
  });
});

describe('并入 a case that had cases merged into it', () => {
  it('carries them to the new primary, what their customers heard kept as earlier, and the duplicate loses them', () => {
    const { a, b, c } = cases();
    const handled = withInforming(withMerged(c, b, 10, staff), 'b', told('告知 c 的结果'));
    const primary = withMerged(a, handled, 20, staff);
    expect(primary.mergedCases!.map((m) => [m.no, m.at, m.via?.no])).toEqual([
      [c.no, 20, undefined],
      [b.no, 10, c.no],
    ]);
    const carried = primary.mergedCases![1]!;
    expect(carried.informed).toBeUndefined();
    expect(carried.via).toEqual({ id: 'c', no: c.no, at: 20, informed: expect.objectContaining({ note: '告知 c 的结果' }) });
    // They heard the other case's result, not this one's: they wait for this one.
    expect(currentInforming(primary, carried)).toBeUndefined();
    expect(earlierInforming(primary, carried)).toMatchObject({ note: '告知 c 的结果' });
    expect(uninformedMerged(primary, [c, b]).map((m) => m.no)).toEqual([c.no, b.no]);
    expect('mergedCases' in withoutMerged(handled)).toBe(false);
    // The duplicate merged first points at the case that handles its matter now.
    const moved = withDuplicateOf({ ...b, termination: { reason: 'duplicate', note: '重复', duplicateOf: { id: 'c', no: c.no }, from: 'registered', at: 1, by: staff } }, a);
    expect(moved.termination).toMatchObject({ reason: 'duplicate', note: '重复', duplicateOf: { id: 'a', no: a.no } });
  });

  it('takes duplicates into a case that still handles its matter, closed or archived too', () => {
    const { a } = cases();
    expect(takesDuplicates(a)).toBe(true);
    const archived: CaseRecord = { ...a, status: 'closed', archived: 1 };
    expect(takesDuplicates(archived)).toBe(true);
    expect(takesDuplicates({ ...a, status: 'terminated' })).toBe(false);
    expect(takesDuplicates({ ...a, status: 'redirected' })).toBe(false);
    expect(takesDuplicates({ ...a, anonymisedAt: 1 })).toBe(false);
  });
});

describe('an anonymised primary', () => {
  it('goes by whose customers were compared when it was anonymised; before that was recorded, owes nobody', () => {
    const { a, b } = cases();
    const anonymised = (record: CaseRecord) => ({ ...record, status: 'closed' as const, anonymisedAt: 99, customerName: '（已匿名）', phone: '', email: '' });
    const unknown = anonymised(withMerged(a, b, 10, staff));
    expect(mustInform(unknown, unknown.mergedCases![0], b)).toBe(false);
    expect(informStateOf(unknown, unknown.mergedCases![0]!, b)).toBe('ended');
    expect(uninformedMerged(unknown, [b])).toEqual([]);

    const compared = anonymised(withCustomersCompared(withMerged(a, b, 10, staff), [b]));
    expect(compared.mergedCases![0]!.sameCustomer).toBe(false);
    expect(mustInform(compared, compared.mergedCases![0], b)).toBe(true);
    expect(informStateOf(compared, compared.mergedCases![0]!, b)).toBe('waiting');
    expect(uninformedMerged(compared, [b]).map((m) => m.no)).toEqual([b.no]);
    const ownCustomer: CaseRecord = { ...b, phone: a.phone };
    const own = anonymised(withCustomersCompared(withMerged(a, ownCustomer, 10, staff), [ownCustomer]));
    expect(informStateOf(own, own.mergedCases![0]!, ownCustomer)).toBe('same');
  });
});

describe('a telling before the result (the primary is to be ended)', () => {
  it('holds while the primary is ended without a result, not for a result it reaches after all', () => {
    const { a, b } = cases();
    const verifying = withInforming({ ...withMerged(a, b, 10, staff), status: 'verifying' }, b.id, { outcome: 'informed', channel: 'phone', note: '', at: 11, by: staff });
    const entry = verifying.mergedCases![0]!;
    expect(entry.informed).toMatchObject({ ending: true, reopenCount: 0 });
    expect(uninformedMerged(verifying, [b])).toEqual([]);
    expect(currentInforming({ ...verifying, status: 'terminated' }, entry)).toBe(entry.informed);
    expect(currentInforming({ ...verifying, status: 'feedback' }, entry)).toBeUndefined();
    expect(uninformedMerged({ ...verifying, status: 'feedback' }, [b]).map((m) => m.no)).toEqual([b.no]);
    const atResult = withInforming({ ...verifying, status: 'feedback' }, b.id, { outcome: 'informed', channel: 'phone', note: '', at: 12, by: staff });
    expect(atResult.mergedCases![0]!.informed).not.toHaveProperty('ending');
  });
});

describe('notes about an anonymised case', () => {
  it('withholds how its customer was told and the note of a link to it, nothing else', () => {
    const { a, b, c } = cases();
    const tie = { kind: 'same_order' as const, note: '李雷同一订单', at: 1, by: staff };
    const record = withLink(withLink(withInforming(withMerged(a, b, 10, staff), 'b', told('已致电李雷告知')), b, tie), c, { ...tie, note: '韩梅梅同一订单' });
    const withheld = withoutNotesAbout(record, 'b');
    expect(withheld.mergedCases![0]!.informed).toMatchObject({ outcome: 'informed', note: '***' });
    expect(withheld.relatedCases!.map((l) => l.note)).toEqual(['***', '韩梅梅同一订单']);
    // Nothing about that case: the same record.
    expect(withoutNotesAbout(withheld, 'b')).toBe(withheld);
    expect(withoutNotesAbout(a, 'b')).toBe(a);
  });

  it('leaves the lists of other cases out of a customer’s own export', () => {
    const { a, b } = cases();
    const exported = withoutOtherCases(withLink(withMerged(a, b, 10, staff), b, { kind: 'other', note: '李雷', at: 1, by: staff }));
    expect('mergedCases' in exported || 'relatedCases' in exported).toBe(false);
    expect(exported.no).toBe(a.no);
  });
});

import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { InformMergedInput, LinkCasesInput, linkProblem, UnlinkCasesInput, withLink, withMerged, withoutLink } from '../../../../../src-renderer/domain/cases/links';
import { isSameCustomer, mustInform, uninformedMerged, withInforming } from '../../../../../src-renderer/domain/cases/merged-informing';
import { anonymiseCase } from '../../../../../src-renderer/domain/privacy/anonymise';
import { maskCaseFor } from '../../../../../src-renderer/domain/privacy/mask';
import { closedCase, staff } from '../privacy/fixtures';

const issues = (result: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) => result.error?.issues.map((i) => [i.path[0], i.message]);

/** Three cases of the fixture's shape: `a` handles the matter, `b` and `c` are other customers' unless given the same contacts. */
function cases() {
  const a = { ...closedCase(), id: 'a', no: 'TS-20261123-0001', status: 'feedback' as const, archived: 0 as const };
  const b: CaseRecord = { ...a, id: 'b', no: 'TS-20261123-0002', customerName: '李雷', phone: '13700001111', email: '' };
  const c: CaseRecord = { ...a, id: 'c', no: 'TS-20261123-0003', customerName: '韩梅梅', phone: '13600002222', email: 'hmm@example.com' };
  return { a, b, c };
}

describe('并入本单 (merged duplicates)', () => {
  it('keeps each duplicate on the primary by id and number, oldest first, and a later telling replaces the earlier', () => {
    const { a, b, c } = cases();
    let primary = withMerged(withMerged(a, b, 10, staff), c, 20, staff);
    expect(primary.mergedCases).toEqual([
      { id: 'b', no: b.no, at: 10, by: staff },
      { id: 'c', no: c.no, at: 20, by: staff },
    ]);
    primary = withInforming(primary, 'b', { outcome: 'unreachable', channel: 'phone', note: '两次未接通', at: 30, by: staff });
    primary = withInforming(primary, 'b', { outcome: 'informed', channel: 'phone', note: '已告知', at: 40, by: staff });
    expect(primary.mergedCases![0]!.informed).toMatchObject({ outcome: 'informed', at: 40 });
    expect(primary.mergedCases![1]!.informed).toBeUndefined();
    // Nothing of the customer goes into the back-reference.
    expect(JSON.stringify(primary.mergedCases)).not.toContain(b.customerName);
  });

  it('owes the result to another customer only: a phone, e-mail, account or postal address in common is the same customer', () => {
    const { a, b } = cases();
    expect(isSameCustomer(a, b)).toBe(false);
    expect(isSameCustomer(a, { ...b, phone: '139-1234-5678' })).toBe(true);
    expect(isSameCustomer(a, { ...b, email: 'CHEN.XY@example.com' })).toBe(true);
    const letter = { phone: '', email: '', address: '浙江省杭州市西湖区文三路88号' };
    expect(isSameCustomer(letter, { ...letter, address: '浙江省杭州市 西湖区文三路88号' })).toBe(true);
    expect(isSameCustomer(letter, { phone: '', email: '', address: '' })).toBe(false);
    expect(mustInform(a, undefined, b)).toBe(true);
    expect(mustInform(a, undefined, { ...b, phone: a.phone })).toBe(false);
    // Anonymised: nobody left to tell.
    expect(mustInform(a, undefined, { ...b, anonymisedAt: 1 })).toBe(false);
  });

  it('lists the merged cases still waiting: another customer, not told, not recorded unreachable', () => {
    const { a, b, c } = cases();
    const same = { ...c, phone: a.phone };
    let primary = withMerged(withMerged(a, b, 10, staff), same, 20, staff);
    expect(uninformedMerged(primary, [b, same]).map((m) => m.no)).toEqual([b.no]);
    // A merged case no longer found is skipped: it cannot be reached.
    expect(uninformedMerged(primary, [undefined, same])).toEqual([]);
    primary = withInforming(primary, 'b', { outcome: 'unreachable', channel: 'phone', note: '三次未接通', at: 30, by: staff });
    expect(uninformedMerged(primary, [b, same])).toEqual([]);
    expect(uninformedMerged(a, [])).toEqual([]);
  });

  it('asks how the customer was told, and a note when they could not be reached', () => {
    expect(InformMergedInput.parse({ caseId: 'a', mergedId: 'b', outcome: 'informed', channel: 'phone' })).toEqual({
      caseId: 'a',
      mergedId: 'b',
      outcome: 'informed',
      channel: 'phone',
      note: '',
    });
    expect(issues(InformMergedInput.safeParse({ caseId: 'a', mergedId: 'b', outcome: 'unreachable', channel: 'phone', note: ' ' }))).toEqual([['note', 'validation.required']]);
    expect(issues(InformMergedInput.safeParse({ caseId: 'a', mergedId: 'b', channel: 'fax' }))).toEqual([
      ['outcome', 'validation.chooseOne'],
      ['channel', 'validation.chooseOne'],
    ]);
  });
});

describe('关联投诉 (related cases)', () => {
  it('takes the other number as typed, a relation, and a note required for 其他', () => {
    expect(LinkCasesInput.parse({ caseId: 'a', otherNo: ' ts-20261123-0002 ', kind: 'same_incident' })).toEqual({
      caseId: 'a',
      otherNo: 'TS-20261123-0002',
      kind: 'same_incident',
      note: '',
    });
    expect(issues(LinkCasesInput.safeParse({ caseId: 'a', otherNo: '', kind: 'other' }))).toEqual([
      ['otherNo', 'validation.required'],
      ['note', 'validation.required'],
    ]);
    expect(issues(LinkCasesInput.safeParse({ caseId: 'a', otherNo: 'TS-1', kind: 'duplicate' }))).toEqual([['kind', 'validation.chooseOne']]);
    expect(issues(UnlinkCasesInput.safeParse({ caseId: 'a', otherId: 'b', reason: '' }))).toEqual([['reason', 'validation.required']]);
  });

  it('refuses a link to itself, a second link, and one between a duplicate and the case it went into', () => {
    const { a, b, c } = cases();
    expect(linkProblem(a, a)).toBe('links.toItself');
    expect(linkProblem(a, b)).toBeNull();
    const tie = { kind: 'same_order' as const, note: '同一订单', at: 1, by: staff };
    expect(linkProblem(withLink(a, b, tie), b)).toBe('links.alreadyLinked');
    const duplicate: CaseRecord = { ...c, status: 'terminated', termination: { reason: 'duplicate', note: '重复', duplicateOf: { id: a.id, no: a.no }, from: 'registered', at: 1, by: staff } };
    expect(linkProblem(a, duplicate)).toBe('links.alreadyMerged');
    expect(linkProblem(duplicate, a)).toBe('links.alreadyMerged');
  });

  it('adds and removes a link; the field goes with the last', () => {
    const { a, b, c } = cases();
    const tie = { kind: 'same_incident' as const, note: '同一批次停电', at: 1, by: staff };
    const linked = withLink(withLink(a, b, tie), c, tie);
    expect(linked.relatedCases!.map((l) => l.no)).toEqual([b.no, c.no]);
    expect(withoutLink(linked, 'b').relatedCases!.map((l) => l.no)).toEqual([c.no]);
    expect('relatedCases' in withoutLink(withoutLink(linked, 'b'), 'c')).toBe(false);
  });

  it('masks and anonymises the notes like the case’s other texts, and keeps the numbers', () => {
    const { a, b } = cases();
    const tie = { kind: 'other' as const, note: '陈晓燕的邻居，回电13912345678', at: 1, by: staff };
    const told = { outcome: 'informed' as const, channel: 'phone' as const, note: '致电13812345678告知', at: 2, by: staff };
    const record = withInforming(withMerged(withLink(a, b, tie), b, 1, staff), 'b', told);
    // The record a director receives withholds them (about another case's customer, this case's
    // address would not mask theirs); the case page shows them masked with both cases' (links-view).
    const masked = maskCaseFor('director', record);
    expect(masked.relatedCases![0]).toMatchObject({ id: 'b', no: b.no, note: '***' });
    expect(masked.mergedCases![0]!.informed).toMatchObject({ outcome: 'informed', note: '***' });
    expect(maskCaseFor('agent', record).relatedCases![0]!.note).toBe(tie.note);
    const { next, fields } = anonymiseCase(record, 99);
    expect(next.relatedCases![0]).toMatchObject({ id: 'b', no: b.no, kind: 'other' });
    expect(next.relatedCases![0]!.note).not.toContain('陈晓燕');
    expect(next.relatedCases![0]!.note).not.toContain('13912345678');
    expect(next.mergedCases![0]).toMatchObject({ id: 'b', no: b.no });
    expect(fields).toEqual(expect.arrayContaining(['relatedCases.note']));
  });
});

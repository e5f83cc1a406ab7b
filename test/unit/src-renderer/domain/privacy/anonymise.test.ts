import { describe, expect, it } from 'vitest';
import type { CaseEntry } from '../../../../../src-renderer/domain/cases/entries';
import { ANONYMISED_NAME, anonymiseCase, anonymiseEntry, knownIdentifiers } from '../../../../../src-renderer/domain/privacy/anonymise';
import { closedCase, staff } from './fixtures';

const AT = Date.UTC(2029, 5, 1);

describe('anonymiseCase', () => {
  it('erases who the customer is and redacts them from every text', () => {
    const { next } = anonymiseCase(closedCase(), AT);
    expect(next).toMatchObject({ customerName: ANONYMISED_NAME, phone: '', email: '', orderNo: '', attachmentBytes: 0, anonymisedAt: AT });
    expect(next.description).toBe('***来电，冰箱丢件，回电***，身份证***。');
    expect(next.demandNote).toBe('退款到 *** 绑定的账户');
    expect(next.verification?.conclusion).toBe('订单***确未签收');
    expect(next.plan?.measures).toEqual(['补发', '致电***道歉']);
    expect(next.plan?.legalOpinion?.text).toBe('***可能起诉');
    expect(next.extensions[0]?.reason).toBe('等***提供地址');
    expect(next.feedback?.comment).toBe('满意，有事打***');
    const all = JSON.stringify(next);
    for (const personal of ['陈晓燕', '13912345678', 'chen.xy@example.com', 'JD20261123001', '110101199003071233', '010-12345678']) {
      expect(all).not.toContain(personal);
    }
  });

  it('keeps everything statistics read', () => {
    const before = closedCase();
    const { next } = anonymiseCase(before, AT);
    for (const key of ['category', 'subCategory', 'severity', 'initialSeverity', 'channel', 'department', 'receivedAt', 'closedAt', 'status', 'clocks', 'amount', 'product'] as const) {
      expect(next[key]).toEqual(before[key]);
    }
    expect(next.feedback?.scores).toEqual(before.feedback?.scores);
    expect(next.feedback?.satisfied).toBe(true);
    expect(next.plan?.compensation).toEqual(before.plan?.compensation);
  });

  it('names the changed fields, never their values', () => {
    const { fields } = anonymiseCase(closedCase(), AT);
    expect(fields).toEqual([
      'customerName',
      'phone',
      'email',
      'orderNo',
      'description',
      'demandNote',
      'verification.conclusion',
      'plan.measures',
      'plan.legalOpinion.text',
      'extensions.reason',
      'feedback.comment',
      'attachmentBytes',
      'anonymisedAt',
    ]);
  });

  it('redacts the reasons a grading or plan was sent back for, the answered ones included', () => {
    const base = closedCase();
    const note = (reason: string) => ({ reason, at: 3, by: staff });
    const before = {
      ...base,
      grading: { ...base.grading!, returns: [note('请联系陈晓燕核实')] },
      plan: { ...base.plan!, returnReason: '补偿请致电13912345678确认', returns: [note('补偿请致电13912345678确认')] },
    };
    const { next, fields } = anonymiseCase(before, AT);
    expect(next.grading!.returns).toEqual([note('请联系***核实')]);
    expect(next.plan!.returns).toEqual([note('补偿请致电***确认')]);
    expect(next.plan!.returnReason).toBe('补偿请致电***确认');
    expect(fields).toEqual(expect.arrayContaining(['grading.returns.reason', 'plan.returnReason', 'plan.returns.reason']));
  });

  it('redacts the legal opinions a revision replaced, kept on the plan', () => {
    const base = closedCase();
    const before = { ...base, plan: { ...base.plan!, earlierOpinions: [{ text: '陈晓燕（13912345678）已委托律师', at: 5, by: staff }] } };
    const { next, fields } = anonymiseCase(before, AT);
    expect(next.plan!.earlierOpinions).toEqual([{ text: '***（***）已委托律师', at: 5, by: staff }]);
    expect(next.plan!.legalOpinion?.text).toBe('***可能起诉');
    expect(fields).toEqual(expect.arrayContaining(['plan.legalOpinion.text', 'plan.earlierOpinions.text']));
    expect(JSON.stringify(next)).not.toContain('陈晓燕');
  });

  it('redacts why a clock was paused, on the current clocks and on an earlier handling’s', () => {
    const base = closedCase();
    const paused = { kind: 'resolution' as const, mode: 'calendar' as const, budgetMs: 1, startedAt: 1, consumedMs: 1, runningSince: null, dueAt: 2, state: 'met' as const, completedAt: 2 };
    const pause = { from: 1, to: 2, reason: '等陈晓燕回电13912345678' };
    const before = { ...base, clocks: { ...base.clocks, resolution: { ...paused, pauses: [pause] } }, earlierResolutions: [{ ...paused, pauses: [pause] }] };
    const { next, fields } = anonymiseCase(before, AT);
    expect(next.clocks.resolution!.pauses[0]!.reason).toBe('等***回电***');
    expect(next.earlierResolutions![0]!.pauses[0]!.reason).toBe('等***回电***');
    expect({ ...next.clocks.resolution!, pauses: [] }).toEqual({ ...paused, pauses: [] });
    expect(fields).toEqual(expect.arrayContaining(['clocks.pauses.reason', 'earlierResolutions.pauses.reason']));
  });

  it('leaves out the postal address and the source ticket number, and redacts them from the texts', () => {
    const address = '浙江省杭州市西湖区文三路88号';
    const before = { ...closedCase(), address, referralNo: '1433010020261125000815', description: `来信地址：${address}，12315工单1433010020261125000815` };
    const { next, fields } = anonymiseCase(before, AT);
    expect(['address' in next, 'referralNo' in next]).toEqual([false, false]);
    expect(next.description).toBe('来信地址：***，12315工单***');
    expect(fields.slice(0, 6)).toEqual(['customerName', 'phone', 'email', 'address', 'orderNo', 'referralNo']);
    expect(anonymiseCase(closedCase(), AT).fields).not.toContain('address');
  });

  it('redacts the texts of the surveys taken before a re-handling too', () => {
    const before = closedCase();
    const earlier = { ...before.feedback!, satisfied: false, comment: '不满意，请打13912345678找陈晓燕' };
    const { next, fields } = anonymiseCase({ ...before, earlierSurveys: [earlier] }, AT);
    expect(next.earlierSurveys?.[0]).toMatchObject({ comment: '不满意，请打***找***', scores: earlier.scores, satisfied: false });
    expect(fields).toContain('earlierSurveys.comment');
  });

  it('redacts why registered details were corrected, keeping which fields and who', () => {
    const note = { fields: ['phone' as const], reason: '原号码13812345678输错，陈晓燕来电更正', at: 5, by: staff };
    const { next, fields } = anonymiseCase({ ...closedCase(), corrections: [note] }, AT);
    expect(next.corrections).toEqual([{ ...note, reason: '原号码***输错，***来电更正' }]);
    expect(fields).toContain('corrections.reason');
  });

  it('redacts the plans of earlier handlings: what was promised stays, whom to is gone', () => {
    const base = closedCase();
    const earlier = { ...base.plan!, measures: ['致电13912345678向陈晓燕道歉'], resources: '陈晓燕家中上门' };
    const { next, fields } = anonymiseCase({ ...base, earlierPlans: [earlier] }, AT);
    expect(next.earlierPlans![0]).toMatchObject({ measures: ['致电***向***道歉'], resources: '***家中上门', compensation: earlier.compensation });
    expect(fields).toEqual(expect.arrayContaining(['earlierPlans.measures', 'earlierPlans.resources']));
  });

  it('redacts what the customer was asked for at 初审 and the note on what came', () => {
    const request = { missing: '陈晓燕的订单号', askedAt: 1, askedBy: staff, received: { note: '13912345678来电补充', at: 2, by: staff } };
    const { next, fields } = anonymiseCase({ ...closedCase(), infoRequests: [request] }, AT);
    expect(next.infoRequests).toEqual([{ ...request, missing: '***的订单号', received: { ...request.received, note: '***来电补充' } }]);
    expect(fields).toEqual(expect.arrayContaining(['infoRequests.missing', 'infoRequests.received.note']));
  });

  it('redacts the note a case was terminated with', () => {
    const termination = { reason: 'withdrawn' as const, note: '陈晓燕来电（13912345678）撤回投诉', from: 'executing' as const, at: 1, by: staff };
    const { next, fields } = anonymiseCase({ ...closedCase(), status: 'terminated', termination }, AT);
    expect(next.termination).toEqual({ ...termination, note: '***来电（***）撤回投诉' });
    expect(fields).toContain('termination.note');
  });

  it('does not touch the record it is given', () => {
    const before = closedCase();
    anonymiseCase(before, AT);
    expect(before).toEqual(closedCase());
  });
});

describe('anonymiseEntry', () => {
  const known = knownIdentifiers(closedCase());
  const entry = (data: Partial<CaseEntry>): CaseEntry => ({ id: 'e-1', caseId: 'c-1', at: 1, by: staff, ...data }) as CaseEntry;

  it('redacts the texts of each kind of entry', () => {
    const contact = anonymiseEntry(entry({ kind: 'contact', channel: 'phone', contactedAt: 1, summary: '陈晓燕说换号了：13700001111' }), known);
    expect(contact.next).toMatchObject({ kind: 'contact', channel: 'phone', summary: '***说换号了：***' });
    expect(contact.fields).toEqual(['contact.summary']);
    const check = anonymiseEntry(entry({ kind: 'check', department: '物流配送部', checked: '订单JD20261123001', finding: '未签收' }), known);
    expect(check.next).toMatchObject({ department: '物流配送部', checked: '订单***', finding: '未签收' });
    expect(anonymiseEntry(entry({ kind: 'progress', text: '已补发' }), known)).toEqual({ next: entry({ kind: 'progress', text: '已补发' }), fields: [] });
  });

  it('knows the customer by name, phone, e-mail, order number, address and ticket number', () => {
    expect(known).toEqual(['陈晓燕', '13912345678', 'chen.xy@example.com', 'JD20261123001']);
    expect(knownIdentifiers({ ...closedCase(), address: '杭州市文三路88号', referralNo: '1433010020261125000815' })).toEqual([
      '陈晓燕',
      '13912345678',
      'chen.xy@example.com',
      'JD20261123001',
      // The address as registered and as a note shortens it (文三路88号).
      '杭州市文三路88号',
      '文三路88号',
      '1433010020261125000815',
    ]);
    expect(knownIdentifiers({ customerName: ANONYMISED_NAME, phone: '', email: '', orderNo: '' })).toEqual([]);
  });
});

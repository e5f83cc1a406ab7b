import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../../src-renderer/domain/audit/chain';
import { historyQuotes, redactImprovement, textsWithheld, withheldImprovementEvent } from '../../../../../src-renderer/domain/improvements/anonymise';
import type { ImprovementRecord } from '../../../../../src-renderer/domain/improvements/schema';
import { currentImprovement } from '../../../../../src-renderer/domain/improvements/verifications';

const T0 = new Date(2026, 10, 2, 10).getTime();
const director = { id: 'u-director', name: '总监周' };
const KNOWN = ['陈晓燕', '13912345678'];

const measure: ImprovementRecord = {
  id: 'imp-1',
  title: '陈晓燕投诉丢件整改',
  rootCause: '承运商运力不足',
  action: '回电139-1234-5678说明',
  owner: { id: 'u-supervisor', name: '主管老陈' },
  dueAt: T0,
  caseIds: ['c1', 'c2'],
  status: 'open',
  effective: null,
  verificationNote: '',
  createdAt: T0,
  updatedAt: T0,
  verifiedAt: null,
  verifiedBy: null,
  verifications: [{ at: T0, by: director, effective: false, note: '陈晓燕仍不满意', action: '第一轮：陈晓燕改为自提', dueAt: T0 }],
};

const event = (n: number, changes: AuditEvent['changes']): AuditEvent => ({
  subject: 'improvement:imp-1',
  n,
  at: T0 + n,
  actor: { id: 'u-director', name: '总监周', role: 'director' },
  command: 'improvements.save',
  changes,
  prevHash: '',
  hash: '',
});

describe('an improvement measure when a linked case is anonymised', () => {
  it('takes the customer out of every text, the verdicts’ too, and names the fields changed', () => {
    const { next, fields } = redactImprovement(currentImprovement(measure), KNOWN);
    expect(fields).toEqual(['title', 'action', 'verifications.0.note', 'verifications.0.action']);
    expect(next).toMatchObject({ title: '***投诉丢件整改', rootCause: '承运商运力不足', action: '回电***说明' });
    expect(next.verifications[0]).toMatchObject({ note: '***仍不满意', action: '第一轮：***改为自提', effective: false, by: director });
    // The record passed in is not changed.
    expect(measure.title).toBe('陈晓燕投诉丢件整改');
  });

  it('gives back the same record when nothing quotes the customer', () => {
    const plain = currentImprovement({ ...measure, title: '丢件整改', action: '增加备用承运商', verifications: [] });
    expect(redactImprovement(plain, KNOWN)).toEqual({ next: plain, fields: [] });
    expect(redactImprovement(currentImprovement(measure), [])).toMatchObject({ fields: [] });
  });

  it('finds the customer quoted in what earlier events recorded, a verdict’s note included', () => {
    expect(historyQuotes([event(1, { rootCause: { before: null, after: '承运商运力不足' } })], KNOWN)).toBe(false);
    expect(historyQuotes([event(1, { rootCause: { before: '客户 139 1234 5678 多次来电', after: '客户多次来电' } })], KNOWN)).toBe(true);
    const verdicts = { verifications: { before: [], after: [{ at: T0, by: director, effective: false, note: '已回访陈晓燕', action: '', dueAt: T0 }] } };
    expect(historyQuotes([event(1, { dueAt: { before: 1, after: 2 } }), event(2, verdicts)], KNOWN)).toBe(true);
  });

  it('shows an event’s texts withheld and keeps what was decided, when and by whom', () => {
    const shown = withheldImprovementEvent(
      event(3, {
        title: { before: '陈晓燕投诉', after: '丢件整改' },
        rootCause: { before: '', after: '承运商' },
        dueAt: { before: T0, after: T0 + 1 },
        owner: { before: null, after: director },
        verifications: { before: null, after: [{ at: T0, by: director, effective: true, note: '有效', action: '', dueAt: T0 }] },
      }),
    );
    expect(shown.changes).toEqual({
      title: { before: '***', after: '***' },
      rootCause: { before: '', after: '***' },
      dueAt: { before: T0, after: T0 + 1 },
      owner: { before: null, after: director },
      verifications: { before: null, after: [{ at: T0, by: director, effective: true, note: '***', action: '', dueAt: T0 }] },
    });
    expect(shown.actor).toEqual(event(3, {}).actor);
  });

  it('withholds the events up to the one the anonymisation recorded, not later ones', () => {
    expect(textsWithheld(undefined, { n: 1 })).toBe(false);
    expect(textsWithheld({}, { n: 1 })).toBe(false);
    expect(textsWithheld({ textsWithheldThrough: 4 }, { n: 4 })).toBe(true);
    expect(textsWithheld({ textsWithheldThrough: 4 }, { n: 5 })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../../src-renderer/domain/audit/chain';
import { casesNamedIn, mapLinkTexts } from '../../../../../src-renderer/domain/cases/link-texts';

const event = (command: string, detail: Record<string, unknown>, changes: AuditEvent['changes'] = {}): AuditEvent => ({
  subject: 'p',
  n: 2,
  at: 1,
  actor: { id: 'u', name: '王晓', role: 'agent' },
  command,
  changes,
  detail,
  prevHash: 'a',
  hash: 'b',
});

const merged = (no: string, note: string, via?: string) => ({
  id: no,
  no,
  at: 1,
  by: { id: 'u', name: '王晓' },
  informed: { outcome: 'informed', channel: 'phone', note, at: 2, by: { id: 'u', name: '王晓' }, reopenCount: 0 },
  ...(via ? { via: { id: via, no: via, at: 3, informed: { note: `经${via}告知` } } } : {}),
});

describe('the texts of a case’s history about other cases', () => {
  it('maps the note or reason of 并入, 告知, 关联 and 取消关联 events with the other case’s number, not other commands’', () => {
    const upper = (text: string, no: string) => `${no}:${text}`;
    expect(mapLinkTexts(event('cases.merge', { caseNo: 'D', note: '李雷来信' }), upper).detail).toEqual({ caseNo: 'D', note: 'D:李雷来信' });
    expect(mapLinkTexts(event('feedback.informMerged', { caseNo: 'D', outcome: 'informed', note: '已告知' }), upper).detail!.note).toBe('D:已告知');
    expect(mapLinkTexts(event('cases.unlink', { caseNo: 'R', kind: 'same_order', reason: '误关联' }), upper).detail!.reason).toBe('R:误关联');
    const own = event('cases.terminate', { reason: '客户撤诉', unlinkedNo: 'R' });
    expect(mapLinkTexts(own, upper)).toBe(own);
  });

  it('maps the notes in the lists an event recorded, each with its own case, before and after', () => {
    const before = [merged('D', '已致电李雷')];
    const after = [merged('D', '已致电李雷'), merged('E', '已寄信', 'F')];
    const related = [{ id: 'R', no: 'R', kind: 'other', note: '同一楼栋', at: 1, by: { id: 'u', name: '王晓' } }];
    const mapped = mapLinkTexts(event('feedback.informMerged', { caseNo: 'E', note: '' }, { mergedCases: { before, after }, relatedCases: { before: [], after: related } }), (text, no) => `${no}:${text}`);
    expect((mapped.changes.mergedCases!.before as typeof before)[0]!.informed.note).toBe('D:已致电李雷');
    const shown = mapped.changes.mergedCases!.after as Array<ReturnType<typeof merged>>;
    expect(shown.map((m) => [m.informed.note, m.via?.informed.note])).toEqual([
      ['D:已致电李雷', undefined],
      ['E:已寄信', 'E:经F告知'],
    ]);
    expect((mapped.changes.relatedCases!.after as typeof related)[0]!.note).toBe('R:同一楼栋');
    // The stored event is untouched.
    expect(before[0]!.informed.note).toBe('已致电李雷');
  });

  it('names each other case whose notes the events hold, once', () => {
    const events = [
      event('cases.merge', { caseNo: 'D', note: '重复' }, { mergedCases: { before: [], after: [merged('D', '')] } }),
      event('cases.link', { caseNo: 'R', kind: 'other', note: '同一楼栋' }),
      event('feedback.informMerged', { caseNo: 'E', note: '' }, { mergedCases: { before: [], after: [merged('E', '已告知')] } }),
      event('progress.add', { entryId: 'x' }),
    ];
    expect(casesNamedIn(events).sort()).toEqual(['D', 'E', 'R']);
  });
});

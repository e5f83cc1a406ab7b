import { describe, expect, it } from 'vitest';
import { activeHold, isHeld, placeHoldInput, ReleaseHoldInput, type LegalHold } from '../../../../../src-renderer/domain/cases/legal-hold';
import { anonymiseCase } from '../../../../../src-renderer/domain/privacy/anonymise';
import { ineligibility } from '../../../../../src-renderer/domain/privacy/retention';
import { closedCase, staff } from '../privacy/fixtures';

const NOW = Date.UTC(2030, 0, 1);
const DAY = 86_400_000;
const hold = (released: LegalHold['released'] = null): LegalHold => ({
  kind: 'litigation',
  reason: '陈晓燕（13912345678）起诉',
  reference: '（2026）沪0115民初1234号',
  until: null,
  placedAt: 1,
  placedBy: staff,
  released,
});

describe('legal holds', () => {
  it('stand until released: only the last hold, not released, is in force', () => {
    expect(activeHold({})).toBeNull();
    expect(isHeld({ legalHolds: [hold()] })).toBe(true);
    expect(isHeld({ legalHolds: [hold({ note: '撤诉', at: 2, by: staff })] })).toBe(false);
    const second = hold();
    expect(activeHold({ legalHolds: [hold({ note: '撤诉', at: 2, by: staff }), second] })).toBe(second);
  });

  it('need the grounds and a reason; an expected end must lie ahead; a release needs its reason', () => {
    const parse = (input: Record<string, unknown>) => placeHoldInput(NOW).safeParse({ caseId: 'c1', ...input });
    expect(parse({ kind: 'insurance', reason: '保险公司理赔调查' }).data).toEqual({ caseId: 'c1', kind: 'insurance', reason: '保险公司理赔调查', reference: '', until: null });
    expect(parse({ reason: '理赔' }).error?.issues.map((i) => [i.path[0], i.message])).toEqual([['kind', 'validation.chooseOne']]);
    expect(parse({ kind: 'other', reason: '  ' }).error?.issues.map((i) => [i.path[0], i.message])).toEqual([['reason', 'validation.required']]);
    expect(parse({ kind: 'other', reason: '诉讼', until: NOW - DAY }).error?.issues.map((i) => [i.path[0], i.message])).toEqual([['until', 'validation.mustBeFuture']]);
    expect(ReleaseHoldInput.safeParse({ caseId: 'c1', note: '' }).success).toBe(false);
  });

  it('make a case past its retention ineligible for anonymisation (legalHold), until released', () => {
    const record = { ...closedCase(), closedAt: NOW - 2000 * DAY };
    expect(ineligibility(record, NOW, 1095)).toBeNull();
    expect(ineligibility({ ...record, legalHolds: [hold()] }, NOW, 1095)).toBe('legalHold');
    expect(ineligibility({ ...record, legalHolds: [hold({ note: '结案', at: 2, by: staff })] }, NOW, 1095)).toBeNull();
    // Not past retention, or open: that reason comes first.
    expect(ineligibility({ ...record, closedAt: NOW - DAY, legalHolds: [hold()] }, NOW, 1095)).toBe('withinRetention');
  });

  it('have their texts redacted when the case is anonymised after the release', () => {
    const released = hold({ note: '陈晓燕撤诉，电话13912345678', at: 2, by: staff });
    const { next, fields } = anonymiseCase({ ...closedCase(), legalHolds: [released] }, NOW);
    expect(next.legalHolds![0]).toMatchObject({ reason: '***（***）起诉', reference: '（2026）沪0115民初1234号', released: { note: '***撤诉，电话***' } });
    expect(fields).toEqual(expect.arrayContaining(['legalHolds.reason', 'legalHolds.released.note']));
  });
});

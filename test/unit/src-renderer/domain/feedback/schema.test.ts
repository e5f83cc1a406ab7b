import { describe, expect, it } from 'vitest';
import { QualityReturnInput, recordFeedbackInput, unreachableInput } from '../../../../../src-renderer/domain/feedback/schema';
import { errorsOf, schemaCases, text } from '../schema-cases';

const NOW = new Date(2026, 10, 23, 10).getTime();
const caseId = 'case-1';
const scores = { efficiency: 5, resolution: 4, attitude: 3, compensation: 1 };

describe('recordFeedbackInput (反馈回访)', () => {
  schemaCases(
    recordFeedbackInput(NOW),
    { caseId, channel: 'phone', result: '已告知处理结果', at: NOW - 60_000, scores, comment: '满意', satisfied: true, reopenReason: '' },
    [
      ['refuses an unknown channel', { channel: 'telepathy' }, { channel: ['validation.chooseOne'] }],
      ['requires the result told', { result: '' }, { result: ['validation.required'] }],
      ['refuses a call in the future', { at: NOW + 2 * 60_000 }, { at: ['validation.notInFuture'] }],
      ['refuses a score of 0', { scores: { ...scores, efficiency: 0 } }, { 'scores.efficiency': ['validation.scoreRange'] }],
      ['refuses a score of 6', { scores: { ...scores, attitude: 6 } }, { 'scores.attitude': ['validation.scoreRange'] }],
      ['refuses a half score', { scores: { ...scores, resolution: 3.5 } }, { 'scores.resolution': ['validation.scoreRange'] }],
      ['requires every dimension', { scores: { efficiency: 5, resolution: 5, attitude: 5 } }, { 'scores.compensation': ['validation.scoreRange'] }],
      ['requires the satisfaction answer', { satisfied: undefined }, { satisfied: ['validation.chooseOne'] }],
      ['requires a reason to reopen when not satisfied', { satisfied: false }, { reopenReason: ['validation.required'] }],
      ['accepts not satisfied with a reason', { satisfied: false, reopenReason: '补偿不足' }, {}],
      ['refuses a comment over 2000 characters', { comment: text(2001) }, { comment: ['validation.tooLong'] }],
    ],
  );

  it('accepts every score from 1 to 5', () => {
    for (const n of [1, 2, 3, 4, 5]) {
      const all = { efficiency: n, resolution: n, attitude: n, compensation: n };
      expect(errorsOf(recordFeedbackInput(NOW), { caseId, channel: 'email', result: 'x', at: NOW, scores: all, satisfied: true })).toEqual({});
    }
  });
});

describe('unreachableInput (联系不上)', () => {
  schemaCases(unreachableInput(NOW), { caseId, channel: 'phone', at: NOW - 60_000, reason: 'no_answer', note: '响铃一分钟无人接' }, [
    ['refuses an unknown channel', { channel: '' }, { channel: ['validation.chooseOne'] }],
    ['accepts no note', { note: undefined }, {}],
    ['requires the reason', { reason: '' }, { reason: ['validation.chooseOne'] }],
    ['refuses an unknown reason', { reason: 'aliens' }, { reason: ['validation.chooseOne'] }],
    ['requires when the call was made', { at: undefined }, { at: ['validation.required'] }],
    ['refuses a call in the future', { at: NOW + 2 * 60_000 }, { at: ['validation.notInFuture'] }],
    ['requires a note for 其他', { reason: 'other', note: '' }, { note: ['validation.required'] }],
    ['accepts 其他 with a note', { reason: 'other', note: '家人代接，说本人出差' }, {}],
  ]);
});

describe('QualityReturnInput (质量退回)', () => {
  schemaCases(QualityReturnInput, { caseId, reason: '回访记录不完整' }, [
    ['requires a reason', { reason: '' }, { reason: ['validation.required'] }],
    ['refuses over 2000 characters', { reason: text(2001) }, { reason: ['validation.tooLong'] }],
  ]);
});

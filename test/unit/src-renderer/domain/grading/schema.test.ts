import { describe } from 'vitest';
import { ApproveGradingInput, ReturnInput, SubmitGradingInput } from '../../../../../src-renderer/domain/grading/schema';
import { schemaCases, text } from '../schema-cases';

const caseId = 'case-1';

describe('SubmitGradingInput (分类定级)', () => {
  schemaCases(
    SubmitGradingInput,
    { caseId, category: 'logistics', subCategory: '配送延误', severity: 'serious', rationale: '影响客户使用', department: '物流配送部' },
    [
      ['accepts no sub-category', { subCategory: undefined }, {}],
      ['refuses an unknown category', { category: 'weather' }, { category: ['validation.chooseOne'] }],
      ['requires the category', { category: undefined }, { category: ['validation.chooseOne'] }],
      ['refuses an unknown severity', { severity: 'critical' }, { severity: ['validation.chooseOne'] }],
      ['requires the rationale', { rationale: '  ' }, { rationale: ['validation.required'] }],
      ['refuses a rationale over 2000 characters', { rationale: text(2001) }, { rationale: ['validation.tooLong'] }],
      ['requires the department', { department: '' }, { department: ['validation.required'] }],
      ['refuses a sub-category over 60 characters', { subCategory: text(61) }, { subCategory: ['validation.tooLong'] }],
    ],
  );
});

describe('ApproveGradingInput', () => {
  schemaCases(ApproveGradingInput, { caseId }, [['requires the case', { caseId: '' }, { caseId: ['validation.required'] }]]);
});

describe('ReturnInput (退回)', () => {
  schemaCases(ReturnInput, { caseId, reason: '定级偏低' }, [
    ['requires a reason', { reason: '' }, { reason: ['validation.required'] }],
    ['refuses over 2000 characters', { reason: text(2001) }, { reason: ['validation.tooLong'] }],
  ]);
});

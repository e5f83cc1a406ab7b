import { describe, expect, it } from 'vitest';
import { ApprovePlanInput, LegalReviewInput, submitPlanInput } from '../../../../../src-renderer/domain/plans/schema';
import { errorsOf, schemaCases, text } from '../schema-cases';

const NOW = new Date(2026, 10, 23, 10).getTime();
const DAY = 86_400_000;
const caseId = 'case-1';
const valid = {
  caseId,
  measures: ['补发商品', '致电道歉'],
  ownerId: 'u-agent',
  department: '物流配送部',
  collaborators: ['客服中心'],
  dueAt: NOW + 3 * DAY,
  resources: '仓库备货',
  compensation: { type: 'voucher', amount: 50 },
  legalRisk: false,
};

describe('submitPlanInput (处理方案)', () => {
  schemaCases(submitPlanInput(NOW), valid, [
    ['requires at least one measure', { measures: [] }, { measures: ['validation.measuresRequired'] }],
    ['does not count blank measures', { measures: ['  ', ''] }, { measures: ['validation.measuresRequired'] }],
    ['refuses a measure over 1000 characters', { measures: [text(1001)] }, { 'measures.0': ['validation.tooLong'] }],
    ['refuses more than 30 measures', { measures: Array.from({ length: 31 }, (_, i) => `措施${i}`) }, { measures: ['validation.tooMany'] }],
    ['requires an owner', { ownerId: '' }, { ownerId: ['validation.required'] }],
    ['requires the department', { department: ' ' }, { department: ['validation.required'] }],
    ['refuses a blank collaborator', { collaborators: [''] }, { 'collaborators.0': ['validation.required'] }],
    ['refuses a due date in the past', { dueAt: NOW - 1 }, { dueAt: ['validation.mustBeFuture'] }],
    ['requires the due date', { dueAt: undefined }, { dueAt: ['validation.required'] }],
    ['refuses a due date after 2100', { dueAt: Date.UTC(2100, 0, 2) }, { dueAt: ['validation.invalid'] }],
    ['refuses an unknown compensation type', { compensation: { type: 'shares', amount: null } }, { 'compensation.type': ['validation.chooseOne'] }],
    ['requires an amount for a voucher', { compensation: { type: 'voucher', amount: null } }, { 'compensation.amount': ['validation.amountRequired'] }],
    ['requires a positive amount for a refund', { compensation: { type: 'refund', amount: 0 } }, { 'compensation.amount': ['validation.amountRequired'] }],
    ['requires an amount for cash', { compensation: { type: 'cash' } }, { 'compensation.amount': ['validation.amountRequired'] }],
    ['refuses a negative amount', { compensation: { type: 'goods', amount: -1 } }, { 'compensation.amount': ['validation.compensationRange'] }],
    ['refuses a fraction of a fen (it could never be confirmed as paid)', { compensation: { type: 'cash', amount: 12.345 } }, { 'compensation.amount': ['validation.wholeFen'] }],
    ['accepts a large amount in fen that binary floating point cannot multiply exactly', { compensation: { type: 'cash', amount: 318783749.85 } }, {}],
    ['refuses a collaborator listed twice', { collaborators: ['财务部', '财务部'] }, { collaborators: ['validation.duplicate'] }],
    ['accepts goods without an amount', { compensation: { type: 'goods', amount: null } }, {}],
    ['accepts no compensation at all', { compensation: undefined }, {}],
    ['refuses resources over 2000 characters', { resources: text(2001) }, { resources: ['validation.tooLong'] }],
  ]);

  it('promises no amount with no compensation (an amount left from another type would print)', () => {
    const parsed = submitPlanInput(NOW).parse({ caseId, measures: ['补发'], ownerId: 'u-agent', department: '客服中心', dueAt: NOW + DAY, compensation: { type: 'none', amount: 500 } });
    expect(parsed.compensation).toEqual({ type: 'none', amount: null });
  });

  it('drops blank measures and fills the defaults', () => {
    const parsed = submitPlanInput(NOW).parse({ caseId, measures: [' 补发 ', ''], ownerId: 'u-agent', department: '客服中心', dueAt: NOW + DAY });
    expect(parsed).toMatchObject({ measures: ['补发'], collaborators: [], resources: '', compensation: { type: 'none', amount: null }, legalRisk: false });
  });

  it('judges the due date against the clock it was built with', () => {
    expect(errorsOf(submitPlanInput(NOW + 4 * DAY), valid)).toEqual({ dueAt: ['validation.mustBeFuture'] });
  });
});

describe('LegalReviewInput (法务意见)', () => {
  schemaCases(LegalReviewInput, { caseId, opinion: '无法律障碍' }, [
    ['requires the opinion', { opinion: '' }, { opinion: ['validation.required'] }],
    ['refuses over 4000 characters', { opinion: text(4001) }, { opinion: ['validation.tooLong'] }],
  ]);
});

describe('ApprovePlanInput', () => {
  schemaCases(ApprovePlanInput, { caseId }, [['requires the case', { caseId: undefined }, { caseId: ['validation.required'] }]]);
});

import { describe } from 'vitest';
import { SaveImprovementInput, VerifyImprovementInput } from '../../../../../src-renderer/domain/improvements/schema';
import { schemaCases, text } from '../schema-cases';

const valid = {
  title: '配送延误整改',
  rootCause: '承运商高峰期运力不足',
  action: '增加备用承运商',
  ownerId: 'u-supervisor',
  dueAt: new Date(2026, 11, 31).getTime(),
  caseIds: ['case-1', 'case-2'],
};

describe('SaveImprovementInput (整改措施)', () => {
  schemaCases(SaveImprovementInput, valid, [
    ['accepts an id when editing', { id: 'imp-1' }, {}],
    ['requires a title', { title: '' }, { title: ['validation.required'] }],
    ['refuses a title over 200 characters', { title: text(201) }, { title: ['validation.tooLong'] }],
    ['requires the root cause', { rootCause: ' ' }, { rootCause: ['validation.required'] }],
    ['requires the action', { action: undefined }, { action: ['validation.required'] }],
    ['requires an owner', { ownerId: '' }, { ownerId: ['validation.required'] }],
    ['requires a due date', { dueAt: undefined }, { dueAt: ['validation.required'] }],
    ['refuses a due date before 2000', { dueAt: 0 }, { dueAt: ['validation.invalid'] }],
    ['requires at least one linked case', { caseIds: [] }, { caseIds: ['validation.casesRequired'] }],
    ['refuses an empty case id', { caseIds: [''] }, { 'caseIds.0': ['validation.required'] }],
  ]);
});

describe('VerifyImprovementInput (效果验证)', () => {
  schemaCases(VerifyImprovementInput, { id: 'imp-1', effective: true, note: '投诉下降' }, [
    ['requires the improvement', { id: '' }, { id: ['validation.required'] }],
    ['requires the verdict', { effective: undefined }, { effective: ['validation.chooseOne'] }],
    ['accepts no note', { note: undefined }, {}],
  ]);
});

import { describe } from 'vitest';
import { AcceptInput, InfoReceivedInput, RedirectInput, RequestInfoInput } from '../../../../../src-renderer/domain/screening/schema';
import { schemaCases, text } from '../schema-cases';

const caseId = 'case-1';
const noCase: [string, Record<string, unknown>, Record<string, string[]>][] = [
  ['refuses a missing case id', { caseId: undefined }, { caseId: ['validation.required'] }],
  ['refuses an empty case id', { caseId: '' }, { caseId: ['validation.required'] }],
];

describe('AcceptInput (受理)', () => {
  schemaCases(AcceptInput, { caseId, note: '符合受理条件' }, [
    ...noCase,
    ['accepts no note', { note: undefined }, {}],
    ['refuses a note over 2000 characters', { note: text(2001) }, { note: ['validation.tooLong'] }],
  ]);
});

describe('RedirectInput (转办/不予受理)', () => {
  schemaCases(RedirectInput, { caseId, reason: '属于厂家保修', referredTo: '厂家售后' }, [
    ...noCase,
    ['requires a reason', { reason: '  ' }, { reason: ['validation.required'] }],
    ['requires where the customer was referred', { referredTo: undefined }, { referredTo: ['validation.required'] }],
    ['refuses a destination over 200 characters', { referredTo: text(201) }, { referredTo: ['validation.tooLong'] }],
  ]);
});

describe('RequestInfoInput (待补充)', () => {
  schemaCases(RequestInfoInput, { caseId, missing: '订单号' }, [
    ...noCase,
    ['requires what is missing', { missing: '' }, { missing: ['validation.required'] }],
    ['refuses over 2000 characters', { missing: text(2001) }, { missing: ['validation.tooLong'] }],
  ]);
});

describe('InfoReceivedInput', () => {
  schemaCases(InfoReceivedInput, { caseId, note: '客户已补充订单号' }, [...noCase, ['accepts no note', { note: undefined }, {}]]);
});

import { describe } from 'vitest';
import {
  AddProgressInput,
  CompleteExecutionInput,
  DecideExtensionInput,
  PauseInput,
  requestExtensionInput,
  ResumeInput,
} from '../../../../../src-renderer/domain/progress/schema';
import { schemaCases, text } from '../schema-cases';

const NOW = new Date(2026, 10, 23, 10).getTime();
const caseId = 'case-1';

describe('AddProgressInput (处理进度)', () => {
  schemaCases(AddProgressInput, { caseId, text: '已联系仓库' }, [
    ['requires the text', { text: '' }, { text: ['validation.required'] }],
    ['refuses over 4000 characters', { text: text(4001) }, { text: ['validation.tooLong'] }],
  ]);
});

describe('requestExtensionInput (延期申请)', () => {
  schemaCases(requestExtensionInput(NOW), { caseId, reason: '等待配件', newDueAt: NOW + 86_400_000 }, [
    ['requires a reason', { reason: ' ' }, { reason: ['validation.required'] }],
    ['refuses a new deadline in the past', { newDueAt: NOW - 60_000 }, { newDueAt: ['validation.mustBeFuture'] }],
    ['requires the new deadline', { newDueAt: undefined }, { newDueAt: ['validation.required'] }],
    ['refuses a fractional instant', { newDueAt: NOW + 0.5 }, { newDueAt: ['validation.invalid'] }],
  ]);
});

describe('DecideExtensionInput (延期审批)', () => {
  schemaCases(DecideExtensionInput, { caseId, requestId: 'req-1', approve: true, note: '同意' }, [
    ['requires the request', { requestId: '' }, { requestId: ['validation.required'] }],
    ['requires a decision', { approve: undefined }, { approve: ['validation.chooseOne'] }],
    ['refuses a decision given as text', { approve: 'yes' }, { approve: ['validation.chooseOne'] }],
    ['accepts no note', { note: undefined }, {}],
    ['requires a reason to reject', { approve: false, note: undefined }, { note: ['validation.required'] }],
    ['does not take blanks for a reason to reject', { approve: false, note: '  ' }, { note: ['validation.required'] }],
    ['accepts a rejection with its reason', { approve: false, note: '配件已到货，无需延期' }, {}],
  ]);
});

describe('PauseInput (暂停计时)', () => {
  schemaCases(PauseInput, { caseId, reason: '等待客户寄回商品' }, [
    ['requires a reason', { reason: '' }, { reason: ['validation.required'] }],
    ['refuses over 2000 characters', { reason: text(2001) }, { reason: ['validation.tooLong'] }],
  ]);
});

describe('ResumeInput', () => {
  schemaCases(ResumeInput, { caseId, note: '已收到' }, [['accepts no note', { note: undefined }, {}]]);
});

describe('CompleteExecutionInput (处理完成)', () => {
  schemaCases(CompleteExecutionInput, { caseId, summary: '已补发' }, [
    ['requires a summary', { summary: '' }, { summary: ['validation.required'] }],
    ['refuses over 4000 characters', { summary: text(4001) }, { summary: ['validation.tooLong'] }],
  ]);
});

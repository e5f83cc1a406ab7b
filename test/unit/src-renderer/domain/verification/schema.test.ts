import { describe, expect, it } from 'vitest';
import { AddCheckInput, addContactInput, CompleteVerificationInput } from '../../../../../src-renderer/domain/verification/schema';
import { errorsOf, schemaCases, text } from '../schema-cases';

const NOW = new Date(2026, 10, 23, 10).getTime();
const caseId = 'case-1';

describe('AddCheckInput (内部核查)', () => {
  schemaCases(AddCheckInput, { caseId, department: '物流配送部', checked: '物流记录', finding: '延误两天' }, [
    ['requires the department', { department: '' }, { department: ['validation.required'] }],
    ['refuses a department over 60 characters', { department: text(61) }, { department: ['validation.tooLong'] }],
    ['requires what was checked', { checked: undefined }, { checked: ['validation.required'] }],
    ['requires the finding', { finding: ' ' }, { finding: ['validation.required'] }],
    ['refuses a finding over 2000 characters', { finding: text(2001) }, { finding: ['validation.tooLong'] }],
  ]);
});

describe('addContactInput (联系客户)', () => {
  schemaCases(addContactInput(NOW), { caseId, channel: 'phone', contactedAt: NOW - 3600_000, summary: '客户确认' }, [
    ['refuses an unknown channel', { channel: 'fax' }, { channel: ['validation.chooseOne'] }],
    ['refuses a contact in the future', { contactedAt: NOW + 5 * 60_000 }, { contactedAt: ['validation.notInFuture'] }],
    ['requires the time', { contactedAt: undefined }, { contactedAt: ['validation.required'] }],
    ['refuses a time before 2000', { contactedAt: Date.UTC(1999, 0, 1) }, { contactedAt: ['validation.beforeEarliest'] }],
    ['requires a summary', { summary: '' }, { summary: ['validation.required'] }],
  ]);

  it('allows a minute of clock skew', () => {
    expect(errorsOf(addContactInput(NOW), { caseId, channel: 'email', contactedAt: NOW + 60_000, summary: 'x' })).toEqual({});
  });
});

describe('CompleteVerificationInput (已核实)', () => {
  schemaCases(CompleteVerificationInput, { caseId, conclusion: '情况属实' }, [
    ['requires the conclusion', { conclusion: '' }, { conclusion: ['validation.required'] }],
    ['refuses over 2000 characters', { conclusion: text(2001) }, { conclusion: ['validation.tooLong'] }],
  ]);
});

import { describe, expect, it } from 'vitest';
import { exportedAttachment, WithdrawAttachmentInput, withdrawalRefusal } from '../../../../../src-renderer/domain/cases/attachment-withdrawal';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import type { AttachmentMeta } from '../../../../../src-renderer/domain/cases/entries';
import { ROLES, type Role } from '../../../../../src-renderer/domain/users/roles';
import { schemaCases, text } from '../schema-cases';

type CaseState = Parameters<typeof withdrawalRefusal>[1];

const AGENT = { id: 'u-agent', name: '客服小王' };
const verifying: CaseState = { no: 'TS-20261123-0001', status: 'verifying', archived: 0 };
const file: AttachmentMeta = {
  id: 'a-1',
  caseId: 'c-1',
  name: '另一位客户的照片.jpg',
  type: 'image/jpeg',
  size: 1234,
  addedAt: 1,
  addedBy: AGENT,
  step: 'verification',
  sha256: 'ab'.repeat(32),
};
const as = (role: Role, id = `u-${role}`) => ({ id, role });

describe('WithdrawAttachmentInput (撤下附件)', () => {
  schemaCases(WithdrawAttachmentInput, { id: 'a-1', reason: '误传了其他客户的照片' }, [
    ['requires the reason', { reason: '' }, { reason: ['validation.required'] }],
    ['refuses a reason of spaces alone', { reason: '   \n ' }, { reason: ['validation.required'] }],
    ['refuses a reason over 500 characters', { reason: text(501) }, { reason: ['validation.tooLong'] }],
    ['takes one of 500', { reason: text(500) }, {}],
    ['requires the file', { id: '' }, { id: ['validation.required'] }],
  ]);

  it('keeps the reason trimmed', () => {
    expect(WithdrawAttachmentInput.parse({ id: 'a-1', reason: '  误传  ' }).reason).toBe('误传');
  });
});

describe('withdrawalRefusal (who may take a file off the case, when)', () => {
  it('lets a supervisor, a director, an operations director and legal withdraw any file at any step', () => {
    const later: CaseState = { ...verifying, status: 'executing' };
    for (const role of ['supervisor', 'director', 'ops_director', 'legal'] as const) expect(withdrawalRefusal(as(role), later, file), role).toBeNull();
  });

  it('lets whoever added the file withdraw it while the case is at the step they added it in, and not after', () => {
    expect(withdrawalRefusal(as('agent', AGENT.id), verifying, file)).toBeNull();
    expect(withdrawalRefusal(as('agent', AGENT.id), { ...verifying, status: 'grading' }, file)).toEqual({ code: 'attachments.withdrawStepPassed', params: { name: file.name } });
    // A terminated case stays at the step it ended at.
    const ended: CaseState = { ...verifying, status: 'terminated', termination: { from: 'verifying' } as CaseRecord['termination'] };
    expect(withdrawalRefusal(as('agent', AGENT.id), ended, file)).toBeNull();
  });

  it('refuses another agent, naming who added the file, and the roles that may neither add nor withdraw', () => {
    expect(withdrawalRefusal(as('agent', 'u-agent2'), verifying, file)).toEqual({ code: 'attachments.withdrawNotOwn', params: { name: file.name, by: '客服小王' } });
    const forbidden = ROLES.filter((role) => withdrawalRefusal(as(role), verifying, file)?.code === 'auth.forbidden');
    expect(forbidden).toEqual(['admin']);
    expect(withdrawalRefusal(as('admin'), verifying, file)).toEqual({ code: 'auth.forbidden', params: { permission: 'attachments.withdraw', role: 'admin' } });
  });

  it('refuses on an archived or anonymised case, and a file already withdrawn, naming who withdrew it', () => {
    const supervisor = as('supervisor');
    expect(withdrawalRefusal(supervisor, { ...verifying, archived: 1 }, file)).toEqual({ code: 'cases.archived', params: { no: verifying.no } });
    expect(withdrawalRefusal(supervisor, { ...verifying, anonymisedAt: 5 }, file)).toEqual({ code: 'attachments.withdrawAnonymised', params: { no: verifying.no } });
    const gone = { ...file, withdrawn: { at: 2, by: { id: 'u-legal', name: '法务郑' }, reason: '误传' } };
    expect(withdrawalRefusal(supervisor, verifying, gone)).toEqual({ code: 'attachments.alreadyWithdrawn', params: { name: file.name, by: '法务郑' } });
  });

  it('leaves a file under a legal hold to legal', () => {
    const hold = { kind: 'litigation', reason: '诉讼', reference: '', until: null, placedAt: 1, placedBy: AGENT, released: null } as const;
    const held: CaseState = { ...verifying, legalHolds: [hold] };
    expect(withdrawalRefusal(as('supervisor'), held, file)).toEqual({ code: 'attachments.withdrawHeld', params: { no: verifying.no } });
    expect(withdrawalRefusal(as('agent', AGENT.id), held, file)).toEqual({ code: 'attachments.withdrawHeld', params: { no: verifying.no } });
    expect(withdrawalRefusal(as('legal'), held, file)).toBeNull();
    const released: CaseState = { ...verifying, legalHolds: [{ ...hold, released: { note: '结案', at: 2, by: AGENT } }] };
    expect(withdrawalRefusal(as('supervisor'), released, file)).toBeNull();
  });
});

describe('exportedAttachment (a file in its customer’s own export)', () => {
  it('gives a file kept as it is, and a withdrawn one without its name, hash and reason, which may be another person’s', () => {
    expect(exportedAttachment(file)).toBe(file);
    const withdrawn = { ...file, withdrawn: { at: 2, by: { id: 'u-legal', name: '法务郑' }, reason: '是王五的身份证照片' } };
    expect(exportedAttachment(withdrawn)).toEqual({
      id: 'a-1',
      caseId: 'c-1',
      name: '***',
      type: 'image/jpeg',
      size: 1234,
      addedAt: 1,
      addedBy: AGENT,
      step: 'verification',
      withdrawn: { at: 2, by: { id: 'u-legal', name: '法务郑' }, reason: '***' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../../../src-renderer/domain/common/errors';
import { may, PERMISSIONS, requirePermission, ROLES, type Permission, type Role } from '../../../../../src-renderer/domain/users/roles';

/**
 * The permission matrix, written out: a = agent 客服专员, s = supervisor 客服主管,
 * d = director 部门总监, o = ops director 运营总监, l = legal 法务, A = admin 管理员.
 */
const MATRIX: Record<Permission, string> = {
  'cases.register': 'a s d',
  'cases.assign': 's',
  'cases.correct': 'a s d',
  'cases.terminate': 's',
  'cases.replyReferral': 'a s',
  'cases.link': 'a s d',
  'cases.unlink': 'a s d',
  'feedback.qualityReturn': 's',
  'screening.accept': 'a s',
  'screening.redirect': 'a s',
  'screening.requestInfo': 'a s',
  'screening.infoReceived': 'a s',
  'verification.addCheck': 'a s',
  'verification.requestCheck': 'a s',
  'verification.answerRequest': 'a s',
  'verification.withdrawRequest': 'a s',
  'verification.addContact': 'a s',
  'verification.complete': 'a s',
  'grading.submit': 'a s',
  'grading.approve': 'd',
  'grading.return': 'd',
  'plans.submit': 'a s',
  'plans.legalReview': 'l',
  'plans.approve': 'o',
  'plans.return': 'o',
  'plans.confirmCompensation': 'a s',
  'progress.add': 'a s',
  'progress.requestExtension': 'a s',
  'progress.decideExtension': 's d',
  'progress.pause': 'a s',
  'progress.resume': 'a s',
  'progress.complete': 'a s',
  'feedback.unreachable': 'a s',
  'feedback.record': 'a s',
  'feedback.informMerged': 'a s',
  'attachments.add': 'a s d l',
  'attachments.withdraw': 's d o l',
  'improvements.save': 's d o',
  'improvements.verify': 's d o',
  'reports.saveNotes': 's d o',
  'reports.finalise': 's d o',
  'users.save': 'A',
  'users.resetPassword': 'A',
  'settings.update': 'A',
  'audit.verify': 's d o l A',
  'audit.view': 'l A',
  'backup.create': 'A',
  'backup.restore': 'A',
  'imports.run': 's A',
  'customers.export': 'l A',
  'cases.anonymise': 'l A',
  'erasure.record': 'l A',
  'erasure.refuse': 'l A',
  'erasure.deliver': 'l A',
  'cases.placeHold': 's d l',
  'cases.releaseHold': 'd l',
  'contacts.view': 'a s l',
};

const LETTER: Record<Role, string> = { agent: 'a', supervisor: 's', director: 'd', ops_director: 'o', legal: 'l', admin: 'A' };
const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

describe('the permission matrix', () => {
  it('lists the six roles of the glossary', () => {
    expect(ROLES).toEqual(['agent', 'supervisor', 'director', 'ops_director', 'legal', 'admin']);
  });

  it('has a row for every permission and nothing else', () => {
    expect([...PERMISSION_NAMES].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  describe.each(PERMISSION_NAMES)('%s', (permission) => {
    const allowed = MATRIX[permission].split(' ');
    it.each(ROLES.map((role) => [role, allowed.includes(LETTER[role])] as const))('%s may: %s', (role, expected) => {
      expect(may(role, permission)).toBe(expected);
      if (expected) expect(() => requirePermission(role, permission)).not.toThrow();
      else expect(() => requirePermission(role, permission)).toThrow(DeskError);
    });
  });

  it('keeps the administrator out of the case work and the case workers out of administration', () => {
    const caseWork = PERMISSION_NAMES.filter((p) => /^(screening|verification|grading|plans|progress|feedback)\./.test(p));
    for (const permission of caseWork) expect(may('admin', permission), permission).toBe(false);
    for (const permission of ['users.save', 'users.resetPassword', 'settings.update'] as const) {
      for (const role of ROLES.filter((r) => r !== 'admin')) expect(may(role, permission), `${role} ${permission}`).toBe(false);
    }
  });

  it('separates proposing from approving at every review', () => {
    for (const [propose, approve] of [
      ['grading.submit', 'grading.approve'],
      ['plans.submit', 'plans.approve'],
      ['progress.requestExtension', 'progress.decideExtension'],
    ] as const) {
      // No role may approve what only it proposes, except supervisors deciding another person's extension (checked by the store).
      expect(ROLES.filter((r) => may(r, approve) && may(r, propose) && r !== 'supervisor')).toEqual([]);
    }
  });
});

describe('requirePermission', () => {
  it('asks to sign in when there is no role', () => {
    let error: unknown;
    try {
      requirePermission(undefined, 'cases.register');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DeskError);
    expect((error as DeskError).data).toEqual({ code: 'auth.signInRequired' });
  });

  it('refuses a role without the permission with auth.forbidden, naming both', () => {
    let error: unknown;
    try {
      requirePermission('agent', 'grading.approve');
    } catch (e) {
      error = e;
    }
    expect((error as DeskError).data).toEqual({ code: 'auth.forbidden', params: { permission: 'grading.approve', role: 'agent' } });
  });
});

import { describe, expect, it } from 'vitest';
import { ChangePasswordInput, ResetPasswordInput, SaveUserInput, SetupInput, SignInInput, toActor } from '../../../../../src-renderer/domain/users/user';
import { schemaCases, text } from '../schema-cases';

describe('SetupInput (首次使用：创建管理员)', () => {
  schemaCases(SetupInput, { username: 'admin', name: '管理员', password: 'Desk2026ok' }, [
    ['refuses a one-letter user name', { username: 'a' }, { username: ['validation.usernameFormat'] }],
    ['refuses spaces and Chinese in the user name', { username: '王 五' }, { username: ['validation.usernameFormat'] }],
    ['refuses a user name over 40 characters', { username: text(41, 'a') }, { username: ['validation.usernameFormat'] }],
    ['requires the user name', { username: undefined }, { username: ['validation.required'] }],
    ['requires the name', { name: ' ' }, { name: ['validation.required'] }],
    ['requires the password', { password: undefined }, { password: ['validation.required'] }],
  ]);

  it('keeps user names in lower case, trimmed', () => {
    expect(SetupInput.parse({ username: ' Wang.Li_2 ', name: '王立', password: 'x' }).username).toBe('wang.li_2');
  });
});

describe('SignInInput (登录)', () => {
  schemaCases(SignInInput, { username: 'agent', password: 'Desk2026ok' }, [
    ['requires the user name', { username: '' }, { username: ['validation.required'] }],
    ['requires the password', { password: '' }, { password: ['validation.required'] }],
  ]);
});

describe('SaveUserInput (用户与角色)', () => {
  schemaCases(SaveUserInput, { username: 'wangli', name: '王立', role: 'agent', department: '客服中心', active: true, password: 'Desk2026ok' }, [
    ['accepts an existing user without a password', { id: 'u-1', password: undefined }, {}],
    ['refuses an unknown role', { role: 'boss' }, { role: ['validation.chooseOne'] }],
    ['requires the role', { role: undefined }, { role: ['validation.chooseOne'] }],
    ['requires the department', { department: '' }, { department: ['validation.required'] }],
    ['refuses a name over 60 characters', { name: text(61) }, { name: ['validation.tooLong'] }],
    ['refuses a bad user name', { username: 'Wang Li!' }, { username: ['validation.usernameFormat'] }],
    ['refuses an empty id', { id: '' }, { id: ['validation.required'] }],
  ]);

  it('makes new users active unless told otherwise', () => {
    expect(SaveUserInput.parse({ username: 'wl', name: '王', role: 'legal', department: '法务部' }).active).toBe(true);
  });
});

describe('ResetPasswordInput and ChangePasswordInput', () => {
  schemaCases(ResetPasswordInput, { id: 'u-1', password: 'Desk2026ok' }, [
    ['requires the user', { id: '' }, { id: ['validation.required'] }],
    ['requires the password', { password: undefined }, { password: ['validation.required'] }],
  ]);
  schemaCases(ChangePasswordInput, { current: 'Desk2026ok', next: 'Desk2027ok' }, [
    ['requires the current password', { current: '' }, { current: ['validation.required'] }],
    ['requires the new password', { next: undefined }, { next: ['validation.required'] }],
  ]);
});

describe('toActor', () => {
  it('keeps who the user is and never the password', () => {
    const actor = toActor({
      id: 'u-1',
      username: 'wl',
      name: '王立',
      role: 'agent',
      department: '客服中心',
      active: 1,
      password: { algorithm: 'PBKDF2-SHA-256', iterations: 1, salt: 'aa', hash: 'bb' },
      createdAt: 0,
      failedSignIns: 2,
      lockedUntil: 0,
    });
    expect(actor).toEqual({ id: 'u-1', username: 'wl', name: '王立', role: 'agent', department: '客服中心' });
  });
});

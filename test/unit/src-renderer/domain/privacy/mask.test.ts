import { describe, expect, it } from 'vitest';
import { maskContactFor, maskEmail, maskPhone, mayViewContacts } from '../../../../../src-renderer/domain/privacy/mask';
import { ROLES } from '../../../../../src-renderer/domain/users/roles';

describe('maskPhone', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['19987654321', '199****4321'],
    // Landlines and service numbers keep their area code and the last four digits.
    ['010-12345678', '010-****5678'],
    ['010-88886666', '010-****6666'],
    ['0755-1234567', '0755-****4567'],
    ['400-123-4567', '400-****4567'],
    ['01012345678', '010****5678'],
    // Without an area code no more than half the digits show.
    ['88886666', '****6666'],
    ['95588', '***88'],
    ['1234', '****'],
    ['', ''],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('never shows the middle digits of any number', () => {
    // The digits that must stay hidden are 7s, the shown ones other digits.
    for (const phone of ['13877771234', '010-77771234', '01077771234', '400-777-1234', '0355-7771234', '77771234']) {
      expect(maskPhone(phone)).not.toContain('7');
    }
  });
});

describe('maskEmail', () => {
  it.each([
    ['zhang.san@example.com', 'z***@example.com'],
    ['a@example.com', '***@example.com'],
    ['', ''],
    ['no-at-sign', '***'],
  ])('%s → %s', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});

describe('maskContactFor', () => {
  const person = { customerName: '张三', phone: '13812345678', email: 'zhang@example.com' };

  it('shows contacts in full to agents, supervisors and legal only', () => {
    expect(ROLES.filter(mayViewContacts)).toEqual(['agent', 'supervisor', 'legal']);
    for (const role of ['agent', 'supervisor', 'legal'] as const) expect(maskContactFor(role, person)).toBe(person);
  });

  it('masks phone and e-mail for every other role, without touching the original or other fields', () => {
    for (const role of ['director', 'ops_director', 'admin'] as const) {
      expect(maskContactFor(role, person)).toEqual({ customerName: '张三', phone: '138****5678', email: 'z***@example.com' });
    }
    expect(person.phone).toBe('13812345678');
  });

  it('leaves out a case’s contact keys for those roles, and keeps them for the others', () => {
    const record = { ...person, contactKeys: ['13812345678', 'zhang@example.com'] };
    expect(maskContactFor('director', record)).toEqual({ customerName: '张三', phone: '138****5678', email: 'z***@example.com' });
    expect(maskContactFor('agent', record)).toBe(record);
    expect(record.contactKeys).toEqual(['13812345678', 'zhang@example.com']);
  });

  it('masks only the contact fields a value has', () => {
    expect(maskContactFor('director', { phone: '13812345678' })).toEqual({ phone: '138****5678' });
    expect(maskContactFor('director', { no: 'TS1' })).toEqual({ no: 'TS1' });
  });
});

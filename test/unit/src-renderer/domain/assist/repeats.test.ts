import { describe, expect, it } from 'vitest';
import { contactIndexKeys, normalizedContacts } from '../../../../../src-renderer/domain/cases/contact';
import {
  DAY_MS,
  isWithinLastDays,
  isWithinWindowBefore,
  precedes,
  repeatRelation,
  repeatWindow,
  sameCustomer,
  splitRepeats,
} from '../../../../../src-renderer/domain/assist/repeats';

const AT = new Date(2026, 10, 23, 10, 0).getTime();
const received = (id: string, receivedAt: number, no = `TS-${id}`) => ({ id, no, receivedAt });

describe('normalizedContacts and sameCustomer', () => {
  it('normalises phone numbers and e-mail addresses the way registration stores them', () => {
    expect(normalizedContacts({ phone: ' +86 138 1234 5678 ', email: ' Li@Example.COM ' })).toEqual({ phone: '13812345678', email: 'li@example.com', account: '' });
    // Full-width letters from a Chinese input method, a bare 86 before a mobile number.
    expect(normalizedContacts({ phone: '86 138 1234 5678', email: 'ｆｏｏ.Ｂａｒ＠Example.com' })).toEqual({ phone: '13812345678', email: 'foo.bar@example.com', account: '' });
  });

  it('drops what cannot identify anybody yet: a few digits, an e-mail without @', () => {
    expect(normalizedContacts({ phone: '138', email: 'li' })).toEqual({ phone: '', email: '', account: '' });
  });

  it('writes a landline or service number one way, with or without hyphens and brackets', () => {
    for (const phone of ['021-61234567', '02161234567', '(021)6123-4567', '+86-021-61234567']) expect(normalizedContacts({ phone, email: '' }).phone, phone).toBe('02161234567');
    expect(normalizedContacts({ phone: '400-820-8820', email: '' }).phone).toBe('4008208820');
    // An extension is part of the number: the switchboard alone is another key.
    expect(normalizedContacts({ phone: '021-61234567-802', email: '' }).phone).toBe('02161234567802');
  });

  it('gives the index only the keys that identify somebody, phone first', () => {
    expect(contactIndexKeys({ phone: '021-61234567', email: ' Li@Example.COM ' })).toEqual(['02161234567', 'li@example.com']);
    expect(contactIndexKeys({ phone: '', email: 'li@example.com' })).toEqual(['li@example.com']);
    expect(contactIndexKeys({ phone: '138', email: 'li' })).toEqual([]);
  });

  it('matches on the phone or the e-mail, never on two empty fields', () => {
    expect(sameCustomer({ phone: '13812345678', email: '' }, { phone: '0086-13812345678', email: 'x@y.cn' })).toBe(true);
    expect(sameCustomer({ phone: '', email: 'LI@example.com' }, { phone: '13900000000', email: 'li@example.com' })).toBe(true);
    expect(sameCustomer({ phone: '', email: '' }, { phone: '', email: '' })).toBe(false);
    expect(sameCustomer({ phone: '13812345678', email: 'a@b.cn' }, { phone: '13812345679', email: 'b@b.cn' })).toBe(false);
    expect(sameCustomer({ phone: '0755-2345678', email: '' }, { phone: '07552345678', email: '' })).toBe(true);
  });
});

describe('the window before a complaint', () => {
  it('spans exactly windowDays × 24 h, the start included and the complaint itself not', () => {
    expect(repeatWindow(AT, 90)).toEqual({ from: AT - 90 * DAY_MS, to: AT });
    expect(isWithinWindowBefore(AT - 90 * DAY_MS, AT, 90)).toBe(true);
    expect(isWithinWindowBefore(AT - 90 * DAY_MS - 1, AT, 90)).toBe(false);
    expect(isWithinWindowBefore(AT - 1, AT, 90)).toBe(true);
    expect(isWithinWindowBefore(AT, AT, 90)).toBe(false);
    expect(isWithinWindowBefore(AT + 1, AT, 90)).toBe(false);
  });

  it('counts, up to now, one received this very instant (the intake hint)', () => {
    expect(isWithinLastDays(AT, AT, 7)).toBe(true);
    expect(isWithinLastDays(AT - 7 * DAY_MS, AT, 7)).toBe(true);
    expect(isWithinLastDays(AT - 7 * DAY_MS - 1, AT, 7)).toBe(false);
    expect(isWithinLastDays(AT + 1, AT, 7)).toBe(false);
  });
});

describe('repeatRelation and splitRepeats', () => {
  const pivot = received('p', AT, 'TS-20261123-0005');

  it('orders complaints of the same instant by their number', () => {
    expect(precedes(received('a', AT, 'TS-20261123-0004'), pivot)).toBe(true);
    expect(precedes(received('b', AT, 'TS-20261123-0006'), pivot)).toBe(false);
    expect(precedes(received('c', AT - 1, 'TS-20261123-0009'), pivot)).toBe(true);
  });

  it('is earlier within the window before, later within the window after, null beyond either edge or for itself', () => {
    expect(repeatRelation(received('a', AT - 30 * DAY_MS), pivot, 30)).toBe('earlier');
    expect(repeatRelation(received('a', AT - 30 * DAY_MS - 1), pivot, 30)).toBeNull();
    expect(repeatRelation(received('b', AT + 30 * DAY_MS), pivot, 30)).toBe('later');
    expect(repeatRelation(received('b', AT + 30 * DAY_MS + 1), pivot, 30)).toBeNull();
    expect(repeatRelation(received('a', AT, 'TS-20261123-0001'), pivot, 30)).toBe('earlier');
    expect(repeatRelation(received('b', AT, 'TS-20261123-0009'), pivot, 30)).toBe('later');
    expect(repeatRelation(pivot, pivot, 30)).toBeNull();
  });

  it('splits the other cases into the two sides, newest first, leaving out the far ones', () => {
    const others = [
      received('e1', AT - 10 * DAY_MS),
      received('far', AT - 91 * DAY_MS),
      received('e2', AT - DAY_MS),
      received('l1', AT + 2 * DAY_MS),
      received('l2', AT + 80 * DAY_MS),
      pivot,
    ];
    const { earlier, later } = splitRepeats(others, pivot, 90);
    expect(earlier.map((c) => c.id)).toEqual(['e2', 'e1']);
    expect(later.map((c) => c.id)).toEqual(['l2', 'l1']);
  });
});

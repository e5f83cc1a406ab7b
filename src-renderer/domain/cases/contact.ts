/**
 * Contact formats accepted at intake: mainland mobile numbers, landlines with
 * area code (optionally an extension), 400/800 service numbers, and e-mail.
 */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const SERVICE = /^[48]00-?\d{3}-?\d{4}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** Strips spaces and an international +86 / 0086 prefix from a mobile number. */
export function normalizePhone(raw: string): string {
  let phone = raw.replace(/[\s()（）]/g, '');
  phone = phone.replace(/^(\+86|0086)-?/, '');
  return phone;
}

export function isValidPhone(phone: string): boolean {
  return MOBILE.test(phone) || LANDLINE.test(phone) || SERVICE.test(phone);
}

export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

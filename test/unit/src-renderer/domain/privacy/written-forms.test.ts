import { describe, expect, it } from 'vitest';
import { knownIdentifiers } from '../../../../../src-renderer/domain/privacy/anonymise';
import { maskCaseText } from '../../../../../src-renderer/domain/privacy/mask';
import { redactText } from '../../../../../src-renderer/domain/privacy/redact';
import { textHaystack } from '../../../../../src-renderer/domain/tracking/search';

const haystack = (description: string, socialAccount: string) =>
  textHaystack({ no: 'TS-1', customerName: '网友', orderNo: '', product: '', description, socialAccount });

describe('an account or a name where a text writes it', () => {
  it('is found in any letter case and width, with or without its @, and masked there', () => {
    const text = '网友@ZhangSan_88私信，ＺｈａｎｇＳａｎ_88 又留言，zhangsan_88 要求退款';
    expect(maskCaseText(text, undefined, '@ZhangSan_88')).toBe('网友@Z****8私信，Z****8 又留言，Z****8 要求退款');
    expect(haystack(text, '@ZhangSan_88')).not.toMatch(/zhangsan/i);
  });

  it('is a whole Latin word only: a short handle or name does not eat into other words', () => {
    expect(maskCaseText('Tomorrow the wifi was down', undefined, 'wifi')).toBe('Tomorrow the w**** was down');
    expect(maskCaseText('the WiFi router and wifi6', undefined, 'wifi')).toBe('the w**** router and wifi6');
    // Under 4 characters only with its @: 李小明 alone may be anyone's words.
    expect(maskCaseText('网友@李小明私信，李小明说', undefined, '@李小明')).toBe('网友@李****私信，李小明说');
    expect(redactText('Tom said: tomorrow, custom, bottom. TOM agreed.', ['Tom'])).toBe('*** said: tomorrow, custom, bottom. *** agreed.');
  });

  it('anonymises a long handle without its @ too, a short one only as written', () => {
    expect(knownIdentifiers({ customerName: '', phone: '', email: '', orderNo: '', socialAccount: '@ZhangSan_88' })).toEqual(['@ZhangSan_88', 'ZhangSan_88']);
    expect(knownIdentifiers({ customerName: '', phone: '', email: '', orderNo: '', socialAccount: '@Tom' })).toEqual(['@Tom']);
    expect(redactText('@Tom wrote tomorrow', ['@Tom'])).toBe('*** wrote tomorrow');
  });
});

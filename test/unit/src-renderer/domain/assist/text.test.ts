import { describe, expect, it } from 'vitest';
import { bigramsOf, normaliseText, textChunks } from '../../../../../src-renderer/domain/assist/text';

describe('normaliseText', () => {
  it('folds full-width digits and letters to half-width and lower case', () => {
    expect(normaliseText('ＩＰＨＯＮＥ１５坏了')).toBe('iphone15坏了');
    expect(normaliseText('Ａｂｃ ＸＹＺ')).toBe('abc xyz');
  });

  it('drops byte-order marks anywhere in the text', () => {
    expect(normaliseText('\uFEFF快递\uFEFF慢')).toBe('快递慢');
  });

  it('maps full-width punctuation and the ideographic space to their ASCII forms', () => {
    expect(normaliseText('太差了！\u3000（退款）')).toBe('太差了! (退款)');
  });

  it('leaves Chinese characters as they are', () => {
    expect(normaliseText('投诉热线')).toBe('投诉热线');
  });
});

describe('bigramsOf', () => {
  it('keys on character bigrams within runs of letters, digits and Chinese characters', () => {
    expect(bigramsOf('手机iPhone坏了！Ｖ2')).toEqual(['手机', '机i', 'ip', 'ph', 'ho', 'on', 'ne', 'e坏', '坏了', 'v2']);
  });

  it('never pairs characters across punctuation or spaces', () => {
    const bigrams = bigramsOf('快递，慢 死了');
    expect(bigrams).toEqual(['快递', '慢', '死了']);
    expect(bigrams).not.toContain('递慢');
  });

  it('gives a run of one character as the character itself', () => {
    expect(bigramsOf('好！差。A')).toEqual(['好', '差', 'a']);
  });

  it('lists each bigram once, in first-seen order', () => {
    expect(bigramsOf('退款退款，退款')).toEqual(['退款', '款退']);
    expect(bigramsOf('好好好好')).toEqual(['好好']);
  });

  it('returns nothing for empty text or punctuation only', () => {
    expect(bigramsOf('')).toEqual([]);
    expect(bigramsOf('！？。…… ')).toEqual([]);
  });
});

describe('textChunks', () => {
  it('splits the normalised text on whitespace and keeps punctuation and emoji', () => {
    expect(textChunks('  快递 慢！！\u3000再也不买 了😡 ')).toEqual(['快递', '慢!!', '再也不买', '了😡']);
    // A zero-width space is no space: 再也不买\u200b了 reads as one word, as it shows.
    expect(textChunks('再也不买\u200b了😡')).toEqual(['再也不买了😡']);
  });

  it('keeps repeats and order', () => {
    expect(textChunks('退款 退款')).toEqual(['退款', '退款']);
  });

  it('returns nothing for blank text', () => {
    expect(textChunks(' \n\t\u3000')).toEqual([]);
  });
});

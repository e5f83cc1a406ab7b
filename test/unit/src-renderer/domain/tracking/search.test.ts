import { beforeAll, describe, expect, it } from 'vitest';
import { contactHaystack, contactTerm, matchesTerms, normalizeText, searchTerms, textHaystack } from '../../../../../src-renderer/domain/tracking/search';
import { loadComplaintTexts } from '../../../../fixtures/reviews';

let texts: string[];
beforeAll(() => {
  texts = loadComplaintTexts();
});

const haystack = (description: string) => textHaystack({ no: 'TS-20261123-0001', customerName: '张三', orderNo: '', product: '', description });

/** Whether a word segmenter keeps `term` as one word (or a run of whole words) somewhere in `text`. */
function segmenterFinds(segmenter: Intl.Segmenter, text: string, term: string): boolean {
  const words = [...segmenter.segment(text)].map((s) => s.segment);
  for (let i = 0; i < words.length; i += 1) {
    let joined = '';
    for (let j = i; j < words.length && joined.length < term.length; j += 1) {
      joined += words[j];
      if (joined === term) return true;
    }
  }
  return false;
}

describe('Chinese search on real complaint texts', () => {
  it.each(['配送', '客服态度', '退款', '快递', '质量', '不新鲜', '送餐'])('%s finds exactly the complaints that contain it', (query) => {
    const terms = searchTerms(query);
    const found = texts.filter((text) => matchesTerms(terms, haystack(text), null));
    const expected = texts.filter((text) => normalizeText(text).includes(query));
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(expected);
  });

  it('finds words a segmenter splits differently, which word-based search would miss', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    let missedBySegmenter = 0;
    for (const query of ['客服', '配送', '态度']) {
      const containing = texts.filter((text) => text.includes(query)).slice(0, 400);
      for (const text of containing) {
        expect(matchesTerms([query], haystack(text), null)).toBe(true);
        if (!segmenterFinds(segmenter, text, query)) missedBySegmenter += 1;
      }
    }
    // The point of substring matching: real sentences where word segmentation would have hidden the term.
    expect(missedBySegmenter).toBeGreaterThan(0);
  });

  it('needs every word of a query, in any order and field, but never across two fields', () => {
    const text = textHaystack({ no: 'TS-20261123-0007', customerName: '王小明', orderNo: 'DD2026', product: '冰箱', description: '送货太慢' });
    expect(matchesTerms(searchTerms('太慢 冰箱'), text, null)).toBe(true);
    expect(matchesTerms(searchTerms('0007'), text, null)).toBe(true);
    expect(matchesTerms(searchTerms('dd2026 王小明'), text, null)).toBe(true);
    expect(matchesTerms(searchTerms('冰箱送货'), text, null)).toBe(false);
    expect(matchesTerms(searchTerms('太慢 退款'), text, null)).toBe(false);
  });

  it('finds a case number typed as it is read out, digits run together', () => {
    const text = textHaystack({ no: 'TS-20261123-0007', customerName: '王小明', orderNo: '', product: '', description: '' });
    for (const typed of ['TS-20261123-0007', 'ts202611230007', '202611230007', '20261123-0007', 'TS 20261123 0007'])
      expect(matchesTerms(searchTerms(typed), text, null), typed).toBe(true);
    // A digit misheard finds nothing; neither do the digits of two fields run together.
    expect(matchesTerms(searchTerms('202611230017'), text, null)).toBe(false);
    expect(matchesTerms(searchTerms('0007王小明'), text, null)).toBe(false);
  });

  it('finds words a zero-width space was pasted into, and words typed with one', () => {
    const text = haystack('退款\u200b未到账，再不处理我就去起\u200b诉你们');
    expect(matchesTerms(searchTerms('退款未到账'), text, null)).toBe(true);
    expect(matchesTerms(searchTerms('起诉'), text, null)).toBe(true);
    expect(matchesTerms(searchTerms('未\u200b到账'), haystack('退款未到账'), null)).toBe(true);
  });

  it('ignores letter case and full-width forms', () => {
    const text = haystack('ＡＰＰ闪退，客服说是ＷｉＦｉ问题');
    expect(matchesTerms(searchTerms('app wifi'), text, null)).toBe(true);
    expect(matchesTerms(searchTerms('ＷＩＦＩ'), text, null)).toBe(true);
  });

  it('searches contact details only when given, and a typed phone with separators still matches', () => {
    const text = haystack('空调不制冷');
    const contacts = normalizeText('13812345678\nli@example.cn');
    expect(matchesTerms(['138-1234'], text, contacts)).toBe(true);
    expect(matchesTerms(['li@example'], text, contacts)).toBe(true);
    expect(matchesTerms(['13812345678'], text, null)).toBe(false);
    expect(contactTerm('(138)1234')).toBe('1381234');
    expect(contactTerm('配送')).toBe('配送');
  });

  it('finds a mobile typed with the country code or in groups, as imports and customers write it', () => {
    const text = haystack('空调不制冷');
    const contacts = contactHaystack({ phone: '+86 177 9153 2659', email: '', description: '' });
    for (const typed of ['+8617791532659', '+86 17791532659', '0086 17791532659', '86-17791532659', '0086 177 9153 2659', '+86 177 9153 2659', '177 9153 2659', '8617791532659', '177-9153-2659']) {
      expect(matchesTerms(searchTerms(typed), text, contacts), typed).toBe(true);
    }
    // A landline with the country code is searched with its area code's 0.
    const landline = contactHaystack({ phone: '010-88886666', email: '', description: '' });
    expect(matchesTerms(searchTerms('+861088886666'), text, landline)).toBe(true);
    expect(matchesTerms(searchTerms('+86 1088886666'), text, landline)).toBe(true);
    expect(matchesTerms(searchTerms('+86 10 8888 6666'), text, landline)).toBe(true);
    // Only a word of its own is joined: a case number ending in 0086 and another word stay two.
    expect(searchTerms('TS-20261206-0086 2659')).toEqual(['ts-20261206-0086', '2659']);
    expect(searchTerms('jd0086 123')).toEqual(['jd0086', '123']);
    // Digits that only begin with 86 are not a country code: 8613 finds a number containing 8613.
    expect(contactTerm('8613')).toBe('8613');
    expect(matchesTerms(searchTerms('+86 177 9153 2650'), text, contacts)).toBe(false);
  });

  it('finds a case by its source ticket number for anyone, and by its postal address only with the contacts', () => {
    const fields = { no: 'TS-20261123-0008', customerName: '孙女士', orderNo: '', referralNo: '1433010020261125000815', product: '', description: '羽绒服充绒量不符' };
    expect(matchesTerms(searchTerms('20261125000815'), textHaystack(fields), null)).toBe(true);
    // An imported case by the number it had in the old system, as its customer quotes it, by every role.
    const imported = { ...fields, externalId: 'GD202500002' };
    expect(matchesTerms(searchTerms('gd202500002'), textHaystack(imported), null)).toBe(true);
    expect(matchesTerms(searchTerms('GD202500002'), textHaystack(fields), null)).toBe(false);
    // Anonymised, it leads back to the person in the old system: no longer a key.
    expect(matchesTerms(searchTerms('GD202500002'), textHaystack({ ...imported, anonymisedAt: 1 }), null)).toBe(false);
    const contacts = contactHaystack({ phone: '', email: '', address: '浙江省杭州市西湖区文三路88号', description: '' });
    expect(matchesTerms(searchTerms('文三路'), textHaystack(fields), contacts)).toBe(true);
    expect(matchesTerms(searchTerms('文三路'), textHaystack(fields), null)).toBe(false);
    // Written into the description too, it is still a contact detail.
    const letter = { ...fields, address: '浙江省杭州市西湖区文三路88号', description: '来信地址：浙江省杭州市西湖区文三路88号，羽绒服充绒量不符' };
    expect(matchesTerms(searchTerms('文三路'), textHaystack(letter), null)).toBe(false);
    expect(matchesTerms(searchTerms('羽绒服'), textHaystack(letter), null)).toBe(true);
  });

  it('finds a landline by the whole number, typed with or without its hyphen, and by a part of it', () => {
    const contacts = contactHaystack({ phone: '0755-26881234', email: '', description: '另留座机 (020) 3859-3505' });
    for (const query of ['0755-26881234', '075526881234', '26881234', '0755', '020-38593505', '02038593505', '3859']) {
      expect(matchesTerms(searchTerms(query), '', contacts), query).toBe(true);
    }
  });

  it('treats a blank query as no search', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(matchesTerms([], 'anything', null)).toBe(true);
  });
});

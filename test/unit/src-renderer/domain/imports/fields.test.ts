import { describe, expect, it } from 'vitest';
import { HEADER_SYNONYMS, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, normaliseHeader } from '../../../../../src-renderer/domain/imports/fields';

describe('normaliseHeader', () => {
  it('lower-cases and drops spaces and ASCII or full-width punctuation', () => {
    expect(normaliseHeader(' Customer_Name ')).toBe('customername');
    expect(normaliseHeader('投诉时间（受理）：')).toBe('投诉时间受理');
    expect(normaliseHeader('【联系电话】*')).toBe('联系电话');
    expect(normaliseHeader('E-mail')).toBe('email');
  });

  it('turns full-width letters and digits into ASCII', () => {
    expect(normaliseHeader('ＰＨＯＮＥ１２')).toBe('phone12');
    expect(normaliseHeader('12315编号')).toBe('12315编号');
  });
});

describe('HEADER_SYNONYMS', () => {
  it('lists synonyms for every field, the required ones among them', () => {
    for (const field of IMPORT_FIELDS) expect(HEADER_SYNONYMS[field].length).toBeGreaterThan(0);
    for (const field of REQUIRED_IMPORT_FIELDS) expect(IMPORT_FIELDS).toContain(field);
  });

  it('gives no normalised synonym to two fields, and none normalises to nothing', () => {
    const owner = new Map<string, string>();
    for (const field of IMPORT_FIELDS) {
      for (const synonym of HEADER_SYNONYMS[field]) {
        const key = normaliseHeader(synonym);
        expect(key, synonym).not.toBe('');
        expect(owner.get(key) ?? field, `${synonym} in ${field} and ${owner.get(key)}`).toBe(field);
        owner.set(key, field);
      }
    }
  });
});
